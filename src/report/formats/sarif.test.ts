import { beforeAll, describe, expect, it } from 'vitest'
import { contentHash, fingerprint } from '../../core/fingerprint.js'
import type { RenderInput } from '../render-input.js'
import { sampleRenderInput, syntheticRenderInput } from '../render-testing.js'
import { schemaErrors, sarifValidator, vendoredSchema } from './schema-testing.js'
import { renderSarif, SARIF_FINGERPRINT_KEY, SARIF_SCHEMA_URI } from './sarif.js'

interface SarifResult {
  ruleId: string
  ruleIndex: number
  kind: string
  level: string
  message: { text: string }
  locations: {
    physicalLocation?: { artifactLocation: { uri: string }; region?: { startLine: number } }
    logicalLocations: { fullyQualifiedName: string; kind: string; name: string }[]
  }[]
  partialFingerprints: Record<string, string>
  suppressions?: { kind: string; status: string; justification: string; properties: Record<string, unknown> }[]
  properties: Record<string, unknown>
}
interface SarifRule {
  id: string
  name: string
  shortDescription: { text: string }
  fullDescription: { text: string }
  help: { text: string; markdown: string }
  helpUri?: string
  defaultConfiguration: { level: string }
  properties: { tags: string[]; 'security-severity': string; precision: string }
}
interface SarifLog {
  $schema: string
  version: string
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: SarifRule[] } }
    invocations: {
      executionSuccessful: boolean
      startTimeUtc: string
      endTimeUtc: string
      toolExecutionNotifications: { level: string; message: { text: string } }[]
    }[]
    automationDetails: { id: string; guid?: string }
    results: SarifResult[]
  }[]
}

const validate = sarifValidator()
const parse = (text: string): SarifLog => JSON.parse(text) as SarifLog
const uidOf = (r: SarifResult): string => r.locations[0]!.logicalLocations[0]!.fullyQualifiedName

function expectValid(log: unknown): void {
  const ok = validate(log)
  expect(schemaErrors(validate.errors)).toBe('')
  expect(ok).toBe(true)
}

describe('renderSarif', () => {
  let input: RenderInput
  let log: SarifLog
  beforeAll(async () => {
    input = await sampleRenderInput()
    log = parse(renderSarif(input))
  })

  it('validates against the OASIS SARIF 2.1.0 schema, with and without passes', () => {
    expectValid(log)
    expectValid(parse(renderSarif(input, { includePassed: true })))
  })

  it('validates against the OASIS file as published (content pinned; see schema/vendor/README.md)', () => {
    expect(contentHash(vendoredSchema('sarif-schema-2.1.0.json'))).toBe('12bfb419bf02402790a0e6538a4f101c0a9ad5f34499eee6540904377ecbf70a')
  })

  it('rejects a corrupted log, so the validation above is real', () => {
    const bad = parse(renderSarif(input))
    ;(bad.runs[0]!.results[0] as unknown as { level: string }).level = 'fatal'
    expect(validate(bad)).toBe(false)
  })

  it('describes one run of the Posture tool', () => {
    expect(log.$schema).toBe(SARIF_SCHEMA_URI)
    expect(log.version).toBe('2.1.0')
    expect(log.runs).toHaveLength(1)
    const driver = log.runs[0]!.tool.driver
    expect(driver.name).toBe('Posture')
    expect(driver.version).toBe(input.report.tool.version)
    expect(driver.informationUri).toBe('https://github.com/posture-cspm/posture')
    expect(log.runs[0]!.automationDetails).toEqual({ id: `posture/aws/${input.report.scan.id}`, guid: input.report.scan.id })
  })

  it('has one rule per check in the report, with GitHub security-severity and remediation help', () => {
    const rules = log.runs[0]!.tool.driver.rules
    expect(rules.map((r) => r.id)).toEqual([...new Set(input.report.findings.map((f) => f.checkId))].sort())
    const s3 = rules.find((r) => r.id === 'aws-s3-bucket-public-access-block-enabled')!
    const meta = input.checks.get(s3.id)!
    expect(s3.name).toBe('AwsS3BucketPublicAccessBlockEnabled')
    expect(s3.shortDescription.text).toBe(meta.title)
    expect(s3.fullDescription.text).toBe(meta.rationale)
    expect(s3.helpUri).toBe(meta.remediation.references[0])
    expect(s3.defaultConfiguration.level).toBe('error')
    expect(s3.properties).toMatchObject({ 'security-severity': '8.0', precision: 'high' })
    expect(s3.properties.tags).toEqual(['data-exposure', 'security'])
    expect(s3.help.markdown).toContain(`\`\`\`sh\n${meta.remediation.cli}\n\`\`\``)
    expect(s3.help.text).toContain(`1. ${meta.remediation.steps[0]}`)
    const root = rules.find((r) => r.id === 'aws-iam-root-mfa-enabled')!
    expect(root.properties['security-severity']).toBe('9.5')
  })

  it('reports failures and errors but not passes by default', () => {
    const results = log.runs[0]!.results
    expect(results).toHaveLength(input.report.findings.filter((f) => f.status !== 'pass').length)
    expect(results).toHaveLength(7)
    expect(results.some((r) => r.kind === 'pass')).toBe(false)
    const withPasses = parse(renderSarif(input, { includePassed: true })).runs[0]!.results
    expect(withPasses).toHaveLength(12)
    expect(withPasses.filter((r) => r.kind === 'pass').every((r) => r.level === 'none')).toBe(true)
  })

  it('maps severities to levels and points each result at its rule', () => {
    const results = log.runs[0]!.results
    const rules = log.runs[0]!.tool.driver.rules
    for (const r of results) expect(rules[r.ruleIndex]!.id).toBe(r.ruleId)
    const level = (checkId: string): string => results.find((r) => r.ruleId === checkId && r.kind === 'fail')!.level
    expect(level('aws-iam-root-mfa-enabled')).toBe('error') // critical
    expect(level('aws-ec2-sg-no-ssh-from-internet')).toBe('error') // high
    const kms = input.checks.get('aws-kms-key-rotation-enabled')!.severity
    expect(level('aws-kms-key-rotation-enabled')).toBe(
      { critical: 'error', high: 'error', medium: 'warning', low: 'note', informational: 'note' }[kms],
    )
  })

  it('reports an error as undetermined (kind open, level none), never as a pass or a violation', () => {
    const error = log.runs[0]!.results.find((r) => r.ruleId === 'aws-rds-instance-storage-encrypted')!
    expect(error).toMatchObject({ kind: 'open', level: 'none', properties: { status: 'error', undetermined: true } })
    expect(error.message.text).toBe('Undetermined: Could not list RDS instances: AccessDenied.')
  })

  it('carries a muted failure as an accepted external suppression, keeping it a failure', () => {
    const muted = log.runs[0]!.results.filter((r) => r.suppressions)
    expect(muted).toHaveLength(1)
    expect(uidOf(muted[0]!)).toBe('arn:aws:s3:::static-site-b')
    expect(muted[0]!.kind).toBe('fail')
    expect(muted[0]!.suppressions).toEqual([
      {
        kind: 'external',
        status: 'accepted',
        justification: 'Static website assets, public by design (ticket SEC-142)',
        properties: { suppressionId: 'web-public-assets', owner: 'web-team@example.com', expiresAt: '2026-12-31T23:59:59.999Z' },
      },
    ])
  })

  it('locates results on the resource and fingerprints them stably', () => {
    const results = log.runs[0]!.results
    const script = results.find((r) => uidOf(r) === 'arn:aws:s3:::<script>alert(1)</script>')!
    expect(script.locations[0]!.logicalLocations[0]).toMatchObject({ kind: 'resource', name: '<script>alert(1)</script>' })
    for (const r of results) expect(r.partialFingerprints[SARIF_FINGERPRINT_KEY]).toBe(fingerprint(r.ruleId, uidOf(r)))
    expect(new Set(results.map((r) => r.partialFingerprints[SARIF_FINGERPRINT_KEY])).size).toBe(results.length)
    expect(renderSarif(input)).toBe(renderSarif(input))
  })

  it('records the invocation times and collection errors as notifications', () => {
    const inv = log.runs[0]!.invocations[0]!
    expect(inv.startTimeUtc).toBe(input.report.scan.startedAt)
    expect(inv.endTimeUtc).toBe(input.report.scan.finishedAt)
    expect(inv.toolExecutionNotifications).toHaveLength(1)
    expect(inv.toolExecutionNotifications[0]!.level).toBe('warning')
    expect(inv.toolExecutionNotifications[0]!.message.text).toBe(
      'Could not collect rds (DescribeDBInstances) in account 111111111111, region eu-west-1: AccessDenied: not authorized to perform rds:DescribeDBInstances',
    )
  })

  it('adds a physical location when a finding carries one (IaC findings)', () => {
    const [first, ...rest] = input.report.findings
    const withFile = { ...first!, location: { file: 'infra/s3.tf', startLine: 12, endLine: 20, address: 'aws_s3_bucket.site' } }
    const out = parse(renderSarif({ ...input, report: { ...input.report, findings: [withFile, ...rest] } }))
    expectValid(out)
    const loc = out.runs[0]!.results.find((r) => uidOf(r) === first!.resource.uid)!.locations[0]!
    expect(loc.physicalLocation).toEqual({ artifactLocation: { uri: 'infra/s3.tf' }, region: { startLine: 12, endLine: 20 } })
  })

  it('validates a 2,000-finding synthetic scan', async () => {
    const big = await syntheticRenderInput(2000)
    const out = parse(renderSarif(big, { includePassed: true }))
    expectValid(out)
    expect(out.runs[0]!.results).toHaveLength(2000)
    const failing = big.report.findings.filter((f) => f.status === 'fail').length
    expect(out.runs[0]!.results.filter((r) => r.kind === 'fail')).toHaveLength(failing)
    expect(out.runs[0]!.results.filter((r) => r.suppressions)).toHaveLength(big.report.findings.filter((f) => f.muted).length)
  })
})
