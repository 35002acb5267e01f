/**
 * Throttling must be absorbed by retries with backoff, and counted: the fault proxy answers Throttling (EC2 Query)
 * and ThrottlingException (KMS JSON) for the first few requests. When throttling never stops, the call is
 * recorded as a collection error and the dependent check answers ERROR instead of PASS.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startMoto, type MotoServer } from '../../scripts/lib/moto.js'
import { seedDemoEstate, DEMO_REGIONS } from '../../scripts/lib/seed-demo.js'
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy.js'
import { collectAws } from '../../src/scan/aws.js'
import { loadChecks } from '../../src/checks/registry.js'
import { evaluate } from '../../src/evaluate/engine.js'
import { Inventory } from '../../src/core/inventory.js'
import { AWS } from '../../src/normalize/aws/types.js'

Object.assign(process.env, { AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing', AWS_REGION: 'us-east-1' })
delete process.env.AWS_PROFILE
delete process.env.AWS_SESSION_TOKEN

const THROTTLED = 3

describe('throttling (fault proxy in front of moto)', () => {
  let moto: MotoServer
  let proxy: FaultProxy

  beforeAll(async () => {
    moto = await startMoto()
    await seedDemoEstate(moto.url)
    proxy = await startFaultProxy(moto.url)
  })
  afterAll(async () => {
    await proxy?.close()
    await moto?.stop()
  })

  it.each([
    {
      name: 'EC2 DescribeSecurityGroups (Query, "Throttling")',
      service: 'ec2',
      action: 'DescribeSecurityGroups',
      code: 'Throttling',
      type: AWS.ec2SecurityGroup,
    },
    { name: 'KMS ListKeys (JSON, "ThrottlingException")', service: 'kms', action: 'ListKeys', code: 'ThrottlingException', type: AWS.kmsKey },
  ])('retries through $name and loses nothing', async ({ service, action, code, type }) => {
    proxy.setRules([])
    const baseline = await collectAws({ endpoint: proxy.url, regions: [...DEMO_REGIONS], services: [service], retryBaseMs: 5, maxAttempts: 5 })
    proxy.setRules([{ service, action, status: 400, code, times: THROTTLED }])
    const run = await collectAws({ endpoint: proxy.url, regions: [...DEMO_REGIONS], services: [service], retryBaseMs: 5, maxAttempts: 5 })

    expect(proxy.matchedByRule).toEqual([THROTTLED])
    expect(run.errors.filter((e) => e.api === action)).toEqual([])
    const uids = (c: typeof run): string[] =>
      c.resources
        .filter((r) => r.type === type)
        .map((r) => r.uid)
        .sort()
    expect(uids(run).length).toBeGreaterThan(0)
    expect(uids(run)).toEqual(uids(baseline))
    // Every HTTP attempt is counted, the throttled ones included.
    expect(run.stats.apiCalls).toBe(proxy.matched + proxy.forwarded)
    expect(run.stats.apiCalls).toBe(baseline.stats.apiCalls + THROTTLED)
  })

  it('records an error and answers ERROR when throttling never stops', async () => {
    const maxAttempts = 3
    proxy.setRules([{ service: 'kms', action: 'ListKeys', status: 400, code: 'ThrottlingException', message: 'Rate exceeded' }])
    const run = await collectAws({ endpoint: proxy.url, regions: [...DEMO_REGIONS], services: ['kms'], retryBaseMs: 5, maxAttempts })

    expect(proxy.matchedByRule).toEqual([DEMO_REGIONS.length * maxAttempts])
    for (const region of DEMO_REGIONS) {
      const errors = run.errors.filter((e) => e.service === 'kms' && e.api === 'ListKeys' && e.region === region)
      expect(errors, region).toHaveLength(1)
      expect(errors[0]!.reason).toMatch(/Throttl|Rate exceeded/)
      expect(errors[0]!.resourceTypes).toContain(AWS.kmsKey)
    }
    expect(run.resources.filter((r) => r.type === AWS.kmsKey)).toEqual([])

    const findings = evaluate(await loadChecks(), new Inventory(run.resources, run.errors)).filter(
      (f) => f.checkId === 'aws-kms-key-rotation-enabled',
    )
    expect(findings.map((f) => [f.resource.region, f.status]).sort()).toEqual(DEMO_REGIONS.map((r) => [r, 'error']).sort())
  })
})
