/** Test fixtures for S3 checks: a bucket and the account-level public access block. */
import type { Resource } from '../../core/resource.js'
import type { Maybe } from '../../core/unknown.js'
import {
  AWS,
  settingUid,
  type AclGrant,
  type PolicyStatement,
  type PublicAccessBlock,
  type S3AccountPublicAccessBlockAttributes,
  type S3BucketAttributes,
} from '../../normalize/aws/types.js'
import { ALL_USERS_URI, AUTHENTICATED_USERS_URI } from './s3-access.js'
import { awsFixture } from './testing.js'

/** Canonical id of the bucket owner in fixtures. */
export const OWNER_ID = '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be'

/** Every public access block switch on. */
export const BLOCK_ALL: PublicAccessBlock = { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true }
/** Every public access block switch off (configured, but permissive). */
export const BLOCK_NONE: PublicAccessBlock = {
  blockPublicAcls: false,
  ignorePublicAcls: false,
  blockPublicPolicy: false,
  restrictPublicBuckets: false,
}

/** A grant to AllUsers (or AuthenticatedUsers with `authenticated`). */
export function groupGrant(permission: AclGrant['permission'], authenticated = false): AclGrant {
  return { granteeType: 'Group', grantee: authenticated ? AUTHENTICATED_USERS_URI : ALL_USERS_URI, permission }
}

/** The owner's FULL_CONTROL grant every bucket ACL carries. */
export const OWNER_GRANT: AclGrant = { granteeType: 'CanonicalUser', grantee: OWNER_ID, permission: 'FULL_CONTROL' }

/** A private, unconfigured bucket `example-data` (no policy, no bucket-level block, no logging); override any attribute. */
export function bucketFixture(attrs: Partial<S3BucketAttributes> = {}, name = 'example-data'): Resource<S3BucketAttributes> {
  const attributes: S3BucketAttributes = {
    bucketName: name,
    creationDate: '2025-03-04T10:00:00.000Z',
    acl: { ownerId: OWNER_ID, grants: [OWNER_GRANT] },
    policy: null,
    publicAccessBlock: null,
    encryption: { algorithm: 'AES256', kmsKeyId: null, bucketKeyEnabled: false },
    versioning: { status: 'Disabled', mfaDelete: false },
    logging: null,
    ownership: null,
    ...attrs,
  }
  return awsFixture<S3BucketAttributes>(AWS.s3Bucket, attributes, { uid: `arn:aws:s3:::${name}`, name })
}

/** The account-level public access block setting of the fixture account. */
export function accountBlockFixture(config: Maybe<PublicAccessBlock | null>): Resource<S3AccountPublicAccessBlockAttributes> {
  const uid = settingUid('111122223333', 'global', 's3-account-public-access-block')
  return awsFixture<S3AccountPublicAccessBlockAttributes>(AWS.s3AccountPublicAccessBlock, { config }, { uid, region: 'global', name: '111122223333' })
}

/** A bucket policy document made of `statements`. */
export function policyOf(...statements: PolicyStatement[]): { Version: string; Statement: PolicyStatement[] } {
  return { Version: '2012-10-17', Statement: statements }
}
