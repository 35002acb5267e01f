import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import { compareFindings, failuresAtOrAbove, REPORT_SCHEMA_VERSION, summarize, type Report, type ReportFinding } from './model.js'
import { renderJson } from './json.js'
import { renderTable } from './table.js'

const schema = JSON.parse(readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8')) as object

const finding = (over: Partial<ReportFinding>): ReportFinding => ({
  checkId: 'aws-ec2-sg-no-ssh-from-internet',
  title: 'Security group does not allow SSH (22) from 0.0.0.0/0 or ::/0',
  status: 'fail',
  severity: 'high',
  resource: {
    uid: 'arn:aws:ec2:us-east-1:123456789012:security-group/sg-1',
    type: 'aws.ec2.security-group',
    provider: 'aws',
    account: '123456789012',
    region: 'us-east-1',
    name: 'web',
  },
  message: 'Inbound rule tcp 22 from 0.0.0.0/0 opens SSH to the internet.',
  remediation: {
    steps: ['Remove the rule.'],
    cli: 'aws ec2 revoke-security-group-ingress ...',
    terraform: 'Restrict cidr_blocks.',
    references: ['https://docs.aws.amazon.com/'],
  },
  compliance: [{ framework: 'cis-aws', version: '7.0.0', requirement: '6.3' }],
  ...over,
})

function report(findings: ReportFinding[]): Report {
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'posture', version: '0.1.0' },
    scan: {
      id: 'b7c1',
      startedAt: '2026-11-22T08:00:00.000Z',
      finishedAt: '2026-11-22T08:01:00.000Z',
      provider: 'aws',
      accounts: ['123456789012'],
      regions: ['us-east-1'],
    },
    summary: summarize(findings, 3, 2, 1),
    findings: [...findings].sort(compareFindings),
    errors: [{ service: 'ec2', region: 'us-east-1', api: 'DescribeFlowLogs', reason: 'AccessDenied: not authorized', account: '123456789012' }],
  }
}

const sample = [
  finding({}),
  finding({
    status: 'pass',
    severity: 'high',
    message: 'No inbound rule opens port 22 to the internet.',
    resource: { ...finding({}).resource, uid: 'arn:aws:ec2:us-east-1:123456789012:security-group/sg-2', name: 'db' },
  }),
  finding({
    checkId: 'aws-vpc-flow-logs-enabled',
    status: 'error',
    severity: 'medium',
    message: 'Could not be evaluated: data not collected: ec2:DescribeFlowLogs: AccessDenied.',
  }),
  finding({ checkId: 'aws-iam-root-mfa-enabled', severity: 'critical', message: 'The root user has no MFA device.' }),
]

describe('JSON report', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true })
  addFormats.default(ajv)
  const validate = ajv.compile(schema)

  it('validates against schema/report.schema.json', () => {
    const ok = validate(JSON.parse(renderJson(report(sample))))
    expect(validate.errors ?? []).toEqual([])
    expect(ok).toBe(true)
  })

  it('rejects a finding with an unknown status', () => {
    const bad = JSON.parse(renderJson(report(sample))) as { findings: { status: string }[] }
    bad.findings[0]!.status = 'skipped'
    expect(validate(bad)).toBe(false)
  })

  it('summarizes by status and by severity', () => {
    const s = summarize(sample, 3, 2, 1)
    expect(s.byStatus).toEqual({ pass: 1, fail: 2, error: 1 })
    expect(s.bySeverity.critical).toEqual({ pass: 0, fail: 1, error: 0 })
    expect(s.bySeverity.high).toEqual({ pass: 1, fail: 1, error: 0 })
  })

  it('orders failures first, most severe first', () => {
    const r = report(sample)
    expect(r.findings.map((f) => `${f.status}/${f.severity}`)).toEqual(['fail/critical', 'fail/high', 'error/medium', 'pass/high'])
  })
})

describe('table report', () => {
  const text = renderTable(report(sample), { color: false, width: 200 })

  it('groups failures by severity with resource, message and fix', () => {
    const critical = text.indexOf('CRITICAL — 1 failing')
    const high = text.indexOf('HIGH — 1 failing')
    expect(critical).toBeGreaterThanOrEqual(0)
    expect(high).toBeGreaterThan(critical)
    expect(text).toContain('resource: web (arn:aws:ec2:us-east-1:123456789012:security-group/sg-1)')
    expect(text).toContain('fix: Remove the rule.')
  })

  it('shows errors and collection errors, never as passes', () => {
    expect(text).toContain('COULD NOT EVALUATE — 1')
    expect(text).toContain('COLLECTION ERRORS — 1')
    expect(text).toContain('ec2 us-east-1 DescribeFlowLogs: AccessDenied')
    expect(text).toMatch(/Summary: 2 failed .* 1 passed, 1 error/)
  })
})

describe('muted findings (report 1.1)', () => {
  const muted = {
    suppressionId: 'web-public',
    reason: 'Static website assets, public by design',
    owner: 'web-team',
    expiresAt: '2026-12-31T23:59:59.999Z',
  }
  const withMuted = [
    ...sample,
    finding({
      checkId: 'aws-s3-bucket-public-read',
      severity: 'critical',
      message: 'The bucket policy grants s3:GetObject to everyone.',
      resource: { ...finding({}).resource, uid: 'arn:aws:s3:::www', type: 'aws.s3.bucket', region: 'global', name: 'www' },
      muted,
    }),
    finding({
      checkId: 'aws-vpc-flow-logs-enabled',
      status: 'error',
      severity: 'medium',
      message: 'Could not be evaluated.',
      muted: { ...muted, expiresAt: null },
    }),
  ]
  const ajv = new Ajv2020({ allErrors: true, strict: true })
  addFormats.default(ajv)
  const validate = ajv.compile(schema)

  it('validates against the schema, with the muted object and summary.muted', () => {
    const doc = JSON.parse(renderJson(report(withMuted))) as Report
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true)
    expect(doc.schemaVersion).toBe(REPORT_SCHEMA_VERSION)
    expect(doc.summary.muted).toBe(2)
  })

  it('rejects a muted object without its accountability fields', () => {
    const doc = JSON.parse(renderJson(report(withMuted))) as { findings: { muted?: Record<string, unknown> }[] }
    delete doc.findings.find((f) => f.muted)!.muted!.owner
    expect(validate(doc)).toBe(false)
  })

  it('still accepts a 1.0 report (summary without muted): the change is additive', () => {
    const doc = JSON.parse(renderJson(report(sample))) as { schemaVersion: string; summary: Record<string, unknown> }
    doc.schemaVersion = '1.0'
    delete doc.summary.muted
    expect(validate(doc)).toBe(true)
  })

  it('excludes muted findings from status and severity counts (total = pass + fail + error + muted)', () => {
    const s = summarize(withMuted, 3, 2, 1)
    expect(s.byStatus).toEqual({ pass: 1, fail: 2, error: 1 })
    expect(s.bySeverity.critical).toEqual({ pass: 0, fail: 1, error: 0 })
    expect(s.muted).toBe(2)
    expect(s.total).toBe(s.byStatus.pass + s.byStatus.fail + s.byStatus.error + s.muted)
  })

  it('never lets a muted failure trip --fail-on', () => {
    expect(failuresAtOrAbove(withMuted, 'critical').map((f) => f.checkId)).toEqual(['aws-iam-root-mfa-enabled'])
    const onlyMuted = withMuted.filter((f) => f.muted)
    expect(failuresAtOrAbove(onlyMuted, 'informational')).toEqual([])
  })

  it('sorts muted findings after unmuted failures and errors, before passes', () => {
    const order = [...withMuted].sort(compareFindings).map((f) => `${f.status}${f.muted ? '/muted' : ''}`)
    expect(order).toEqual(['fail', 'fail', 'error', 'fail/muted', 'error/muted', 'pass'])
  })

  it('shows a MUTED section with reason, owner and expiry; failures by severity leave muted ones out', () => {
    const text = renderTable(report(withMuted), { color: false, width: 200 })
    expect(text).toContain('CRITICAL — 1 failing')
    expect(text).toContain('COULD NOT EVALUATE — 1')
    expect(text).toContain('MUTED — 2 accepted finding(s), not counted as failures')
    expect(text).toContain('muted by web-public: Static website assets, public by design — owner web-team, expires 2026-12-31')
    expect(text).toContain('no expiry')
    expect(text).toMatch(/Summary: 2 failed \(1 critical, 1 high, .*\), 1 passed, 1 error, 2 muted/)
    const critical = text.slice(text.indexOf('CRITICAL'), text.indexOf('HIGH'))
    expect(critical).not.toContain('arn:aws:s3:::www')
  })
})
