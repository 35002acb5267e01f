import type { Resource } from '../../core/resource.js'
import type { KmsRaw } from '../../collect/aws/kms.js'
import { AWS, type KmsKeyAttributes } from './types.js'
import { awsResource, maybe, maybePolicy, type NormalizeScope } from './helpers.js'

/** KMS keys → aws.kms.key (pending-deletion and AWS-managed keys are kept; checks decide relevance). */
export function normalizeKms(raw: KmsRaw, scope: NormalizeScope): Resource<KmsKeyAttributes>[] {
  return raw.keys.map(({ metadata: m, rotation, policy }) =>
    awsResource<KmsKeyAttributes>({
      uid: m.Arn ?? `arn:aws:kms:${scope.region}:${scope.account}:key/${m.KeyId}`,
      type: AWS.kmsKey,
      account: scope.account,
      region: scope.region,
      name: m.KeyId ?? '',
      attributes: {
        keyId: m.KeyId ?? '',
        keyManager: m.KeyManager === 'AWS' ? 'AWS' : 'CUSTOMER',
        keyState: m.KeyState ?? 'Unknown',
        keySpec: m.KeySpec ?? 'SYMMETRIC_DEFAULT',
        keyUsage: m.KeyUsage ?? 'ENCRYPT_DECRYPT',
        origin: m.Origin ?? 'AWS_KMS',
        rotationEnabled: maybe(rotation, 'kms:GetKeyRotationStatus'),
        policy: maybePolicy(policy, 'kms:GetKeyPolicy'),
      },
    }),
  )
}
