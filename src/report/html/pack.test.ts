import { describe, expect, it } from 'vitest'
import type { ReportFinding } from '../model.js'
import type { RenderInput } from '../render-input.js'
import { sampleRenderInput, syntheticRenderInput } from '../render-testing.js'
import { findingLocations } from '../formats/common.js'
import { decodePacked, encodePacked, packFindings, unpackFindings, type FindingLocation } from './pack.js'

/** The sample with its findings replaced (the rest of the input is irrelevant to packing). */
async function withFindings(findings: ReportFinding[]): Promise<RenderInput> {
  const input = await sampleRenderInput()
  return { ...input, report: { ...input.report, findings } }
}

describe('packFindings / unpackFindings', () => {
  it('round-trips the sample (every status, a muted failure, awkward names)', async () => {
    const input = await sampleRenderInput()
    const packed = packFindings(input)
    expect(unpackFindings(packed)).toEqual(input.report.findings)
    // 7 checks with findings in the sample, 11 distinct resources (the bastion group has two checks), 12 messages.
    expect(packed.rules.map((r) => r.id)).toEqual([...new Set(input.report.findings.map((f) => f.checkId))])
    expect(packed.resources.uid).toHaveLength(11)
    expect(packed.messages).toHaveLength(12)
    expect(packed.mutes).toEqual([input.report.findings.find((f) => f.muted)!.muted])
    expect(packed.findings.mute.filter((m) => m >= 0)).toHaveLength(1)
    expect(packed.compliance).toBe(input.compliance)
  })

  it('stores check metadata once per check and takes rationale and service from the check', async () => {
    const input = await sampleRenderInput()
    const packed = packFindings(input)
    const rule = packed.rules.find((r) => r.id === 'aws-iam-root-mfa-enabled')!
    const meta = input.checks.get('aws-iam-root-mfa-enabled')!
    expect(rule.rationale).toBe(meta.rationale)
    expect(rule.service).toBe('iam')
    expect(rule.remediation).toEqual(meta.remediation)
    expect(packed.findings.rule.filter((r) => packed.rules[r]!.id === 'aws-iam-root-mfa-enabled')).toHaveLength(2)
  })

  it('round-trips findings whose check-level fields or resource fields differ within one check or uid', async () => {
    const input = await sampleRenderInput()
    const [a, b] = input.report.findings as [ReportFinding, ReportFinding]
    const remediation = { ...a.remediation }
    delete remediation.cli
    const altered: ReportFinding = { ...a, remediation, resource: { ...a.resource, name: 'renamed' } }
    const noCompliance: ReportFinding = { ...a, compliance: [] }
    const findings = [a, altered, noCompliance, b]
    const packed = packFindings(await withFindings(findings))
    expect(unpackFindings(packed)).toEqual(findings)
    expect('cli' in unpackFindings(packed)[1]!.remediation).toBe(false)
    expect(packed.rules.filter((r) => r.id === a.checkId)).toHaveLength(3)
    expect(packed.resources.uid.filter((u) => u === a.resource.uid)).toHaveLength(2)
  })

  it('keeps a finding location when findings carry one (IaC)', async () => {
    const input = await sampleRenderInput()
    const location: FindingLocation = { file: 'main.tf', startLine: 3, endLine: 9, address: 'aws_s3_bucket.logs' }
    const located = { ...input.report.findings[0]!, location } as ReportFinding
    expect(findingLocations(located).physical).toEqual(location)
    expect(findingLocations(input.report.findings[0]!).physical).toBeUndefined()
    const findings = [input.report.findings[1]!, located]
    const packed = packFindings(await withFindings(findings))
    expect(packed.locations).toEqual([[1, [location]]])
    expect(unpackFindings(packed)).toEqual(findings)
  })

  it('round-trips a synthetic scan and shares resources across checks', async () => {
    const input = await syntheticRenderInput(3000, 7)
    const packed = packFindings(input)
    expect(unpackFindings(packed)).toEqual(input.report.findings)
    expect(packed.rules.length).toBe(new Set(input.report.findings.map((f) => f.checkId)).size)
    expect(packed.resources.uid.length).toBe(new Set(input.report.findings.map((f) => f.resource.uid)).size)
  })
})

describe('encodePacked / decodePacked', () => {
  it('round-trips through gzip + base64, with nothing that could end a script element', async () => {
    const input = await sampleRenderInput()
    const text = encodePacked(packFindings(input))
    expect(text).toMatch(/^[A-Za-z0-9+/]+=*$/)
    expect(unpackFindings(decodePacked(text))).toEqual(input.report.findings)
  })

  it('refuses data of another format version', async () => {
    const packed = packFindings(await sampleRenderInput())
    expect(() => decodePacked(encodePacked({ ...packed, version: 99 }))).toThrow('unsupported packed data: posture-html v99')
  })
})
