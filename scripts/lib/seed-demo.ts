/**
 * Seeds a realistic demo estate into an AWS emulator (moto): each common misconfiguration next to a correctly
 * configured twin, in two regions, and returns a manifest saying which check must fail on which resource and
 * which must not. The demo, the integration tests and the docs rely on it.
 */
import type { Finding } from '../../src/core/finding.js'
import { settingUid } from '../../src/normalize/aws/types.js'
import { seedIam } from './seed-demo-iam.js'
import { seedS3 } from './seed-demo-s3.js'
import { seedEc2 } from './seed-demo-ec2.js'
import { seedRds } from './seed-demo-rds.js'
import { seedLogging } from './seed-demo-logging.js'
import { seed as seedEdge } from './seed-demo-edge.js'
import { seed as seedCompute } from './seed-demo-compute.js'
import { seed as seedContainers } from './seed-demo-containers.js'
import { seed as seedManagement } from './seed-demo-management.js'
import { seed as seedDatastores } from './seed-demo-datastores.js'
import { seed as seedIdentity } from './seed-demo-identity.js'
import { seed as seedIntegration } from './seed-demo-integration.js'

import { DEMO_ACCOUNT, DEMO_REGIONS, DEMO_CREDENTIALS } from './demo-constants.js'
export { DEMO_ACCOUNT, DEMO_REGIONS, DEMO_CREDENTIALS }

/** One expectation: `checkId` evaluated on the resource `uid` (name and reason for humans). */
export interface Expectation {
  checkId: string
  uid: string
  name: string
  why: string
}

/** What the demo estate should produce: failures that must be found, and resources that must not fail. */
export interface DemoManifest {
  account: string
  regions: string[]
  /** Number of resources the seeding created (buckets, users, groups, keys, ...). */
  created: number
  expectFail: Expectation[]
  expectNoFail: Expectation[]
}

/** Shared state while seeding: the endpoint, SDK client config, and the manifest being built. */
export class SeedContext {
  readonly manifest: DemoManifest
  constructor(readonly endpoint: string) {
    this.manifest = { account: DEMO_ACCOUNT, regions: [...DEMO_REGIONS], created: 0, expectFail: [], expectNoFail: [] }
  }

  /** SDK v3 client config for a region (path-style S3, emulator endpoint, static credentials). */
  config(region: string): { region: string; endpoint: string; credentials: typeof DEMO_CREDENTIALS; forcePathStyle: true; maxAttempts: number } {
    return { region, endpoint: this.endpoint, credentials: DEMO_CREDENTIALS, forcePathStyle: true, maxAttempts: 3 }
  }

  /** Counts created resources (for the summary). */
  count(n = 1): void {
    this.manifest.created += n
  }

  /** Records that `checkId` must report FAIL on the resource. */
  fail(checkId: string, uid: string, name: string, why: string): void {
    this.manifest.expectFail.push({ checkId, uid, name, why })
  }

  /** Records that `checkId` must not report FAIL on the resource (its correctly configured twin). */
  ok(checkId: string, uid: string, name: string, why: string): void {
    this.manifest.expectNoFail.push({ checkId, uid, name, why })
  }

  /** Uid of the account resource (anchor of account-wide checks). */
  get accountUid(): string {
    return settingUid(DEMO_ACCOUNT, 'global', 'account')
  }
}

/**
 * Compares findings with the manifest: every expectFail must have exactly one 'fail' finding, every
 * expectNoFail exactly one finding that is not 'fail'. Returns one line per mismatch (empty = all as expected).
 */
export function manifestMismatches(
  manifest: DemoManifest,
  findings: readonly Pick<Finding, 'checkId' | 'status' | 'message' | 'resource'>[],
): string[] {
  const out: string[] = []
  const describe = (e: Expectation, got: readonly Pick<Finding, 'status' | 'message'>[]): string =>
    `${e.checkId} on ${e.name} (${e.why}; ${e.uid}): got ${got.length === 0 ? 'no finding' : got.map((g) => `${g.status} "${g.message}"`).join(', ')}`
  const of = (e: Expectation): Pick<Finding, 'status' | 'message'>[] => findings.filter((f) => f.checkId === e.checkId && f.resource.uid === e.uid)
  for (const e of manifest.expectFail) {
    const got = of(e)
    if (got.length !== 1 || got[0]!.status !== 'fail') out.push(`expected fail: ${describe(e, got)}`)
  }
  for (const e of manifest.expectNoFail) {
    const got = of(e)
    if (got.length !== 1 || got[0]!.status === 'fail') out.push(`expected no fail: ${describe(e, got)}`)
  }
  return out
}

/**
 * Seeds the demo estate at `endpoint` (an emptied moto server) and returns its manifest. Services are seeded
 * in parallel; inside one service, independent calls run in parallel too.
 */
export async function seedDemoEstate(endpoint: string): Promise<DemoManifest> {
  const ctx = new SeedContext(endpoint)
  // IAM first: CloudTrail needs a role for CloudWatch Logs delivery and EC2 an instance profile.
  const iam = await seedIam(ctx)
  const s3 = await seedS3(ctx)
  await Promise.all([seedEc2(ctx, iam), seedRds(ctx), seedLogging(ctx, { ...iam, ...s3 })])
  // The service groups of issue 3, each self-contained (scripts/seed-check.ts seeds and checks one of them alone).
  for (const part of [seedEdge, seedCompute, seedContainers, seedManagement, seedDatastores, seedIdentity, seedIntegration]) await part(ctx)
  return ctx.manifest
}
