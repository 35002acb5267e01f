/**
 * Missing permissions must never look compliant: with AccessDenied injected (through the fault proxy) for
 * s3:GetBucketPolicy, ec2:DescribeFlowLogs and iam:ListUsers, the dependent checks answer ERROR, the scan's
 * errors name (service, region, api, reason), and checks that need none of those calls still decide.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startMoto, type MotoServer } from '../../scripts/lib/moto.js'
import { seedDemoEstate, manifestMismatches, DEMO_REGIONS, type DemoManifest } from '../../scripts/lib/seed-demo.js'
import { startFaultProxy, type FaultProxy, type FaultRule } from '../support/fault-proxy.js'
import { collectAws, type AwsCollection } from '../../src/scan/aws.js'
import { loadChecks } from '../../src/checks/registry.js'
import { evaluate } from '../../src/evaluate/engine.js'
import { Inventory } from '../../src/core/inventory.js'
import type { Finding } from '../../src/core/finding.js'
import { AWS } from '../../src/normalize/aws/types.js'

Object.assign(process.env, { AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing', AWS_REGION: 'us-east-1' })
delete process.env.AWS_PROFILE
delete process.env.AWS_SESSION_TOKEN

const DENY: FaultRule[] = [
  // GET ?policy only: PutBucketPolicy is not a read, and ?policyStatus is a different subresource.
  { service: 's3', s3Subresource: 'policy', method: 'GET', status: 403, code: 'AccessDenied', message: 'Access Denied' },
  // EC2 says UnauthorizedOperation where other services say AccessDenied.
  {
    service: 'ec2',
    action: 'DescribeFlowLogs',
    status: 403,
    code: 'UnauthorizedOperation',
    message: 'You are not authorized to perform this operation.',
  },
  { service: 'iam', action: 'ListUsers', status: 403, code: 'AccessDenied', message: 'User is not authorized to perform: iam:ListUsers' },
]

/** Checks whose verdict needs one of the denied calls, with the resource type they read. */
const DEPENDENT = [
  { checkId: 'aws-s3-bucket-policy-no-public-read', type: AWS.s3Bucket },
  { checkId: 'aws-s3-bucket-tls-only-policy', type: AWS.s3Bucket },
  { checkId: 'aws-vpc-flow-logs-enabled', type: AWS.ec2Vpc },
  { checkId: 'aws-iam-user-console-mfa-enabled', type: AWS.iamUser },
  { checkId: 'aws-iam-user-single-active-access-key', type: AWS.iamUser },
]

/** Checks that use none of the denied calls: their manifest expectations must still hold. */
const UNRELATED = [
  'aws-ec2-sg-no-ssh-from-internet',
  'aws-s3-bucket-versioning-enabled',
  'aws-s3-bucket-acl-no-public-read',
  'aws-iam-role-trust-no-public-principal',
  'aws-kms-key-rotation-enabled',
  'aws-rds-instance-not-public',
]

describe('AccessDenied on some APIs (fault proxy in front of moto)', () => {
  let moto: MotoServer
  let proxy: FaultProxy
  let manifest: DemoManifest
  let collection: AwsCollection
  let findings: Finding[]

  beforeAll(async () => {
    moto = await startMoto()
    manifest = await seedDemoEstate(moto.url)
    proxy = await startFaultProxy(moto.url, DENY)
    collection = await collectAws({ endpoint: proxy.url, regions: [...DEMO_REGIONS], retryBaseMs: 5 })
    findings = evaluate(await loadChecks(), new Inventory(collection.resources, collection.errors))
  })
  afterAll(async () => {
    await proxy?.close()
    await moto?.stop()
  })

  it('the proxy answered every targeted call with the error and forwarded the rest', () => {
    const [policy, flowLogs, users] = proxy.matchedByRule
    expect(policy, 'GetBucketPolicy: one per bucket').toBeGreaterThanOrEqual(8)
    expect(flowLogs, 'DescribeFlowLogs: at least once per region').toBeGreaterThanOrEqual(DEMO_REGIONS.length)
    expect(users, 'ListUsers').toBeGreaterThanOrEqual(1)
    expect(proxy.forwarded).toBeGreaterThan(50)
  })

  it.each([
    // S3 collects globally but records per-bucket calls against the bucket: any region.
    { service: 's3', api: 'GetBucketPolicy', region: undefined, perResource: true },
    { service: 'ec2', api: 'DescribeFlowLogs', region: 'us-east-1', perResource: false },
    { service: 'ec2', api: 'DescribeFlowLogs', region: 'eu-west-1', perResource: false },
    { service: 'iam', api: 'ListUsers', region: 'global', perResource: false },
  ])('records $service:$api ($region) as a collection error with its reason', ({ service, api, region, perResource }) => {
    const hits = collection.errors.filter((e) => e.service === service && e.api === api && (region === undefined || e.region === region))
    expect(hits.length, JSON.stringify(collection.errors, null, 1)).toBeGreaterThan(0)
    for (const e of hits) expect(e.reason).toMatch(/AccessDenied|UnauthorizedOperation|not authorized/i)
    if (perResource) expect(hits.every((e) => e.resource)).toBe(true)
    if (api === 'ListUsers') expect(hits[0]!.resourceTypes).toContain(AWS.iamUser)
  })

  it.each(DEPENDENT)('$checkId yields ERROR, never PASS, where its data was denied', ({ checkId, type }) => {
    const mine = findings.filter((f) => f.checkId === checkId)
    expect(mine.length, `${checkId} has findings`).toBeGreaterThan(0)
    expect(mine.filter((f) => f.status === 'pass').map((f) => `${f.resource.uid}: ${f.message}`)).toEqual([])
    const errors = mine.filter((f) => f.status === 'error')
    expect(errors.length).toBeGreaterThan(0)
    expect(errors.every((f) => f.resource.type === type)).toBe(true)
  })

  it('every bucket and VPC has an ERROR for the policy and flow-log checks', () => {
    const verdict = (checkId: string, uid: string): string | undefined =>
      findings.find((f) => f.checkId === checkId && f.resource.uid === uid)?.status
    for (const b of collection.resources.filter((r) => r.type === AWS.s3Bucket)) {
      expect(verdict('aws-s3-bucket-policy-no-public-read', b.uid), b.uid).toBe('error')
    }
    for (const v of collection.resources.filter((r) => r.type === AWS.ec2Vpc)) {
      expect(verdict('aws-vpc-flow-logs-enabled', v.uid), v.uid).toBe('error')
    }
    expect(collection.resources.filter((r) => r.type === AWS.iamUser)).toEqual([])
  })

  it('checks that need none of the denied calls still decide as the manifest says', () => {
    const only = (list: DemoManifest['expectFail']): DemoManifest['expectFail'] => list.filter((e) => UNRELATED.includes(e.checkId))
    const subset = { ...manifest, expectFail: only(manifest.expectFail), expectNoFail: only(manifest.expectNoFail) }
    expect(subset.expectFail.length).toBeGreaterThanOrEqual(UNRELATED.length)
    expect(manifestMismatches(subset, findings)).toEqual([])
  })
})
