import type { Resource } from '../../core/resource.js'
import type { SecretsmanagerRaw } from '../../collect/aws/secretsmanager.js'
import { AWS, type SecretsManagerSecretAttributes } from './types.js'
import { awsResource, iso, maybePolicy, tagsOf, type NormalizeScope } from './helpers.js'

/** Secrets Manager secrets → aws.secretsmanager.secret (metadata only; a failed GetResourcePolicy leaves policy Unknown). */
export function normalizeSecretsmanager(raw: SecretsmanagerRaw, scope: NormalizeScope): Resource<SecretsManagerSecretAttributes>[] {
  return raw.secrets.map(({ secret, policy }) => {
    const name = secret.Name ?? secret.ARN ?? 'secret'
    const kmsKeyId = secret.KmsKeyId || null
    return awsResource<SecretsManagerSecretAttributes>({
      uid: secret.ARN ?? `arn:aws:secretsmanager:${scope.region}:${scope.account}:secret:${name}`,
      type: AWS.secretsmanagerSecret,
      account: scope.account,
      region: scope.region,
      name,
      tags: tagsOf(secret.Tags),
      relations: kmsKeyId ? [{ kind: 'uses-kms-key', target: kmsKeyId }] : [],
      attributes: {
        secretName: name,
        kmsKeyId,
        rotationEnabled: secret.RotationEnabled === true,
        rotationIntervalDays: secret.RotationRules?.AutomaticallyAfterDays ?? null,
        createdDate: iso(secret.CreatedDate),
        lastRotatedDate: iso(secret.LastRotatedDate),
        lastAccessedDate: iso(secret.LastAccessedDate),
        deletedDate: iso(secret.DeletedDate),
        owningService: secret.OwningService || null,
        policy: maybePolicy(policy, 'secretsmanager:GetResourcePolicy'),
      },
    })
  })
}
