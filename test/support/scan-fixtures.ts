/**
 * Builders for the store suite: resources and findings in the Resource / ScanFinding shapes the scan pipeline hands
 * the store, and `recordScan`, which records one scan the way `posture scan` does (beginScan, then finishScan).
 */
import { randomUUID } from 'node:crypto'
import type { Severity, Status } from '../../src/core/finding.js'
import { fingerprint } from '../../src/core/fingerprint.js'
import { resourceRef, type CollectionError, type Resource } from '../../src/core/resource.js'
import type { FindingEvent, ScanFinding, ScanRecord, Store, Suppression } from '../../src/store/types.js'

/** The one account every fixture lives in. */
export const ACCOUNT = '123456789012'

/** A live AWS resource of `type` with the given attributes. */
export function resource(
  type: string,
  uid: string,
  region: string,
  attributes: Record<string, unknown>,
  tags: Record<string, string> = {},
): Resource {
  const name = uid.split(/[/:]/).pop() ?? uid
  return { uid, provider: 'aws', type, account: ACCOUNT, region, name, tags, attributes, relations: [], source: { kind: 'live' } }
}

/** A security group whose ingress allows these TCP ports from 0.0.0.0/0. */
export function securityGroup(id: string, openPorts: number[], region = 'us-east-1'): Resource {
  const ingress = openPorts.map((p) => ({ protocol: 'tcp', fromPort: p, toPort: p, cidrIpv4: '0.0.0.0/0' }))
  return resource('aws.ec2.security-group', `arn:aws:ec2:${region}:${ACCOUNT}:security-group/${id}`, region, { groupId: id, ingress })
}

/** An S3 bucket, public or blocked. */
export function bucket(name: string, isPublic: boolean, region = 'us-east-1'): Resource {
  return resource('aws.s3.bucket', `arn:aws:s3:::${name}`, region, {
    bucketName: name,
    publicAccessBlock: isPublic ? null : { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true },
  })
}

/** An EBS volume. */
export function volume(id: string, encrypted: boolean, region = 'us-east-1'): Resource {
  return resource('aws.ec2.volume', `arn:aws:ec2:${region}:${ACCOUNT}:volume/${id}`, region, { volumeId: id, encrypted })
}

/** An IAM user (global). */
export function iamUser(name: string, tags: Record<string, string> = {}): Resource {
  return resource('aws.iam.user', `arn:aws:iam::${ACCOUNT}:user/${name}`, 'global', { userName: name, mfaDevices: [] }, tags)
}

/** The verdict of `checkId` on `r`, muted by `mutedBy` when given. */
export function finding(checkId: string, r: Resource, status: Status, opts: { severity?: Severity; mutedBy?: Suppression } = {}): ScanFinding {
  const s = opts.mutedBy
  return {
    checkId,
    title: `${checkId} holds`,
    status,
    severity: opts.severity ?? 'high',
    resource: resourceRef(r),
    message: `${checkId} ${status} on ${r.name}`,
    remediation: { steps: ['Fix it.'], references: [] },
    compliance: [],
    fingerprint: fingerprint(checkId, r.uid),
    ...(s ? { muted: { suppressionId: s.id, reason: s.reason, owner: s.owner, expiresAt: s.expiresAt } } : {}),
  }
}

/** A suppression as `posture mute` would store it. */
export function suppression(id: string, checks: string, extra: Partial<Suppression> = {}): Suppression {
  return {
    id,
    checks,
    account: null,
    region: null,
    resources: null,
    tags: null,
    reason: 'Accepted risk: reviewed by the security team',
    owner: 'secops@example.com',
    expiresAt: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    source: 'cli',
    lastMatchedAt: null,
    matchCount: 0,
    ...extra,
  }
}

/** A type-level collection error: `type` could not be listed in `region`. */
export function listingFailed(type: string, region: string): CollectionError {
  return {
    provider: 'aws',
    account: ACCOUNT,
    service: type.split('.')[1] ?? 'ec2',
    region,
    api: 'Describe',
    reason: 'AccessDenied: not authorized',
    resourceTypes: [type],
  }
}

/** What one scan saw. */
export interface ScanInput {
  at: string
  resources: Resource[]
  findings: ScanFinding[]
  collectionErrors?: CollectionError[]
  regions?: string[]
}

/** Records one scan (beginScan + finishScan) and returns its record as stored and its lifecycle events. */
export async function recordScan(store: Store, input: ScanInput): Promise<{ scan: ScanRecord; events: FindingEvent[] }> {
  const regions = input.regions ?? ['us-east-1', 'eu-west-1']
  const begun = await store.beginScan({ id: randomUUID(), provider: 'aws', target: `aws:${ACCOUNT}`, startedAt: input.at, regions })
  const errors = input.collectionErrors ?? []
  // Finished one minute after it started: findScan({ at }) and lastSeenAt are told apart from startedAt.
  const finishedAt = new Date(Date.parse(input.at) + 60_000).toISOString()
  const events = await store.finishScan(
    begun.seq,
    {
      status: errors.length ? 'partial' : 'complete',
      finishedAt,
      accounts: [ACCOUNT],
      regions,
      stats: { apiCalls: 10, failedCalls: errors.length, durationMs: 60_000 },
      resources: input.resources,
      collectionErrors: errors,
      findings: input.findings,
    },
    { provider: 'aws', accounts: [ACCOUNT], regions },
  )
  const scan = await store.findScan({ seq: begun.seq })
  if (!scan) throw new Error(`scan ${begun.seq} vanished`)
  return { scan, events }
}
