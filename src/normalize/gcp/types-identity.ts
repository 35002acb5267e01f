/**
 * Google Cloud identity types: the project IAM policy, service accounts, Cloud Storage buckets and Cloud KMS keys.
 * Conventions as in types.ts: `null` = known absent, `Maybe<T>` = from a per-resource call that may fail, ISO dates.
 */
import type { Maybe } from '../../core/unknown.js'

/** Type ids of the identity group. */
export const GCP_IDENTITY_TYPES = {
  projectPolicy: 'gcp.iam.project-policy',
  serviceAccount: 'gcp.iam.service-account',
  bucket: 'gcp.storage.bucket',
  cryptoKey: 'gcp.kms.crypto-key',
} as const

/** An IAM Condition (CEL expression) attached to a binding. */
export interface GcpIamCondition {
  title: string
  expression: string
  description: string | null
}

/**
 * One role binding of an IAM policy. Members keep Google's syntax: `user:a@x.com`, `group:`, `serviceAccount:`,
 * `domain:`, `allUsers`, `allAuthenticatedUsers`, `principal://`, `principalSet://`, `deleted:user:...?uid=...`,
 * and on buckets `projectOwner:p` / `projectEditor:p` / `projectViewer:p`.
 */
export interface GcpIamBinding {
  role: string
  members: string[]
  /** The binding's condition, or null when it grants unconditionally. */
  condition: GcpIamCondition | null
}

/** An IAM policy's role bindings (resource-level policies: buckets, keys). */
export interface GcpIamPolicy {
  version: number
  bindings: GcpIamBinding[]
}

/** One log type of an audit config and the principals exempted from it. */
export interface GcpAuditLogConfig {
  /** ADMIN_READ, DATA_READ or DATA_WRITE. */
  logType: string
  exemptedMembers: string[]
}

/** Data Access audit logging settings for one service ('allServices' for every service). */
export interface GcpAuditConfig {
  service: string
  auditLogConfigs: GcpAuditLogConfig[]
}

/** gcp.iam.project-policy: the project's own IAM policy (inherited folder/organization bindings are not included). */
export interface GcpProjectPolicyAttributes {
  projectId: string
  /** Policy version returned (3 when conditional bindings may be present). */
  version: number
  bindings: GcpIamBinding[]
  auditConfigs: GcpAuditConfig[]
}

/** A service account key as keys.list returns it (no key material). */
export interface GcpServiceAccountKey {
  /** The key id (last segment of the key's resource name). */
  id: string
  /** USER_MANAGED or SYSTEM_MANAGED. */
  keyType: string
  /** GOOGLE_PROVIDED or USER_PROVIDED (uploaded public key). */
  keyOrigin: string | null
  /** When the key became valid (its creation time for generated keys). */
  validAfterTime: string | null
  /** When the key stops being valid; far in the future (9999-12-31) unless a key expiry policy applies. */
  validBeforeTime: string | null
  disabled: boolean
}

/** gcp.iam.service-account */
export interface GcpServiceAccountAttributes {
  email: string
  uniqueId: string
  displayName: string
  /** The project that owns the account. */
  projectId: string
  disabled: boolean
  /** The Compute Engine default service account `<project-number>-compute@developer.gserviceaccount.com`. */
  isComputeDefault: boolean
  /** The App Engine default service account `<project-id>@appspot.gserviceaccount.com`. */
  isAppEngineDefault: boolean
  /** User-managed keys (keys.list with keyTypes=USER_MANAGED). */
  userManagedKeys: Maybe<GcpServiceAccountKey[]>
}

/** A bucket or default object ACL entry (only meaningful while uniform bucket-level access is off). */
export interface GcpBucketAclEntry {
  /** e.g. allUsers, allAuthenticatedUsers, user-a@x.com, project-owners-123, domain-example.com */
  entity: string
  /** OWNER, WRITER or READER */
  role: string
}

/** gcp.storage.bucket */
export interface GcpBucketAttributes {
  bucketName: string
  /** As the API writes it: a region (US-EAST1), dual-region (NAM4) or multi-region (US, EU). */
  location: string
  /** region, dual-region or multi-region */
  locationType: string
  storageClass: string
  timeCreated: string | null
  /** iamConfiguration.uniformBucketLevelAccess.enabled: ACLs are disabled and only IAM grants access. */
  uniformBucketLevelAccess: boolean
  /** 'inherited' covers the legacy 'unspecified': the bucket follows the organization policy constraint. */
  publicAccessPrevention: 'enforced' | 'inherited'
  /** Object Versioning enabled. */
  versioning: boolean
  /** Bucket Lock retention policy; null when none. */
  retentionPolicy: { retentionPeriodSeconds: number; isLocked: boolean } | null
  /** Usage and storage logs delivery; null when off. */
  logging: { logBucket: string; logObjectPrefix: string } | null
  /** Default Cloud KMS key (projects/p/locations/l/keyRings/r/cryptoKeys/k) or null for Google-managed encryption. */
  defaultKmsKeyName: string | null
  /** Bucket ACL entries; [] while uniform bucket-level access disables ACLs. */
  acl: Maybe<GcpBucketAclEntry[]>
  /** Default object ACL entries applied to new objects; [] while uniform bucket-level access disables ACLs. */
  defaultObjectAcl: Maybe<GcpBucketAclEntry[]>
  /** The bucket's IAM policy (buckets.getIamPolicy, version 3). */
  iamPolicy: Maybe<GcpIamPolicy>
}

/** The primary version of a key (ENCRYPT_DECRYPT keys only). */
export interface GcpCryptoKeyVersion {
  name: string
  /** ENABLED, DISABLED, DESTROYED, DESTROY_SCHEDULED, PENDING_GENERATION, ... */
  state: string
  algorithm: string
  protectionLevel: string
  createTime: string | null
}

/** gcp.kms.crypto-key */
export interface GcpCryptoKeyAttributes {
  /** Full key name projects/p/locations/l/keyRings/r/cryptoKeys/k. */
  keyName: string
  keyRing: string
  /** ENCRYPT_DECRYPT, ASYMMETRIC_SIGN, ASYMMETRIC_DECRYPT, MAC, RAW_ENCRYPT_DECRYPT, KEY_ENCAPSULATION */
  purpose: string
  /** As the API writes it, e.g. '7776000s'; null when automatic rotation is off. */
  rotationPeriod: string | null
  /** rotationPeriod in seconds; null when automatic rotation is off. */
  rotationPeriodSeconds: number | null
  nextRotationTime: string | null
  /** The primary version; null for keys without one (asymmetric and MAC keys). */
  primary: GcpCryptoKeyVersion | null
  /** versionTemplate.protectionLevel (SOFTWARE when omitted, the documented default). */
  protectionLevel: string
  createTime: string | null
  importOnly: boolean
  /** The key's IAM policy (cryptoKeys.getIamPolicy, version 3). */
  iamPolicy: Maybe<GcpIamPolicy>
}
