import { beforeAll, describe, expect, it } from 'vitest'
import { fingerprint } from '../../core/fingerprint.js'
import type { RenderInput } from '../render-input.js'
import { sampleRenderInput, syntheticRenderInput } from '../render-testing.js'
import { OCSF_VERSION, renderOcsf } from './ocsf.js'
import { ocsfEventValidator, schemaErrors, vendoredSchema } from './schema-testing.js'

interface OcsfEvent {
  class_uid: number
  category_uid: number
  activity_id: number
  type_uid: number
  time: number
  severity_id: number
  severity: string
  status_id: number
  status: string
  message: string
  comment?: string
  metadata: { version: string; product: { name: string; version: string }; profiles: string[]; uid: string; event_code: string }
  finding_info: { uid: string; title: string; desc: string; types: string[]; created_time: number; first_seen_time: number; last_seen_time: number }
  compliance: {
    control: string
    standards: string[]
    requirements: string[]
    status_id: number
    status: string
    status_code: string
    status_details?: string[]
  }
  resources: { uid: string; name?: string; type: string; region?: string; cloud_partition: string; provider: string }[]
  cloud: { provider: string; account: { uid: string; type_id: number }; region?: string }
  remediation: { desc: string; references?: string[] }
  unmapped: { posture: { muted?: { reason: string; suppression_id: string } } }
}

const validate = ocsfEventValidator()
const parse = (text: string): OcsfEvent[] => JSON.parse(text) as OcsfEvent[]

function expectAllValid(events: OcsfEvent[]): void {
  for (const e of events) {
    const ok = validate(e)
    expect(schemaErrors(validate.errors), e.resources[0]?.uid).toBe('')
    expect(ok).toBe(true)
  }
}

describe('renderOcsf', () => {
  let input: RenderInput
  let events: OcsfEvent[]
  const byUid = (uid: string, checkId: string): OcsfEvent => events.find((e) => e.resources[0]!.uid === uid && e.compliance.control === checkId)!
  beforeAll(async () => {
    input = await sampleRenderInput()
    events = parse(renderOcsf(input))
  })

  it('emits one valid OCSF 1.8.0 Compliance Finding per finding, passes included', () => {
    expect(vendoredSchema('ocsf-1.8.0-compliance_finding.schema.json').$id).toBe(
      'https://schema.ocsf.io/schema/1.8.0/classes/compliance_finding?profiles=cloud',
    )
    expect(events).toHaveLength(input.report.findings.length)
    expectAllValid(events)
  })

  it('rejects an event without its compliance object, so the validation above is real', () => {
    const bad = structuredClone(events[0]!) as Partial<OcsfEvent>
    delete bad.compliance
    expect(validate(bad)).toBe(false)
    expect(validate({ ...events[0]!, severity_id: 7 })).toBe(false)
  })

  it('sets the class, category, activity and product metadata', () => {
    for (const e of events) {
      expect([e.class_uid, e.category_uid, e.activity_id, e.type_uid]).toEqual([2003, 2, 1, 200301])
      expect(e.metadata.version).toBe(OCSF_VERSION)
      expect(e.metadata.product).toMatchObject({ name: 'Posture', version: input.report.tool.version })
      expect(e.metadata.profiles).toEqual(['cloud'])
      expect(e.time).toBe(Date.parse(input.report.scan.finishedAt))
    }
    expect(new Set(events.map((e) => e.metadata.uid)).size).toBe(events.length)
  })

  it('maps status: fail → Fail, pass → Pass, error → Unknown (never Pass)', () => {
    const fail = byUid('arn:aws:iam::222222222222:root', 'aws-iam-root-mfa-enabled')
    expect(fail.compliance).toMatchObject({ status_id: 3, status: 'Fail', status_code: 'fail' })
    expect([fail.status_id, fail.status]).toEqual([1, 'New'])
    expect([fail.severity_id, fail.severity]).toEqual([5, 'Critical'])
    const pass = byUid('arn:aws:iam::111111111111:root', 'aws-iam-root-mfa-enabled')
    expect(pass.compliance).toMatchObject({ status_id: 1, status: 'Pass', status_code: 'pass' })
    const error = byUid('aws:111111111111:eu-west-1:aws.rds.instance/*', 'aws-rds-instance-storage-encrypted')
    expect(error.compliance).toMatchObject({
      status_id: 0,
      status: 'Unknown',
      status_code: 'error',
      status_details: ['Could not list RDS instances: AccessDenied.'],
    })
    expect(events.filter((e) => e.compliance.status_id === 1)).toHaveLength(input.report.findings.filter((f) => f.status === 'pass').length)
  })

  it('marks a muted failure Suppressed and keeps its Fail verdict and the reason', () => {
    const muted = byUid('arn:aws:s3:::static-site-b', 'aws-s3-bucket-public-access-block-enabled')
    expect([muted.status_id, muted.status]).toEqual([3, 'Suppressed'])
    expect(muted.compliance.status_id).toBe(3)
    expect(muted.comment).toBe('Muted by suppression web-public-assets: Static website assets, public by design (ticket SEC-142)')
    expect(muted.unmapped.posture.muted).toMatchObject({
      suppression_id: 'web-public-assets',
      reason: 'Static website assets, public by design (ticket SEC-142)',
    })
    expect(events.filter((e) => e.status_id === 3)).toHaveLength(1)
  })

  it('describes the finding, its compliance references, the resource, cloud and remediation', () => {
    const e = byUid('arn:aws:ec2:eu-west-1:111111111111:security-group/sg-0a1', 'aws-ec2-sg-no-ssh-from-internet')
    const f = input.report.findings.find((x) => x.resource.uid === e.resources[0]!.uid && x.checkId === e.compliance.control)!
    const meta = input.checks.get(f.checkId)!
    expect(e.finding_info).toMatchObject({ uid: fingerprint(f.checkId, f.resource.uid), title: meta.title, desc: meta.rationale })
    expect(e.compliance.requirements).toEqual(f.compliance.map((r) => `${r.framework} ${r.version} ${r.requirement}`))
    expect(e.compliance.standards).toContain('cis-aws 7.0.0')
    expect(e.resources[0]).toMatchObject({
      uid: f.resource.uid,
      name: 'bastion',
      type: 'aws.ec2.security-group',
      region: 'eu-west-1',
      cloud_partition: 'aws',
    })
    expect(e.cloud).toEqual({
      provider: 'AWS',
      account: { uid: '111111111111', type_id: 10, type: 'AWS Account' },
      region: 'eu-west-1',
      cloud_partition: 'aws',
    })
    expect(e.remediation).toEqual({ desc: meta.remediation.steps.join(' '), references: meta.remediation.references })
    expect(e.message).toBe('Ingress allows TCP 22 from 0.0.0.0/0.\nSecond line.')
  })

  it('leaves the region out for global resources', () => {
    const e = byUid('arn:aws:iam::222222222222:root', 'aws-iam-root-mfa-enabled')
    expect(e.cloud.region).toBeUndefined()
    expect(e.resources[0]!.region).toBeUndefined()
    expect(e.cloud.account.uid).toBe('222222222222')
  })

  it('validates a 2,000-finding synthetic scan', async () => {
    const big = await syntheticRenderInput(2000)
    const out = parse(renderOcsf(big))
    expect(out).toHaveLength(2000)
    expectAllValid(out)
    expect(out.filter((e) => e.status_id === 3)).toHaveLength(big.report.findings.filter((f) => f.muted).length)
    expect(out.filter((e) => e.compliance.status_id === 0)).toHaveLength(big.report.findings.filter((f) => f.status === 'error').length)
  })

  it('renders an empty scan as an empty array', () => {
    expect(renderOcsf({ ...input, report: { ...input.report, findings: [] } })).toBe('[]\n')
  })
})
