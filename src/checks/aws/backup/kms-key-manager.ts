/** Who manages the KMS key a resource is encrypted with, from its key reference and the collected KMS keys. */
import type { Resource } from '../../../core/resource.js'
import { NotCollectedError } from '../../../core/unknown.js'
import type { CheckContext } from '../../../evaluate/define-check.js'
import { AWS, type KmsKeyAttributes } from '../../../normalize/aws/types.js'

const KEY_ARN = /^arn:aws[a-z-]*:kms:([a-z0-9-]+):(\d{12}):key\/(.+)$/

/**
 * 'AWS' or 'CUSTOMER' for the key `keyRef` (key id, key ARN, alias name or alias ARN) used by `r`; null means the
 * service's AWS managed default key. Throws NotCollectedError (→ ERROR) when a key of the account was not collected.
 */
export function kmsKeyManager(keyRef: string | null, r: Resource<unknown>, ctx: CheckContext): 'AWS' | 'CUSTOMER' {
  if (keyRef === null) return 'AWS'
  // Alias names beginning with aws/ are reserved for AWS managed keys (KMS developer guide, "Aliases in AWS KMS").
  const alias = /(?:^|:)alias\/(.+)$/.exec(keyRef)
  if (alias) return alias[1]!.startsWith('aws/') ? 'AWS' : 'CUSTOMER'
  const arn = KEY_ARN.exec(keyRef)
  const region = arn?.[1] ?? r.region
  const account = arn?.[2] ?? r.account
  const keyId = arn?.[3] ?? keyRef
  // AWS managed keys cannot be used from another account, so a key owned by another account is customer managed.
  if (account !== r.account) return 'CUSTOMER'
  const key = ctx.inventory.resources<KmsKeyAttributes>(AWS.kmsKey, { account, region }).find((k) => k.attributes.keyId === keyId || k.uid === keyRef)
  if (!key) throw new NotCollectedError(`KMS key ${keyRef} was not found among the keys collected in ${account}/${region}`)
  return key.attributes.keyManager
}
