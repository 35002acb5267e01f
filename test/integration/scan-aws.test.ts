/**
 * End to end against the emulator: seed the demo estate, collect it, run every check, and compare with the
 * estate's manifest (each misconfiguration found, each correctly configured twin not flagged). Also runs the
 * real CLI once and validates its JSON report against schema/report.schema.json.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runPosture, type CliRun } from '../support/cli.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { startMoto, PROJECT_ROOT, type MotoServer } from '../../scripts/lib/moto.js'
import { seedDemoEstate, manifestMismatches, DEMO_REGIONS, type DemoManifest } from '../../scripts/lib/seed-demo.js'
import { collectAws, type AwsCollection } from '../../src/scan/aws.js'
import { loadChecks } from '../../src/checks/registry.js'
import { evaluate } from '../../src/evaluate/engine.js'
import { Inventory } from '../../src/core/inventory.js'
import type { Finding } from '../../src/core/finding.js'

// The emulator accepts any static credentials; never let a developer's real ones (or profile) be picked up.
const EMULATOR_ENV = { AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing', AWS_REGION: 'us-east-1' }
Object.assign(process.env, EMULATOR_ENV)
delete process.env.AWS_PROFILE
delete process.env.AWS_SESSION_TOKEN

const SCHEMA = join(PROJECT_ROOT, 'schema', 'report.schema.json')
const STORE_HOME = mkdtempSync(join(tmpdir(), 'posture-scan-aws-'))
delete process.env.POSTURE_DATABASE_URL
afterAll(() => rmSync(STORE_HOME, { recursive: true, force: true }))

/** Runs the CLI as a child process; resolves with exit code and output (never rejects on a non-zero exit). */
function runCli(args: string[]): Promise<CliRun> {
  // POSTURE_HOME: the scan is recorded in a throw-away store, not in the developer's data directory.
  return runPosture(args, { ...EMULATOR_ENV, POSTURE_HOME: STORE_HOME })
}

describe('posture scan aws on the demo estate (moto)', () => {
  let moto: MotoServer
  let manifest: DemoManifest
  let collection: AwsCollection
  let findings: Finding[]

  beforeAll(async () => {
    moto = await startMoto()
    manifest = await seedDemoEstate(moto.url)
    collection = await collectAws({ endpoint: moto.url, regions: [...DEMO_REGIONS] })
    findings = evaluate(await loadChecks(), new Inventory(collection.resources, collection.errors))
  })
  afterAll(async () => {
    await moto?.stop()
  })

  it('seeds at least 30 resources over at least 6 services, with bad and good twins', () => {
    expect(manifest.created).toBeGreaterThanOrEqual(30)
    const services = new Set([...manifest.expectFail, ...manifest.expectNoFail].map((e) => e.checkId.split('-')[1]))
    expect(services.size).toBeGreaterThanOrEqual(6)
    expect(manifest.expectFail.length).toBeGreaterThan(20)
    expect(manifest.expectNoFail.length).toBeGreaterThan(20)
  })

  it('collects both regions and every seeded resource type', () => {
    expect(collection.regions).toEqual([...DEMO_REGIONS])
    const types = new Set(collection.resources.map((r) => r.type))
    for (const t of [
      'aws.iam.user',
      'aws.iam.role',
      'aws.s3.bucket',
      'aws.ec2.security-group',
      'aws.ec2.instance',
      'aws.cloudtrail.trail',
      'aws.kms.key',
      'aws.rds.db-instance',
      'aws.logs.log-group',
      'aws.cloudwatch.alarm',
      'aws.config.recorders',
    ]) {
      expect(types, `resource type ${t}`).toContain(t)
    }
    expect(collection.stats.apiCalls).toBeGreaterThan(0)
  })

  it('finds every seeded misconfiguration and flags none of the correctly configured twins', () => {
    expect(manifestMismatches(manifest, findings)).toEqual([])
  })

  it('reports no PASS for a resource type whose listing failed', () => {
    const gaps = collection.errors.filter((e) => !e.resource)
    const wrongPasses = gaps.flatMap((gap) =>
      findings
        .filter((f) => f.status === 'pass' && gap.resourceTypes.includes(f.resource.type))
        .filter((f) => gap.region === 'global' || f.resource.region === gap.region)
        .map((f) => `${f.checkId} passed on ${f.resource.uid} although ${gap.service}:${gap.api} failed in ${gap.region}`),
    )
    expect(wrongPasses).toEqual([])
  })

  it('the CLI prints a JSON report that matches schema/report.schema.json', async () => {
    const { code, stdout, stderr } = await runCli([
      'scan',
      'aws',
      '--endpoint',
      moto.url,
      '--regions',
      DEMO_REGIONS.join(','),
      '--format',
      'json',
      '--quiet',
    ])
    // 0 = done, 1 = failures at or above --fail-on; anything else is a crash or a usage error.
    expect([0, 1], stderr).toContain(code)
    const report = JSON.parse(stdout) as { findings: unknown[] }
    expect(report.findings.length).toBeGreaterThan(0)
    expect(existsSync(SCHEMA), SCHEMA).toBe(true)
    const ajv = new Ajv2020({ allErrors: true, strict: false })
    addFormats.default(ajv)
    const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')) as object)
    const valid = validate(report)
    expect(validate.errors ?? [], 'schema errors').toEqual([])
    expect(valid).toBe(true)
  })
})
