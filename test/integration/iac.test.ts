/**
 * `posture iac` end to end through the real CLI on a mixed directory (test/fixtures/iac-mixed): Terraform with a
 * local module (count, dynamic blocks, tfvars), a remote module, a plan JSON, CloudFormation in YAML and JSON, and a
 * broken .tf and .yaml. Every output format carries the same findings at the same file and lines; SARIF validates
 * against the official OASIS schema and JSON against the report schema; the broken files are reported with line and
 * column while everything else is scanned; inline and suppression-file suppressions mute.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runPosture, type CliRun } from '../support/cli.js'
import { sarifValidator, schemaErrors } from '../../src/report/formats/schema-testing.js'
import type { IacReport } from '../../src/scan/iac.js'

const MIXED = 'test/fixtures/iac-mixed'
const dir = mkdtempSync(join(tmpdir(), 'posture-iac-'))
const noConfig = join(dir, 'none.yaml')
const run = (...args: string[]): Promise<CliRun> => runPosture(['iac', MIXED, ...args], { POSTURE_CONFIG: noConfig })

const SSH = 'aws-ec2-sg-no-ssh-from-internet'
const RDP = 'aws-ec2-sg-no-rdp-from-internet'
const VERSIONING = 'aws-s3-bucket-versioning-enabled'
const TLS = 'aws-s3-bucket-tls-only-policy'

interface SarifResult {
  ruleId: string
  kind: string
  level: string
  suppressions?: { kind: string; status: string; justification: string }[]
  locations: { physicalLocation?: { artifactLocation: { uri: string }; region?: { startLine: number; endLine?: number } } }[]
}

describe('posture iac on a mixed directory', () => {
  let json: IacReport
  let jsonRun: CliRun

  beforeAll(async () => {
    writeFileSync(noConfig, 'suppressions: []\n')
    jsonRun = await run('--format', 'json')
    json = JSON.parse(jsonRun.stdout) as IacReport
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('detects each file kind and reports broken files with line and column, scanning the rest (exit 4)', () => {
    expect(jsonRun.code).toBe(4)
    expect(json.iac.files).toEqual([
      { file: `${MIXED}/broken/bad.tf`, kind: 'terraform' },
      { file: `${MIXED}/broken/bad.yaml`, kind: 'cloudformation' },
      { file: `${MIXED}/cloudformation/network.yaml`, kind: 'cloudformation' },
      { file: `${MIXED}/cloudformation/queue.json`, kind: 'cloudformation' },
      { file: `${MIXED}/plan/tfplan.json`, kind: 'terraform-plan' },
      { file: `${MIXED}/terraform/main.tf`, kind: 'terraform' },
      { file: `${MIXED}/terraform/modules/web/main.tf`, kind: 'terraform' },
    ])
    const errors = json.iac.problems.filter((p) => p.severity === 'error').map((p) => `${p.file}:${p.line}`)
    // tree-sitter places the unterminated string's error where it stops making sense (line 7), not where it opens.
    expect(errors).toEqual([`${MIXED}/broken/bad.tf:7`, `${MIXED}/broken/bad.yaml:7`])
    expect(json.iac.problems.find((p) => p.severity === 'notice' && p.message.includes('terraform-aws-modules/vpc/aws'))).toMatchObject({
      file: `${MIXED}/terraform/main.tf`,
      line: 47,
    })
    // The intact resource of the broken file is scanned; the broken one is not guessed at.
    const addresses = new Set(json.findings.map((f) => f.location?.address))
    expect(addresses.has('aws_s3_bucket.fine')).toBe(true)
    expect(addresses.has('aws_s3_bucket.broken')).toBe(false)
    expect(jsonRun.stderr).toContain(`${MIXED}/broken/bad.tf:7:`)
  })

  it('validates against the report schema (1.2: locations and the iac section)', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true })
    addFormats.default(ajv)
    const validate = ajv.compile(JSON.parse(readFileSync('schema/report.schema.json', 'utf8')) as object)
    expect(validate(json), schemaErrors(validate.errors)).toBe(true)
  })

  it('evaluates modules with count, dynamic blocks and tfvars, and reports exact locations and addresses', () => {
    const at = (checkId: string) =>
      json.findings
        .filter((f) => f.checkId === checkId)
        .map((f) => [f.location?.file, f.location?.startLine, f.location?.endLine, f.location?.address, f.status])
    expect(at(SSH)).toEqual([
      [`${MIXED}/terraform/modules/web/main.tf`, 13, 34, 'module.web.aws_security_group.web[0]', 'fail'],
      [`${MIXED}/cloudformation/network.yaml`, 8, 16, 'RdpGroup', 'pass'],
      [`${MIXED}/terraform/modules/web/main.tf`, 13, 34, 'module.web.aws_security_group.web[1]', 'pass'],
    ])
    expect(at(RDP).filter(([, , , , status]) => status === 'fail')).toEqual([[`${MIXED}/cloudformation/network.yaml`, 8, 16, 'RdpGroup', 'fail']])
    // tfvars set environment = "prod", so the bucket names are known.
    expect(
      json.findings.find(
        (f) => f.location?.address === 'aws_s3_bucket.logs' && f.location.language === 'terraform' && f.location.file.endsWith('main.tf'),
      )?.resource.name,
    ).toBe('posture-prod-logs')
  })

  it('mutes inline suppressions in HCL and CloudFormation, and leaves them out of --fail-on', () => {
    const muted = json.findings.filter((f) => f.muted).map((f) => [f.checkId, f.location?.address, f.muted?.reason])
    expect(muted).toEqual([
      [VERSIONING, 'ScratchBucket', 'Scratch space, emptied nightly'],
      [VERSIONING, 'aws_s3_bucket.artifacts', 'Build artefacts are reproducible from source'],
    ])
    expect(json.summary.muted).toBe(2)
  })

  it('applies the suppression file to IaC uids', async () => {
    const config = join(dir, 'posture.yaml')
    writeFileSync(
      config,
      [
        'suppressions:',
        `  - checks: ${TLS}`,
        `    resources: 'tf:${MIXED}/terraform:aws_s3_bucket.*'`,
        '    reason: Buckets are reached through VPC endpoints only',
        '    owner: platform@example.com',
        '',
      ].join('\n'),
    )
    const r = await runPosture(['iac', MIXED, '--format', 'json', '--config', config], { POSTURE_CONFIG: noConfig })
    const report = JSON.parse(r.stdout) as IacReport
    const tls = report.findings.filter((f) => f.checkId === TLS && f.location?.file === `${MIXED}/terraform/main.tf`)
    expect(tls.length).toBe(2)
    expect(tls.every((f) => f.muted?.owner === 'platform@example.com')).toBe(true)
  })

  it('writes SARIF that validates against the OASIS schema, with rule help and regions at the resource blocks', async () => {
    const r = await run('--format', 'sarif')
    expect(r.code).toBe(4)
    const log = JSON.parse(r.stdout) as { runs: { tool: { driver: { rules: { id: string; help: { text: string } }[] } }; results: SarifResult[] }[] }
    const validate = sarifValidator()
    expect(validate(log), schemaErrors(validate.errors)).toBe(true)
    const [sarifRun] = log.runs
    const ssh = sarifRun!.results.find((x) => x.ruleId === SSH && x.kind === 'fail')!
    expect(ssh.level).toBe('error')
    expect(ssh.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: `${MIXED}/terraform/modules/web/main.tf` },
      region: { startLine: 13, endLine: 34 },
    })
    expect(sarifRun!.tool.driver.rules.find((rule) => rule.id === SSH)!.help.text).toMatch(/Remediation:/)
    const suppressed = sarifRun!.results.filter((x) => x.suppressions).map((x) => x.suppressions![0]!.justification)
    expect(suppressed.sort()).toEqual(['Build artefacts are reproducible from source', 'Scratch space, emptied nightly'])
    // Every result that has a file carries a line, except plan resources without their .tf sources.
    for (const x of sarifRun!.results) {
      const loc = x.locations[0]!.physicalLocation
      if (loc && !loc.artifactLocation.uri.endsWith('.json')) expect(loc.region?.startLine, loc.artifactLocation.uri).toBeGreaterThan(0)
    }
  })

  it('writes JUnit with file and line on each test case, and a table with file:lines (address)', async () => {
    const junit = await run('--format', 'junit')
    expect(junit.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/)
    expect(junit.stdout).toContain(`classname="${SSH}" name="tf:${MIXED}/terraform:module.web.aws_security_group.web[0]"`)
    expect(junit.stdout).toMatch(
      new RegExp(
        `name="tf:${MIXED}/terraform:module\\.web\\.aws_security_group\\.web\\[0\\]"[^>]*file="${MIXED}/terraform/modules/web/main\\.tf" line="13"`,
      ),
    )
    const table = await run()
    expect(table.code).toBe(4)
    expect(table.stdout).toContain(`at: ${MIXED}/terraform/modules/web/main.tf:13-34 (module.web.aws_security_group.web[0])`)
    expect(table.stdout).toContain(`${MIXED}/broken/bad.tf:7:`)
    expect(table.stdout).toContain('remote module source "terraform-aws-modules/vpc/aws" skipped')
  })

  it('exits 1 on --fail-on when an unmuted failure reaches the threshold, 2 on a missing path', async () => {
    expect((await run('--fail-on', 'high', '--quiet')).code).toBe(1)
    const missing = await runPosture(['iac', 'no/such/dir'], { POSTURE_CONFIG: noConfig })
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('Path not found: no/such/dir')
  })
})
