import type { Relation, Resource } from '../../core/resource.js'
import { unknown, type Maybe } from '../../core/unknown.js'
import { iso } from '../common.js'
import type { GcpBucketRaw, GcpBucketResourceRaw, GcpStorageRaw } from '../../collect/gcp/storage.js'
import { gcpName, gcpResource, type GcpNormalizeScope } from './helpers.js'
import { iamPolicyOf } from './iam.js'
import { GCP_IDENTITY_TYPES, type GcpBucketAclEntry, type GcpBucketAttributes } from './types-identity.js'

/** The full resource name of a bucket (buckets live under the `_` project in Cloud Asset Inventory names). */
export function bucketUid(name: string): string {
  return gcpName('storage', `projects/_/buckets/${name}`)
}

/**
 * ACL entries of a bucket listed with projection=full. With uniform bucket-level access on, ACLs are disabled and
 * the API leaves them out (https://cloud.google.com/storage/docs/uniform-bucket-level-access): []. With it off, a
 * missing list means the API did not show it, which is Unknown rather than "no entries".
 */
function aclOf(entries: { entity?: string | null; role?: string | null }[] | undefined, ubla: boolean, what: string): Maybe<GcpBucketAclEntry[]> {
  if (ubla) return []
  if (!entries) return unknown(`storage.buckets.list: ${what} not returned`)
  return entries.flatMap((e) => (e.entity && e.role ? [{ entity: e.entity, role: e.role }] : []))
}

/** Retention policy with the period as a number (the API writes int64 seconds as a string). */
function retentionOf(b: GcpBucketResourceRaw): GcpBucketAttributes['retentionPolicy'] {
  const r = b.retentionPolicy
  if (!r?.retentionPeriod) return null
  return { retentionPeriodSeconds: Number(r.retentionPeriod), isLocked: r.isLocked ?? false }
}

/** The bucket's typed attributes; only the IAM policy comes from a separate call. */
function bucketAttributes(raw: GcpBucketRaw): GcpBucketAttributes {
  const b = raw.bucket
  const iam = b.iamConfiguration
  // bucketPolicyOnly is the former name of uniform bucket-level access; both are returned, the new one first.
  const ubla = iam?.uniformBucketLevelAccess?.enabled ?? iam?.bucketPolicyOnly?.enabled ?? false
  return {
    bucketName: b.name ?? '',
    location: b.location ?? '',
    locationType: b.locationType ?? '',
    // STANDARD is the default storage class (https://cloud.google.com/storage/docs/storage-classes#standard).
    storageClass: b.storageClass ?? 'STANDARD',
    timeCreated: iso(b.timeCreated),
    uniformBucketLevelAccess: ubla,
    // 'unspecified' is the legacy spelling of 'inherited' (https://cloud.google.com/storage/docs/public-access-prevention).
    publicAccessPrevention: iam?.publicAccessPrevention === 'enforced' ? 'enforced' : 'inherited',
    versioning: b.versioning?.enabled ?? false,
    retentionPolicy: retentionOf(b),
    logging: b.logging?.logBucket ? { logBucket: b.logging.logBucket, logObjectPrefix: b.logging.logObjectPrefix ?? '' } : null,
    defaultKmsKeyName: b.encryption?.defaultKmsKeyName ?? null,
    acl: aclOf(b.acl, ubla, 'acl'),
    defaultObjectAcl: aclOf(b.defaultObjectAcl, ubla, 'defaultObjectAcl'),
    iamPolicy: raw.iamPolicy.ok ? iamPolicyOf(raw.iamPolicy.value) : unknown(`storage.buckets.getIamPolicy: ${raw.iamPolicy.reason}`),
  }
}

/** One bucket → gcp.storage.bucket, with 'encrypted-by' to its default KMS key. */
function bucketResource(raw: GcpBucketRaw, scope: GcpNormalizeScope): Resource<GcpBucketAttributes> {
  const attributes = bucketAttributes(raw)
  const relations: Relation[] = attributes.defaultKmsKeyName
    ? [{ kind: 'encrypted-by', target: gcpName('cloudkms', attributes.defaultKmsKeyName) }]
    : []
  return gcpResource<GcpBucketAttributes>({
    uid: bucketUid(attributes.bucketName),
    type: GCP_IDENTITY_TYPES.bucket,
    project: scope.project,
    name: attributes.bucketName,
    location: attributes.location,
    labels: raw.bucket.labels,
    attributes,
    relations,
  })
}

/** Cloud Storage raw data → gcp.storage.bucket. */
export function normalizeStorage(raw: GcpStorageRaw, scope: GcpNormalizeScope): Resource[] {
  return raw.buckets.map((b) => bucketResource(b, scope))
}
