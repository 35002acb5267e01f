import { describe, expect, it } from 'vitest'
import { LineCounter, parseDocument } from 'yaml'
import { scheduleProblem, validateTargets, type TargetsContext } from './config-targets.js'

/** Parses YAML the way the config loader does (with line numbers) and validates its `targets:` value. */
function validate(yamlText: string) {
  const lineCounter = new LineCounter()
  const doc = parseDocument(yamlText, { lineCounter })
  const ctx: TargetsContext = {
    file: 'posture.yaml',
    lineOf: (path) => {
      const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined
      return node?.range ? lineCounter.linePos(node.range[0]).line : null
    },
  }
  return validateTargets((doc.toJS() as { targets?: unknown } | null)?.targets, ctx)
}

describe('validateTargets', () => {
  it('accepts a complete target and normalizes lists', () => {
    const { targets, issues } = validate(`
targets:
  - name: prod
    provider: aws
    profile: prod-audit
    roleArn: arn:aws:iam::123456789012:role/PostureAudit
    externalId: abc
    regions: [eu-west-1, us-east-1, eu-west-1]
    endpoint: http://127.0.0.1:5000/
    checks: "aws-s3-*, aws-iam-*"
    schedule: "0 3 * * *"
    timezone: Europe/Paris
  - name: dev
    provider: aws
    schedule: "*/30 * * * * *"
`)
    expect(issues).toEqual([])
    expect(targets).toEqual([
      {
        name: 'prod',
        provider: 'aws',
        profile: 'prod-audit',
        roleArn: 'arn:aws:iam::123456789012:role/PostureAudit',
        externalId: 'abc',
        regions: ['eu-west-1', 'us-east-1'],
        endpoint: 'http://127.0.0.1:5000',
        checks: ['aws-s3-*', 'aws-iam-*'],
        schedule: '0 3 * * *',
        timezone: 'Europe/Paris',
      },
      { name: 'dev', provider: 'aws', schedule: '*/30 * * * * *' },
    ])
  })

  it('treats a missing or empty targets section as no targets', () => {
    expect(validate('database: x.db\n')).toEqual({ targets: [], issues: [] })
    expect(validate('targets:\n')).toEqual({ targets: [], issues: [] })
  })

  it('reports a targets value that is not a list', () => {
    expect(validate('targets:\n  prod: {}\n').issues).toEqual([
      { file: 'posture.yaml', line: 2, path: 'targets', message: 'targets must be a list of targets' },
    ])
  })

  const cases: { name: string; entry: string; path: string; line: number; message: RegExp }[] = [
    {
      name: 'invalid cron',
      entry: 'schedule: "every day"',
      path: 'targets[1].schedule',
      line: 8,
      message: /target "bad": invalid cron expression "every day"/,
    },
    { name: 'out-of-range field', entry: 'schedule: "61 * * * *"', path: 'targets[1].schedule', line: 8, message: /Invalid value for minute: 61/ },
    { name: 'schedule never fires', entry: 'schedule: "0 0 30 2 *"', path: 'targets[1].schedule', line: 8, message: /never fires again/ },
    {
      name: 'a date instead of cron',
      entry: 'schedule: "2030-01-01T00:00:00"',
      path: 'targets[1].schedule',
      line: 8,
      message: /is a date, not a cron expression/,
    },
    { name: 'schedule not a string', entry: 'schedule: 5', path: 'targets[1].schedule', line: 8, message: /must be a cron expression string/ },
    {
      name: 'unknown time zone',
      entry: 'schedule: "0 3 * * *"\n    timezone: Mars/Olympus',
      path: 'targets[1].timezone',
      line: 9,
      message: /unknown time zone "Mars\/Olympus"/,
    },
    {
      name: 'bad region',
      entry: 'schedule: "0 3 * * *"\n    regions: [us-east-1, EU]',
      path: 'targets[1].regions',
      line: 9,
      message: /invalid region name\(s\) EU/,
    },
    { name: 'bad role', entry: 'schedule: "0 3 * * *"\n    roleArn: PostureAudit', path: 'targets[1].roleArn', line: 9, message: /invalid role ARN/ },
    {
      name: 'external id alone',
      entry: 'schedule: "0 3 * * *"\n    externalId: x',
      path: 'targets[1].externalId',
      line: 9,
      message: /externalId needs roleArn/,
    },
    {
      name: 'bad endpoint',
      entry: 'schedule: "0 3 * * *"\n    endpoint: localhost:5000',
      path: 'targets[1].endpoint',
      line: 9,
      message: /invalid endpoint/,
    },
    {
      name: 'checks of wrong type',
      entry: 'schedule: "0 3 * * *"\n    checks: {a: 1}',
      path: 'targets[1].checks',
      line: 9,
      message: /list of non-empty strings/,
    },
    {
      name: 'typo in a field name',
      entry: 'schedule: "0 3 * * *"\n    region: eu-west-1',
      path: 'targets[1].region',
      line: 9,
      message: /unknown field "region"/,
    },
  ]
  for (const c of cases) {
    it(`reports and skips a target with ${c.name}, keeping the others`, () => {
      const { targets, issues } = validate(`
targets:
  - name: good
    provider: aws
    schedule: "0 3 * * *"
  - name: bad
    provider: aws
    ${c.entry}
`)
      expect(targets.map((t) => t.name)).toEqual(['good'])
      expect(issues).toHaveLength(1)
      expect(issues[0]).toMatchObject({ file: 'posture.yaml', path: c.path, line: c.line })
      expect(issues[0]?.message).toMatch(c.message)
    })
  }

  it('reports missing required fields each at its own path', () => {
    const { targets, issues } = validate('targets:\n  - profile: x\n')
    expect(targets).toEqual([])
    expect(issues.map((i) => [i.path, i.line, i.message])).toEqual([
      ['targets[0].name', 2, 'target #1: name is required'],
      ['targets[0].provider', 2, 'target #1: provider is required (supported: aws, azure, gcp)'],
      ['targets[0].schedule', 2, 'target #1: schedule is required (a cron expression, e.g. "0 3 * * *" for 03:00 daily)'],
    ])
  })

  it('rejects unsupported providers, bad names and non-mapping entries', () => {
    const { targets, issues } = validate('targets:\n  - name: "a b"\n    provider: oracle\n    schedule: "0 3 * * *"\n  - just-a-string\n')
    expect(targets).toEqual([])
    expect(issues.map((i) => [i.path, i.line])).toEqual([
      ['targets[0].name', 2],
      ['targets[0].provider', 3],
      ['targets[1]', 5],
    ])
    expect(issues[1]?.message).toBe('target "a b": unsupported provider "oracle" (supported: aws, azure, gcp)')
  })

  it('reads Azure and Google Cloud targets with their own fields', () => {
    const { targets, issues } = validate(`
targets:
  - name: azure-prod
    provider: azure
    subscriptions: [00000000-1111-2222-3333-444444444444]
    tenant: contoso.onmicrosoft.com
    schedule: "0 3 * * *"
  - name: gcp-org
    provider: gcp
    organization: "123456789012"
    checks: [gcp-iam-*]
    schedule: "0 4 * * *"
`)
    expect(issues).toEqual([])
    expect(targets).toEqual([
      {
        name: 'azure-prod',
        provider: 'azure',
        subscriptions: ['00000000-1111-2222-3333-444444444444'],
        tenant: 'contoso.onmicrosoft.com',
        schedule: '0 3 * * *',
      },
      { name: 'gcp-org', provider: 'gcp', organization: '123456789012', checks: ['gcp-iam-*'], schedule: '0 4 * * *' },
    ])
  })

  it('reports fields of another cloud and invalid Azure/Google Cloud ids at their line', () => {
    const { targets, issues } = validate(`
targets:
  - name: azure-bad
    provider: azure
    regions: [eastus]
    subscriptions: [prod]
    schedule: "0 3 * * *"
  - name: gcp-bad
    provider: gcp
    projects: [Prod_1]
    organization: acme
    schedule: "0 3 * * *"
`)
    expect(targets).toEqual([])
    expect(issues.map((i) => [i.path, i.line, i.message])).toEqual([
      ['targets[0].regions', 5, 'target "azure-bad": "regions" applies to aws targets only (this target\'s provider is azure)'],
      ['targets[0].subscriptions', 6, 'target "azure-bad": invalid subscription id(s) prod (GUIDs, see `az account list`)'],
      ['targets[1].projects', 10, 'target "gcp-bad": invalid project id(s) Prod_1 (6-30 lowercase letters, digits, hyphens)'],
      ['targets[1].organization', 11, 'target "gcp-bad": invalid organization id "acme" (a number)'],
    ])
  })

  it('keeps the first of two targets with the same name and reports the second', () => {
    const { targets, issues } = validate(`
targets:
  - name: prod
    provider: aws
    schedule: "0 3 * * *"
  - name: prod
    provider: aws
    schedule: "0 4 * * *"
`)
    expect(targets.map((t) => t.schedule)).toEqual(['0 3 * * *'])
    expect(issues).toEqual([
      { file: 'posture.yaml', line: 6, path: 'targets[1].name', message: 'target "prod": duplicate name (first defined at line 3); skipped' },
    ])
  })

  it('works without line information', () => {
    const { issues } = validateTargets([{ name: 'x', provider: 'aws', schedule: 'nope' }], { file: 'f.yaml', lineOf: () => null })
    expect(issues[0]).toMatchObject({ file: 'f.yaml', line: null, path: 'targets[0].schedule' })
  })
})

describe('scheduleProblem', () => {
  it('accepts 5- and 6-field expressions and nicknames', () => {
    for (const s of ['0 3 * * *', '*/2 * * * * *', '@daily', '0 9 * * MON-FRI']) expect(scheduleProblem(s)).toBeNull()
  })
})
