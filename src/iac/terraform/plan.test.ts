import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { isUnknown } from '../../core/unknown.js'
import { loadIac } from '../scan.js'
import { scanFixtures, verdicts } from '../../scan/iac-testing.js'
import type { IacLocation, IacResource } from '../model.js'
import { loadPlan, looksLikePlan } from './plan.js'

const S3_PLAN = 'test/fixtures/iac/plan/s3/tfplan.json'
const MODULES_PLAN = 'test/fixtures/iac/plan/modules/tfplan.json'

function load(file: string, locate?: (address: string) => IacLocation | undefined) {
  return loadPlan(readFileSync(file, 'utf8'), file, locate ? { locate } : {})
}

function byAddress(resources: readonly IacResource[], address: string): IacResource {
  const r = resources.find((x) => x.address === address)
  if (!r) throw new Error(`${address} not loaded; have ${resources.map((x) => x.address).join(', ')}`)
  return r
}

/** A minimal plan around one resource instance: values, after_unknown, optional configuration expressions. */
function onePlan(opts: { values: object; unknown?: object; sensitive?: object; exprs?: object; actions?: string[]; extra?: object }): string {
  const address = 'aws_s3_bucket.b'
  return JSON.stringify({
    format_version: '1.2',
    planned_values: {
      root_module: {
        resources: [{ address, mode: 'managed', type: 'aws_s3_bucket', name: 'b', values: opts.values, sensitive_values: opts.sensitive ?? {} }],
      },
    },
    resource_changes: [
      {
        address,
        mode: 'managed',
        type: 'aws_s3_bucket',
        name: 'b',
        change: {
          actions: opts.actions ?? ['create'],
          before: null,
          after: opts.values,
          after_unknown: opts.unknown ?? {},
          after_sensitive: opts.sensitive ?? {},
        },
      },
    ],
    ...(opts.exprs
      ? { configuration: { root_module: { resources: [{ address, mode: 'managed', type: 'aws_s3_bucket', name: 'b', expressions: opts.exprs }] } } }
      : {}),
    ...opts.extra,
  })
}

describe('loadPlan: the S3 fixture', () => {
  const { resources, problems } = load(S3_PLAN)

  it('reads managed resources only: no deleted resource, no data source', () => {
    expect(problems).toEqual([])
    expect(resources.map((r) => r.address)).toEqual([
      'aws_kms_key.data',
      'aws_s3_account_public_access_block.this',
      'aws_s3_bucket.data',
      'aws_s3_bucket.logs',
      'aws_s3_bucket_policy.logs',
      'aws_s3_bucket_public_access_block.data',
      'aws_s3_bucket_public_access_block.logs',
      'aws_s3_bucket_server_side_encryption_configuration.data',
      'aws_s3_bucket_versioning.data',
      'aws_s3_bucket_versioning.logs',
      'terraform_data.versioning',
    ])
  })

  it('gives every resource the plan file as unit, line 0 and the region of `region = var.region`', () => {
    const logs = byAddress(resources, 'aws_s3_bucket.logs')
    expect(logs).toMatchObject({ language: 'terraform', type: 'aws_s3_bucket', unit: S3_PLAN, region: 'eu-west-1', suppressions: [] })
    expect(logs.location).toEqual({ file: S3_PLAN, startLine: 0, endLine: 0 })
  })

  it('leaves out values the code does not write, even where the provider computes them', () => {
    const logs = byAddress(resources, 'aws_s3_bucket.logs')
    expect(logs.values).toEqual({ bucket: 'acme-logs', force_destroy: false, tags: { team: 'data' }, tags_all: { team: 'data' }, timeouts: null })
    const versioning = byAddress(resources, 'aws_s3_bucket_versioning.logs')
    expect(versioning.values.versioning_configuration).toEqual([{ status: 'Enabled' }])
  })

  it('turns unknown references to one resource into IacRefs, nested ones included', () => {
    expect(byAddress(resources, 'aws_s3_bucket_policy.logs').values.bucket).toEqual({ $ref: 'aws_s3_bucket.logs', attribute: 'id' })
    const sse = byAddress(resources, 'aws_s3_bucket_server_side_encryption_configuration.data').values
    expect(sse.rule).toEqual([
      {
        apply_server_side_encryption_by_default: [{ sse_algorithm: 'aws:kms', kms_master_key_id: { $ref: 'aws_kms_key.data', attribute: 'arn' } }],
        bucket_key_enabled: true,
      },
    ])
    expect(byAddress(resources, 'aws_s3_bucket_versioning.data').values.versioning_configuration).toEqual([
      { status: { $ref: 'terraform_data.versioning', attribute: 'output' } },
    ])
  })
})

describe('loadPlan: modules, counts, providers', () => {
  const { resources, problems } = load(MODULES_PLAN)

  it('reads child module instances with their full addresses, and replaced and unchanged resources', () => {
    expect(problems).toEqual([])
    expect(resources.map((r) => r.address)).toEqual([
      'aws_s3_bucket.west',
      'aws_vpc.main',
      'module.app["blue"].aws_security_group.lb',
      'module.app["blue"].aws_security_group.web[0]',
      'module.app["blue"].aws_security_group.web[1]',
      'module.app["blue"].aws_security_group_rule.https[0]',
      'module.app["blue"].aws_security_group_rule.https[1]',
    ])
  })

  it('takes the region of the provider configuration each resource uses', () => {
    expect(resources.map((r) => [r.address, r.region]).slice(0, 3)).toEqual([
      ['aws_s3_bucket.west', 'us-west-2'],
      ['aws_vpc.main', 'us-east-1'],
      ['module.app["blue"].aws_security_group.lb', 'us-east-1'],
    ])
  })

  it('resolves references inside a module against its instance, and `[count.index]` to the same index', () => {
    expect(byAddress(resources, 'module.app["blue"].aws_security_group_rule.https[1]').values.security_group_id).toEqual({
      $ref: 'module.app["blue"].aws_security_group.web[1]',
    })
    expect(byAddress(resources, 'module.app["blue"].aws_security_group_rule.https[0]').values.security_group_id).toEqual({
      $ref: 'module.app["blue"].aws_security_group.web[0]',
    })
  })

  it('keeps Unknown what comes from a variable, and a list whose expression holds a reference', () => {
    const web = byAddress(resources, 'module.app["blue"].aws_security_group.web[0]').values
    expect(web.vpc_id).toEqual({ $unknown: 'known only after apply: module.app["blue"].aws_security_group.web[0].vpc_id' })
    expect(web.ingress).toEqual({ $unknown: 'known only after apply: module.app["blue"].aws_security_group.web[0].ingress' })
    expect('egress' in web || 'arn' in web || 'id' in web).toBe(false)
  })

  it('keeps known nested values next to `false` markers of after_unknown', () => {
    const lb = byAddress(resources, 'module.app["blue"].aws_security_group.lb').values
    expect(lb.ingress).toEqual([
      {
        cidr_blocks: ['0.0.0.0/0'],
        description: '',
        from_port: 443,
        ipv6_cidr_blocks: [],
        prefix_list_ids: [],
        protocol: 'tcp',
        security_groups: [],
        self: false,
        to_port: 443,
      },
    ])
  })

  it('asks locate() for the block address without instance keys and uses its answer', () => {
    const asked: string[] = []
    const { resources: located } = load(MODULES_PLAN, (address) => {
      asked.push(address)
      return address === 'module.app.aws_security_group.web' ? { file: 'modules/app/main.tf', startLine: 12, endLine: 30 } : undefined
    })
    expect(asked).toContain('module.app.aws_security_group_rule.https')
    expect(asked.some((a) => a.includes('['))).toBe(false)
    expect(byAddress(located, 'module.app["blue"].aws_security_group.web[1]').location).toEqual({
      file: 'modules/app/main.tf',
      startLine: 12,
      endLine: 30,
    })
    expect(byAddress(located, 'aws_vpc.main').location).toEqual({ file: MODULES_PLAN, startLine: 0, endLine: 0 })
  })
})

describe('loadPlan: unknown values', () => {
  const values = (text: string) => {
    const { resources, problems } = loadPlan(text, 'plan.json')
    expect(problems).toEqual([])
    return resources[0]!.values
  }

  it.each([
    {
      name: 'a written attribute referencing a variable and a resource stays Unknown',
      exprs: { bucket: { references: ['var.prefix', 'aws_kms_key.k.id', 'aws_kms_key.k'] } },
      expected: { $unknown: 'known only after apply: aws_s3_bucket.b.bucket' },
    },
    {
      name: 'a written attribute referencing two resources stays Unknown',
      exprs: { bucket: { references: ['aws_kms_key.k.id', 'aws_kms_key.k', 'aws_kms_key.j.id', 'aws_kms_key.j'] } },
      expected: { $unknown: 'known only after apply: aws_s3_bucket.b.bucket' },
    },
    {
      name: 'a reference to a data source stays Unknown',
      exprs: { bucket: { references: ['data.aws_s3_bucket.x.id', 'data.aws_s3_bucket.x'] } },
      expected: { $unknown: 'known only after apply: aws_s3_bucket.b.bucket' },
    },
    {
      name: 'a keyed instance reference keeps its key',
      exprs: { bucket: { references: ['random_id.r["a"].hex', 'random_id.r["a"]', 'random_id.r'] } },
      expected: { $ref: 'random_id.r["a"]', attribute: 'hex' },
    },
    { name: 'an attribute the code does not write is left out', exprs: { tags: { constant_value: {} } }, expected: undefined },
  ])('$name', ({ exprs, expected }) => {
    expect(values(onePlan({ values: {}, unknown: { bucket: true }, exprs })).bucket).toEqual(expected)
  })

  it('keeps every unknown value Unknown when the plan has no configuration section', () => {
    const v = values(onePlan({ values: { bucket: 'x' }, unknown: { arn: true, versioning: [{ enabled: true }] } }))
    expect(v).toEqual({
      bucket: 'x',
      arn: { $unknown: 'known only after apply: aws_s3_bucket.b.arn' },
      versioning: [{ enabled: { $unknown: 'known only after apply: aws_s3_bucket.b.versioning[0].enabled' } }],
    })
  })

  it('matches several blocks by position only when that cannot mislead', () => {
    const exprs = {
      rule: [{ id: { constant_value: 'a' } }, { id: { constant_value: 'b' }, prefix: { references: ['aws_kms_key.k.id', 'aws_kms_key.k'] } }],
    }
    const v = values(onePlan({ values: { rule: [{ id: 'a' }, { id: 'b' }] }, unknown: { rule: [{ status: true }, { prefix: true }] }, exprs }))
    // `status` is written in no rule block: left out. `prefix` is written in one: which one is not certain (sets reorder).
    expect(v.rule).toEqual([{ id: 'a' }, { id: 'b', prefix: { $unknown: 'known only after apply: aws_s3_bucket.b.rule[1].prefix' } }])
  })

  it('keeps sensitive values as planned', () => {
    const v = values(onePlan({ values: { password: 'hunter2' }, sensitive: { password: true } }))
    expect(v.password).toBe('hunter2')
  })

  const depthOf = (tree: unknown): number => {
    let node = tree
    let depth = 1
    for (; !isUnknown(node); depth++) node = (node as { n: unknown }).n
    return depth
  }
  // JSON.stringify would overflow on these: the text is built by hand.
  const deep = (leaf: string, levels: number) => `${'{"n":'.repeat(levels)}${leaf}${'}'.repeat(levels)}`

  it('cuts values and after_unknown at depth 1,000 without recursion trouble', () => {
    const text = onePlan({ values: { deep: 'V', other: 'W' }, unknown: { deep: 'U' } })
      .replaceAll('"V"', deep('"leaf"', 20_000))
      .replaceAll('"W"', deep('"leaf"', 2_000))
      .replace('"U"', deep('true', 20_000))
    const v = values(text)
    expect(depthOf(v.deep)).toBe(1_000)
    expect(depthOf(v.other)).toBe(1_000)
    expect(JSON.stringify(v).length).toBeLessThan(20_000)
  })
})

describe('loadPlan: resources and changes', () => {
  it.each([
    { actions: ['delete'], loaded: false },
    { actions: ['forget'], loaded: false },
    { actions: ['delete', 'create'], loaded: true },
    { actions: ['create', 'delete'], loaded: true },
    { actions: ['update'], loaded: true },
    { actions: ['no-op'], loaded: true },
  ])('actions $actions → scanned: $loaded', ({ actions, loaded }) => {
    expect(loadPlan(onePlan({ values: { bucket: 'x' }, actions }), 'plan.json').resources.length).toBe(loaded ? 1 : 0)
  })

  it('reads a resource that only resource_changes lists, from its `after` value', () => {
    const text = JSON.stringify({
      format_version: '1.0',
      planned_values: {},
      resource_changes: [
        {
          address: 'module.m.aws_s3_bucket.b',
          module_address: 'module.m',
          mode: 'managed',
          type: 'aws_s3_bucket',
          name: 'b',
          change: { actions: ['create'], after: { bucket: 'x' }, after_unknown: { policy: true } },
        },
        {
          address: 'data.aws_iam_policy_document.p',
          mode: 'data',
          type: 'aws_iam_policy_document',
          name: 'p',
          change: { actions: ['read'], after: {} },
        },
      ],
    })
    const { resources } = loadPlan(text, 'plan.json')
    expect(resources.map((r) => [r.address, r.values])).toEqual([
      ['module.m.aws_s3_bucket.b', { bucket: 'x', policy: { $unknown: 'known only after apply: module.m.aws_s3_bucket.b.policy' } }],
    ])
  })
})

describe('loadPlan: bad input', () => {
  it.each([
    { name: 'unexpected token', text: '{\n  "format_version": "1.2",\n  "planned_values": }\n}', line: 3, column: 21 },
    { name: 'trailing comma', text: '{"a": [1, 2,\n]}', line: 2, column: 1 },
    { name: 'missing colon', text: '{\n"a" 1}', line: 2, column: 5 },
    { name: 'bad literal', text: '{"a":\n  tru}', line: 2, column: 3 },
    { name: 'control character in a string', text: '{"a": "x\ny"}', line: 1, column: 9 },
    { name: 'end of input', text: '{"a": [1,\n 2', line: 2, column: 3 },
    { name: 'text after the value', text: '{}\n}', line: 2, column: 1 },
    { name: 'empty file', text: '', line: 1, column: 1 },
  ])('reports a JSON syntax error with line and column: $name', ({ text, line, column }) => {
    const { resources, problems } = loadPlan(text, 'bad.json')
    expect(resources).toEqual([])
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ file: 'bad.json', line, column, severity: 'error' })
    expect(problems[0]!.message).toMatch(/^invalid JSON: /)
    expect(problems[0]!.message).not.toContain('position')
  })

  it.each([
    { version: '0.2', message: 'unsupported plan format_version "0.2": Posture reads format 1.x' },
    { version: '2.0', message: 'unsupported plan format_version "2.0": Posture reads format 1.x' },
    { version: undefined, message: 'unsupported plan format_version undefined: Posture reads format 1.x' },
  ])('refuses format_version $version', ({ version, message }) => {
    const { resources, problems } = loadPlan(JSON.stringify({ format_version: version, planned_values: {} }), 'plan.json')
    expect(resources).toEqual([])
    expect(problems).toEqual([{ file: 'plan.json', line: 0, column: 0, severity: 'error', message }])
  })

  it('reads a plan with a byte order mark, and notes a plan that errored', () => {
    const { resources, problems } = loadPlan(`\uFEFF${onePlan({ values: { bucket: 'x' }, extra: { errored: true } })}`, 'plan.json')
    expect(resources).toHaveLength(1)
    expect(problems).toEqual([
      {
        file: 'plan.json',
        line: 0,
        column: 0,
        severity: 'notice',
        message: 'the plan reports errors (errored: true): resources it could not plan are missing',
      },
    ])
  })

  it('refuses a JSON value that is not an object', () => {
    expect(loadPlan('[1]', 'plan.json').problems[0]?.message).toBe('not a Terraform plan: the JSON is not an object')
  })

  it('recognises plans and not other JSON', () => {
    expect(looksLikePlan(readFileSync(S3_PLAN, 'utf8'))).toBe(true)
    expect(looksLikePlan('{"format_version": "1.0", "values": {}}')).toBe(false)
  })

  it('loads a 50 MB plan', () => {
    const count = 20_000
    const resources = Array.from({ length: count }, (_, i) => ({
      address: `aws_s3_bucket.b[${i}]`,
      mode: 'managed',
      type: 'aws_s3_bucket',
      name: 'b',
      index: i,
      values: { bucket: `bucket-${i}`, tags: { owner: 'x'.repeat(2_300) }, force_destroy: false },
    }))
    const changes = resources.map((r) => ({
      address: r.address,
      mode: 'managed',
      type: r.type,
      name: r.name,
      index: r.index,
      change: { actions: ['create'], after_unknown: { arn: true, id: true } },
    }))
    const text = JSON.stringify({ format_version: '1.2', planned_values: { root_module: { resources } }, resource_changes: changes })
    expect(text.length).toBeGreaterThan(50_000_000)
    const started = performance.now()
    const plan = loadPlan(text, 'big.json')
    expect(plan.problems).toEqual([])
    expect(plan.resources).toHaveLength(count)
    expect(plan.resources[count - 1]!.values.arn).toEqual({ $unknown: `known only after apply: aws_s3_bucket.b[${count - 1}].arn` })
    expect(performance.now() - started).toBeLessThan(10_000)
  }, 30_000)
})

describe('plan JSON through the whole `posture iac` pipeline', () => {
  it('evaluates S3 checks on plan resources (line 0: no .tf next to the plan)', async () => {
    const { findings, report } = await scanFixtures('test/fixtures/iac/plan/s3')
    expect(report.iac.files).toEqual([{ file: S3_PLAN, kind: 'terraform-plan' }])
    expect(report.iac.problems).toEqual([])
    expect(findings.every((f) => f.file === S3_PLAN && f.line === 0)).toBe(true)
    expect(findings.some((f) => f.address === 'aws_s3_bucket.old')).toBe(false)
    expect(verdicts(findings, 'aws-s3-bucket-versioning-enabled')).toEqual([['aws_s3_bucket.logs', 'pass', 0]])
    expect(verdicts(findings, 'aws-s3-bucket-policy-no-public-read')).toEqual([
      ['aws_s3_bucket.logs', 'fail', 0],
      ['aws_s3_bucket.data', 'pass', 0],
    ])
    expect(verdicts(findings, 'aws-s3-bucket-public-access-block-enabled')).toEqual([
      ['aws_s3_bucket.logs', 'fail', 0],
      ['aws_s3_bucket.data', 'pass', 0],
    ])
    expect(verdicts(findings, 'aws-s3-bucket-default-encryption-enabled')).toEqual([
      ['aws_s3_bucket.data', 'pass', 0],
      ['aws_s3_bucket.logs', 'pass', 0],
    ])
    expect(verdicts(findings, 'aws-s3-bucket-mfa-delete-enabled')).toEqual([['aws_s3_bucket.logs', 'fail', 0]])
    expect(verdicts(findings, 'aws-s3-account-public-access-block-enabled')).toEqual([['aws_s3_account_public_access_block.this', 'fail', 0]])
    // The data bucket's versioning status comes from a value known only after apply: not evaluated, not failed.
    expect(report.iac.notEvaluated.map((n) => [n.checkId, n.location.address, n.reason])).toEqual([
      ['aws-s3-bucket-mfa-delete-enabled', 'aws_s3_bucket.data', expect.stringContaining('known only after apply: terraform_data.versioning.output')],
      ['aws-s3-bucket-versioning-enabled', 'aws_s3_bucket.data', expect.stringContaining('known only after apply: terraform_data.versioning.output')],
    ])
  })

  it('places plan resources at their .tf block when the plan sits next to the code', async () => {
    const dir = 'test/fixtures/iac/plan/with-tf'
    const scan = await loadIac([dir])
    const fromPlan = scan.resources
      .filter((r) => r.uid.startsWith(`tf:${dir}/tfplan.json:`))
      .map((r) => [r.source.address, r.source.file, r.source.line])
    expect(fromPlan).toEqual([
      ['aws_s3_bucket.logs', `${dir}/main.tf`, 10],
      // aws_s3_bucket_versioning is a part of the bucket: it produces no resource of its own.
    ])
    expect(scan.problems).toEqual([])
  })

  it('links a bucket to the KMS key its encryption configuration references', async () => {
    const scan = await loadIac(['test/fixtures/iac/plan/s3'])
    const bucket = scan.resources.find((r) => r.source.address === 'aws_s3_bucket.data')
    expect(bucket?.relations).toEqual([{ kind: 'uses-kms-key', target: `tf:${S3_PLAN}:aws_kms_key.data` }])
    expect(bucket?.region).toBe('eu-west-1')
  })
})
