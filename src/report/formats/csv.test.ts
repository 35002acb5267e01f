import { beforeAll, describe, expect, it } from 'vitest'
import { parseCsv } from '../../collect/aws/iam-credential-report.js'
import type { RenderInput } from '../render-input.js'
import { sampleRenderInput, syntheticRenderInput } from '../render-testing.js'
import { csvCell, FINDINGS_CSV_COLUMNS, renderFindingsCsv, renderRequirementsCsv, REQUIREMENTS_CSV_COLUMNS } from './csv.js'

/** Rows as objects keyed by the header, read back with an independent RFC 4180 parser. */
function records(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text)
  for (const r of rows) expect(r).toHaveLength(header!.length)
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])))
}

describe('csvCell', () => {
  it('quotes per RFC 4180 only when needed', () => {
    expect(csvCell('plain')).toBe('plain')
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell('two\nlines')).toBe('"two\nlines"')
    expect(csvCell(42)).toBe('42')
    expect(csvCell(undefined)).toBe('')
  })

  it('neutralises cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","x")')).toBe('"\'=HYPERLINK(""http://evil.example"",""x"")"')
    expect(csvCell('+1')).toBe("'+1")
    expect(csvCell('-2+3')).toBe("'-2+3")
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvCell('\tcmd')).toBe("'\tcmd")
    expect(csvCell('\rcmd')).toBe('"\'\rcmd"')
    expect(csvCell('a-b=c')).toBe('a-b=c')
  })
})

describe('renderFindingsCsv', () => {
  let input: RenderInput
  let text: string
  beforeAll(async () => {
    input = await sampleRenderInput()
    text = renderFindingsCsv(input)
  })

  it('writes a header and one CRLF-terminated row per finding', () => {
    expect(text.startsWith(`${FINDINGS_CSV_COLUMNS.join(',')}\r\n`)).toBe(true)
    expect(text.endsWith('\r\n')).toBe(true)
    expect(records(text)).toHaveLength(12)
  })

  it('round-trips names with markup, quotes, commas and newlines exactly', () => {
    const rows = records(text)
    const script = rows.find((r) => r.resource_name === '<script>alert(1)</script>')!
    expect(script.message).toBe('Block Public Access is off: "BlockPublicAcls" = false, & more')
    expect(rows.find((r) => r.resource_name === 'logs,archive')!.resource_uid).toBe('arn:aws:s3:::logs,archive')
    expect(rows.find((r) => r.message?.includes('TCP 22'))!.message).toBe('Ingress allows TCP 22 from 0.0.0.0/0.\nSecond line.')
  })

  it('maps every column of a finding', () => {
    const f = input.report.findings.find((x) => x.checkId === 'aws-iam-root-mfa-enabled' && x.status === 'fail')!
    const row = records(text).find((r) => r.check_id === f.checkId && r.status === 'fail')!
    expect(row).toEqual({
      scan_id: input.report.scan.id,
      check_id: f.checkId,
      title: f.title,
      status: 'fail',
      muted: 'false',
      muted_reason: '',
      severity: 'critical',
      provider: 'aws',
      account: '222222222222',
      region: 'global',
      resource_uid: 'arn:aws:iam::222222222222:root',
      resource_type: 'aws.iam.root-user',
      resource_name: 'root',
      message: 'The root user has no MFA device.',
      remediation: f.remediation.steps.join(' '),
      remediation_cli: f.remediation.cli ?? '',
      references: f.remediation.references.join(' '),
      compliance: f.compliance.map((c) => `${c.framework} ${c.version} ${c.requirement}`).join('; '),
    })
    expect(row.compliance).toContain('cis-aws 7.0.0 2.5')
  })

  it('marks the muted finding and keeps its status; the error stays an error', () => {
    const rows = records(text)
    const muted = rows.filter((r) => r.muted === 'true')
    expect(muted).toHaveLength(1)
    expect(muted[0]).toMatchObject({
      resource_uid: 'arn:aws:s3:::static-site-b',
      status: 'fail',
      muted_reason: 'Static website assets, public by design (ticket SEC-142)',
    })
    expect(rows.filter((r) => r.status === 'error').map((r) => r.check_id)).toEqual(['aws-rds-instance-storage-encrypted'])
  })

  it('neutralises a formula-looking resource name and message', () => {
    const [f0, ...rest] = input.report.findings
    const evil = { ...f0!, message: '-1+2', resource: { ...f0!.resource, name: "=cmd|' /C calc'!A0" } }
    const out = renderFindingsCsv({ ...input, report: { ...input.report, findings: [evil, ...rest] } })
    const row = records(out)[0]!
    expect(row.resource_name).toBe("'=cmd|' /C calc'!A0")
    expect(row.message).toBe("'-1+2")
    expect(out).not.toMatch(/(^|,)=cmd/m)
  })

  it('can start with a byte-order mark for Excel', () => {
    expect(renderFindingsCsv(input, { bom: true }).startsWith('\uFEFFscan_id,')).toBe(true)
  })

  it('writes a 2,000-finding synthetic scan', async () => {
    const big = await syntheticRenderInput(2000)
    const rows = records(renderFindingsCsv(big))
    expect(rows).toHaveLength(2000)
    expect(rows.filter((r) => r.status === 'fail')).toHaveLength(big.report.findings.filter((f) => f.status === 'fail').length)
  })
})

describe('renderRequirementsCsv', () => {
  let input: RenderInput
  beforeAll(async () => {
    input = await sampleRenderInput()
  })

  it('writes one row per requirement of the framework with its verdict and counts', () => {
    const fw = input.compliance!.frameworks.find((f) => f.framework.id === 'cis-aws')!
    const text = renderRequirementsCsv(input, 'cis-aws')
    expect(text.startsWith(`${REQUIREMENTS_CSV_COLUMNS.join(',')}\r\n`)).toBe(true)
    const rows = records(text)
    expect(rows).toHaveLength(fw.requirements.length)
    const mfa = fw.requirements.find((r) => r.checks.includes('aws-iam-root-mfa-enabled'))!
    expect(rows.find((r) => r.requirement_id === mfa.id)).toEqual({
      framework: 'cis-aws',
      version: '7.0.0',
      section: mfa.section,
      requirement_id: mfa.id,
      title: mfa.title,
      status: 'fail',
      pass: '1',
      fail: '1',
      error: '0',
      muted: '0',
      resources: '2',
      checks: mfa.checks.join('; '),
    })
    const s3 = fw.requirements.find((r) => r.checks.includes('aws-s3-bucket-public-access-block-enabled'))!
    expect(rows.find((r) => r.requirement_id === s3.id)).toMatchObject({ status: 'fail', pass: '1', fail: '1', muted: '1' })
    expect(rows.map((r) => r.status)).toEqual(fw.requirements.map((r) => r.status))
  })

  it('throws for a framework that was not scored', () => {
    expect(() => renderRequirementsCsv(input, 'nope')).toThrow(/no compliance results for framework "nope" \(have: cis-aws, /)
    expect(() => renderRequirementsCsv({ report: input.report, checks: input.checks }, 'cis-aws')).toThrow(/compliance was not scored/)
  })
})
