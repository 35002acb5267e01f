/** Test fixtures for Google Cloud identity checks: project IAM policy, service accounts, buckets and KMS keys. */
import type { Resource } from '../../core/resource.js'
import {
  GCP_IDENTITY_TYPES,
  type GcpBucketAttributes,
  type GcpCryptoKeyAttributes,
  type GcpIamBinding,
  type GcpIamCondition,
  type GcpProjectPolicyAttributes,
  type GcpServiceAccountAttributes,
  type GcpServiceAccountKey,
} from '../../normalize/gcp/types-identity.js'
import { daysAgo, GCP_TEST_PROJECT, gcpFixture, TEST_NOW } from './testing.js'

/** Number of the fixture project. */
export const GCP_TEST_PROJECT_NUMBER = '123456789012'

/** A binding of `role` to `members`, optionally conditional. */
export function binding(role: string, members: string[], condition: GcpIamCondition | null = null): GcpIamBinding {
  return { role, members, condition }
}

/** A condition that limits a grant in time, as teams use for temporary access. */
export const EXPIRING: GcpIamCondition = {
  title: 'expires-2026',
  expression: 'request.time < timestamp("2026-12-31T00:00:00Z")',
  description: null,
}

/** The fixture project's IAM policy (an Owner group and full audit logging by default). */
export function projectPolicyFixture(attrs: Partial<GcpProjectPolicyAttributes> = {}): Resource<GcpProjectPolicyAttributes> {
  const attributes: GcpProjectPolicyAttributes = {
    projectId: GCP_TEST_PROJECT,
    version: 3,
    bindings: [binding('roles/resourcemanager.projectIamAdmin', ['group:platform-admins@example.com'])],
    auditConfigs: [
      {
        service: 'allServices',
        auditLogConfigs: ['ADMIN_READ', 'DATA_READ', 'DATA_WRITE'].map((logType) => ({ logType, exemptedMembers: [] })),
      },
    ],
    ...attrs,
  }
  const projectUid = `//cloudresourcemanager.googleapis.com/projects/${GCP_TEST_PROJECT}`
  return gcpFixture<GcpProjectPolicyAttributes>(GCP_IDENTITY_TYPES.projectPolicy, attributes, {
    uid: `${projectUid}/iamPolicy`,
    name: GCP_TEST_PROJECT,
    relations: [{ kind: 'policy-of', target: projectUid }],
  })
}

/** A user-managed key created `ageDays` before TEST_NOW, valid until 9999. */
export function saKey(ageDays: number, attrs: Partial<GcpServiceAccountKey> = {}): GcpServiceAccountKey {
  return {
    id: `key${ageDays}`,
    keyType: 'USER_MANAGED',
    keyOrigin: 'GOOGLE_PROVIDED',
    validAfterTime: daysAgo(ageDays),
    validBeforeTime: '9999-12-31T23:59:59Z',
    disabled: false,
    ...attrs,
  }
}

/** A key that expired `days` before TEST_NOW. */
export function expiredKey(ageDays: number, expiredDaysAgo: number): GcpServiceAccountKey {
  return saKey(ageDays, { id: `expired${ageDays}`, validBeforeTime: new Date(TEST_NOW.getTime() - expiredDaysAgo * 86_400_000).toISOString() })
}

/** A user-created service account `app@<project>.iam.gserviceaccount.com` without user-managed keys. */
export function serviceAccountFixture(attrs: Partial<GcpServiceAccountAttributes> = {}): Resource<GcpServiceAccountAttributes> {
  const email = attrs.email ?? `app@${GCP_TEST_PROJECT}.iam.gserviceaccount.com`
  const attributes: GcpServiceAccountAttributes = {
    email,
    uniqueId: '104563201949320876543',
    displayName: 'App',
    projectId: GCP_TEST_PROJECT,
    disabled: false,
    isComputeDefault: false,
    isAppEngineDefault: false,
    userManagedKeys: [],
    ...attrs,
  }
  return gcpFixture<GcpServiceAccountAttributes>(GCP_IDENTITY_TYPES.serviceAccount, attributes, {
    uid: `//iam.googleapis.com/projects/${GCP_TEST_PROJECT}/serviceAccounts/${email}`,
    name: email,
  })
}

/** A private bucket `example-data` with uniform access, enforced public access prevention and nothing else. */
export function gcsBucketFixture(attrs: Partial<GcpBucketAttributes> = {}, name = 'example-data'): Resource<GcpBucketAttributes> {
  const attributes: GcpBucketAttributes = {
    bucketName: name,
    location: 'US-EAST1',
    locationType: 'region',
    storageClass: 'STANDARD',
    timeCreated: '2025-03-04T10:00:00.000Z',
    uniformBucketLevelAccess: true,
    publicAccessPrevention: 'enforced',
    versioning: false,
    retentionPolicy: null,
    logging: null,
    defaultKmsKeyName: null,
    acl: [],
    defaultObjectAcl: [],
    iamPolicy: {
      version: 1,
      bindings: [
        binding('roles/storage.legacyBucketOwner', [`projectEditor:${GCP_TEST_PROJECT}`, `projectOwner:${GCP_TEST_PROJECT}`]),
        binding('roles/storage.legacyBucketReader', [`projectViewer:${GCP_TEST_PROJECT}`]),
      ],
    },
    ...attrs,
  }
  return gcpFixture<GcpBucketAttributes>(GCP_IDENTITY_TYPES.bucket, attributes, {
    uid: `//storage.googleapis.com/projects/_/buckets/${name}`,
    name,
    region: 'us-east1',
  })
}

/** Full name of the fixture key ring. */
export const KEY_RING = `projects/${GCP_TEST_PROJECT}/locations/us-east1/keyRings/app`

/** A symmetric key `data-key` rotating every 90 days, next rotation in 30 days, with a private IAM policy. */
export function cryptoKeyFixture(attrs: Partial<GcpCryptoKeyAttributes> = {}, name = 'data-key'): Resource<GcpCryptoKeyAttributes> {
  const keyName = `${KEY_RING}/cryptoKeys/${name}`
  const attributes: GcpCryptoKeyAttributes = {
    keyName,
    keyRing: KEY_RING,
    purpose: 'ENCRYPT_DECRYPT',
    rotationPeriod: '7776000s',
    rotationPeriodSeconds: 7_776_000,
    nextRotationTime: new Date(TEST_NOW.getTime() + 30 * 86_400_000).toISOString(),
    primary: {
      name: `${keyName}/cryptoKeyVersions/1`,
      state: 'ENABLED',
      algorithm: 'GOOGLE_SYMMETRIC_ENCRYPTION',
      protectionLevel: 'SOFTWARE',
      createTime: daysAgo(60),
    },
    protectionLevel: 'SOFTWARE',
    createTime: daysAgo(60),
    importOnly: false,
    iamPolicy: {
      version: 1,
      bindings: [binding('roles/cloudkms.cryptoKeyEncrypterDecrypter', ['serviceAccount:app@posture-test-project.iam.gserviceaccount.com'])],
    },
    ...attrs,
  }
  return gcpFixture<GcpCryptoKeyAttributes>(GCP_IDENTITY_TYPES.cryptoKey, attributes, {
    uid: `//cloudkms.googleapis.com/${keyName}`,
    name,
    region: 'us-east1',
  })
}
