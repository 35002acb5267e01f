/**
 * Compliance end to end on moto through the real CLI: scan the demo estate, then check that `posture compliance
 * --framework <each>` prints the scores a hand calculation over the scan's JSON report gives, that `posture report`
 * rebuilds the same findings (passes included) from the store in every format, that the evidence bundle is complete
 * and its manifest true, that scores trend over scans, and that `scan --framework` runs only the framework's checks.
 */
import { createHash } from 'node:crypto'
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startMoto, type MotoServer } from '../../scripts/lib/moto.js'
import { seedDemoEstate, DEMO_REGIONS } from '../../scripts/lib/seed-demo.js'
import { FRAMEWORKS } from '../../src/frameworks/index.js'
import type { Framework } from '../../src/frameworks/types.js'
import type { Report, ReportFinding } from '../../src/report/model.js'
import { REPORT_FORMATS } from '../../src/report/render-input.js'
import { asffValidators, ocsfEventValidator, sarifValidator, schemaErrors } from '../../src/report/formats/schema-testing.js'
import { runPosture } from '../support/cli.js'

const dir = mkdtempSync(join(tmpdir(), 'posture-compliance-it-'))
const DB = join(dir, 'posture.db')
const CONFIG = join(dir, 'posture.yaml')
writeFileSync(CONFIG, '')
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const ENV: NodeJS.ProcessEnv = {
  AWS_ACCESS_KEY_ID: 'testing',
  AWS_SECRET_ACCESS_KEY: 'testing',
  AWS_REGION: 'us-east-1',
  AWS_PROFILE: '',
  POSTURE_CONFIG: CONFIG,
  POSTURE_DATABASE_URL: '',
}
const cli = (...args: string[]) => runPosture([...args, '--database', DB], ENV)

/** The hand calculation, written independently of src/compliance: verdict per requirement, then passed / (passed + failed). */
function handScore(fw: Framework, findings: readonly ReportFinding[]) {
  const verdicts = fw.requirements.map((r) => {
    if (r.manual) return 'manual'
    if (r.checks.length === 0) return 'unmapped'
    const mine = findings.filter((f) => r.checks.includes(f.checkId) && !f.muted)
    if (mine.some((f) => f.status === 'fail')) return 'fail'
    if (mine.some((f) => f.status === 'error')) return 'undetermined'
    return mine.length > 0 ? 'pass' : 'no-data'
  })
  const count = (v: string) => verdicts.filter((x) => x === v).length
  const passed = count('pass')
  const failed = count('fail')
  return {
    passed,
    failed,
    undetermined: count('undetermined'),
    noData: count('no-data'),
    score: passed + failed === 0 ? null : Math.round((passed / (passed + failed)) * 1000) / 10,
    failing: fw.requirements.filter((_, i) => verdicts[i] === 'fail').map((r) => r.id),
  }
}

describe('compliance, reports and evidence from a stored scan (moto, SQLite)', () => {
  let moto: MotoServer
  let report: Report
  let firstScanId: string

  beforeAll(async () => {
    moto = await startMoto()
    await seedDemoEstate(moto.url)
    const json = join(dir, 'scan.json')
    const r = await cli('scan', 'aws', '--endpoint', moto.url, '--regions', DEMO_REGIONS.join(','), '--quiet', '--format', 'json', '--output', json)
    expect(r.code, r.stderr).toBe(0)
    report = JSON.parse(readFileSync(json, 'utf8')) as Report
    firstScanId = report.scan.id
  })
  afterAll(async () => moto?.stop())

  it.each(FRAMEWORKS.map((f) => ({ id: f.id, fw: f })))('compliance --framework $id matches the hand calculation', async ({ fw }) => {
    const expected = handScore(fw, report.findings)
    const r = await cli('compliance', '--framework', fw.id, '--format', 'json')
    expect(r.code, r.stderr).toBe(0)
    const out = JSON.parse(r.stdout) as { frameworks: { summary: Record<string, number | null>; requirements: { id: string; status: string }[] }[] }
    const got = out.frameworks[0]!
    expect(got.summary).toMatchObject({
      passed: expected.passed,
      failed: expected.failed,
      undetermined: expected.undetermined,
      noData: expected.noData,
      score: expected.score,
    })
    expect(got.requirements.filter((q) => q.status === 'fail').map((q) => q.id)).toEqual(expected.failing)
    const table = await cli('compliance', '--framework', fw.id)
    expect(table.stdout).toContain(
      `Score ${expected.score === null ? 'n/a' : `${expected.score.toFixed(1)}%`}: ${expected.passed} passed, ${expected.failed} failed`,
    )
  })

  it('the demo estate fails the CIS requirements it plants, e.g. root MFA and SSH from the Internet', async () => {
    const r = await cli('compliance', '--framework', 'cis-aws')
    expect(r.stdout).toMatch(/^ {2}2\.5 {2}Root user has MFA/m)
    expect(r.stdout).toMatch(/^ {2}6\.3 {2}/m)
    expect(r.stdout).toContain('FAIL  aws-iam-root-mfa-enabled  arn:aws:iam::123456789012:root')
  })

  it('the overview lists every framework and the posture score', async () => {
    const r = await cli('compliance')
    expect(r.code, r.stderr).toBe(0)
    for (const fw of FRAMEWORKS) expect(r.stdout).toMatch(new RegExp(`^${fw.id} `, 'm'))
    expect(r.stdout).toMatch(/Posture score \d+\.\d%/)
  })

  it('report --format json rebuilds the scan from the store: same findings and statuses, passes included', async () => {
    const r = await cli('report', '--format', 'json')
    expect(r.code, r.stderr).toBe(0)
    const stored = JSON.parse(r.stdout) as Report
    const key = (f: ReportFinding) => `${f.checkId} ${f.resource.uid} ${f.status} ${f.message}`
    expect(stored.findings.map(key).sort()).toEqual(report.findings.map(key).sort())
    expect(stored.summary).toEqual(report.summary)
    expect(stored.errors).toEqual(report.errors)
    expect(stored.findings.find((f) => f.status === 'fail')!.remediation.steps.length).toBeGreaterThan(0)
  })

  it('report writes every format; SARIF, OCSF and ASFF validate against their official schemas', async () => {
    for (const format of REPORT_FORMATS) {
      const file = join(dir, `report.${format}`)
      const r = await cli('report', '--format', format, '--output', file)
      expect(r.code, `${format}: ${r.stderr}`).toBe(0)
      expect(readFileSync(file, 'utf8').length, format).toBeGreaterThan(100)
    }
    const sarif = sarifValidator()
    expect(sarif(JSON.parse(readFileSync(join(dir, 'report.sarif'), 'utf8'))), schemaErrors(sarif.errors)).toBe(true)
    const ocsf = ocsfEventValidator()
    for (const event of JSON.parse(readFileSync(join(dir, 'report.ocsf'), 'utf8')) as unknown[])
      expect(ocsf(event), schemaErrors(ocsf.errors)).toBe(true)
    const asff = JSON.parse(readFileSync(join(dir, 'report.asff'), 'utf8')) as unknown[]
    const batch = asffValidators().request
    for (let i = 0; i < asff.length; i += 100) expect(batch({ Findings: asff.slice(i, i + 100) }), schemaErrors(batch.errors)).toBe(true)
    const csv = readFileSync(join(dir, 'report.csv'), 'utf8')
    expect(csv.trimEnd().split('\r\n')).toHaveLength(report.findings.length + 1)
    const junit = readFileSync(join(dir, 'report.junit'), 'utf8')
    expect(junit).toContain(`failures="${report.summary.byStatus.fail}"`)
  })

  it('compliance --evidence writes a complete bundle whose manifest digests are true; it never overwrites', async () => {
    const bundle = join(dir, 'evidence-pci')
    const r = await cli('compliance', '--framework', 'pci-dss', '--evidence', bundle)
    expect(r.code, r.stderr).toBe(0)
    expect(readdirSync(bundle).sort()).toEqual(
      ['README.md', 'checks.json', 'compliance.json', 'evidence.csv', 'manifest.json', 'report.html', 'report.json', 'requirements.csv'].sort(),
    )
    const manifest = JSON.parse(readFileSync(join(bundle, 'manifest.json'), 'utf8')) as { scanId: string; files: { name: string; sha256: string }[] }
    expect(manifest.scanId).toBe(firstScanId)
    for (const f of manifest.files)
      expect(
        createHash('sha256')
          .update(readFileSync(join(bundle, f.name)))
          .digest('hex'),
        f.name,
      ).toBe(f.sha256)
    const evidence = readFileSync(join(bundle, 'evidence.csv'), 'utf8')
    expect(evidence).toContain('aws-iam-root-mfa-enabled')
    const again = await cli('compliance', '--framework', 'pci-dss', '--evidence', bundle)
    expect(again.code).toBe(2)
    expect(again.stderr).toContain('is not empty')
  })

  it('scan --framework runs only the checks the framework maps, prints its score, and scores trend across scans', async () => {
    const json = join(dir, 'cis.json')
    const r = await cli(
      'scan',
      'aws',
      '--endpoint',
      moto.url,
      '--regions',
      DEMO_REGIONS.join(','),
      '--quiet',
      '--framework',
      'cis-aws',
      '--json',
      json,
    )
    expect(r.code, r.stderr).toBe(0)
    const cis = FRAMEWORKS.find((f) => f.id === 'cis-aws')!
    const mapped = new Set(cis.requirements.flatMap((q) => q.checks))
    const ran = (JSON.parse(readFileSync(json, 'utf8')) as Report).findings.map((f) => f.checkId)
    expect(ran.length).toBeGreaterThan(0)
    expect(ran.filter((id) => !mapped.has(id))).toEqual([])
    expect(r.stdout).toMatch(/CIS Amazon Web Services Foundations Benchmark 7\.0\.0: \d+\.\d% \(/)
    const trend = await cli('compliance', '--trend', '--format', 'json')
    const points = (JSON.parse(trend.stdout) as { trend: { scanSeq: number; frameworks: Record<string, number | null> }[] }).trend
    expect(points.map((p) => p.scanSeq)).toEqual([1, 2])
    expect(Object.keys(points[1]!.frameworks)).toEqual(['cis-aws'])
    // The HTML report of a stored scan charts the same trend for leadership.
    const html = await cli('report', '--format', 'html')
    const table = /<table class="grid" id="score-trend">.*?<\/table>/s.exec(html.stdout)?.[0] ?? ''
    expect(table.match(/<tr><td>#\d+ /g)).toEqual(['<tr><td>#1 ', '<tr><td>#2 '])
    expect(html.stdout).toContain('id="chart-trend"')
  })

  it('a scan recorded before passes were kept: warned, its passes count as no data and its posture score is unknown', async () => {
    const old = join(dir, 'old.db')
    copyFileSync(DB, old)
    const db = new SQLite(old)
    db.prepare('update scans set results = null').run()
    db.prepare("delete from finding_history where status = 'pass'").run()
    db.close()
    const r = await runPosture(['compliance', '--scan', '1', '--database', old, '--format', 'json'], ENV)
    expect(r.code, r.stderr).toBe(0)
    expect(r.stderr).toContain('was recorded before Posture kept passing results')
    const out = JSON.parse(r.stdout) as {
      scan: { complete: boolean }
      posture: { score: number | null }
      frameworks: { summary: { passed: number } }[]
    }
    expect(out.scan.complete).toBe(false)
    expect(out.posture.score).toBeNull()
    expect(out.frameworks.map((f) => f.summary.passed)).toEqual(FRAMEWORKS.map(() => 0))
  })

  it('an unknown framework is one clear usage error', async () => {
    const r = await cli('compliance', '--framework', 'pci')
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('Unknown framework "pci"')
    expect(r.stderr).toContain('pci-dss')
  })
})
