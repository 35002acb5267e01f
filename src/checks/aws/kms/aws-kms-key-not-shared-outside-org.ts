import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type KmsKeyAttributes } from '../../../normalize/aws/types.js'
import { crossAccountPolicyVerdict } from '../../_shared/cross-account.js'

/** KMS key policy does not grant accounts outside the organization (organization members and accounts declared trusted are fine). */
export default defineCheck<KmsKeyAttributes>({
  id: 'aws-kms-key-not-shared-outside-org',
  title: 'KMS key policy does not grant accounts outside the organization',
  resourceType: AWS.kmsKey,
  severity: 'high',
  categories: ['data-exposure'],
  rationale:
    "A key policy that names another account lets that account's principals (as far as their own IAM policies allow) use the key to decrypt or encrypt data, or to grant further use. Every ciphertext under the key, in S3, EBS, RDS or Secrets Manager, is then readable by a party outside your organization.",
  remediation: {
    steps: [
      "Remove the other account's principals from the key policy, or replace them with accounts of your organization.",
      'For deliberate partner access, list the account under trustedAccounts in the Posture configuration so it is reviewed once, not on every scan.',
    ],
    cli: 'aws kms put-key-policy --key-id <key-id> --policy-name default --policy file://key-policy.json',
    terraform: 'aws_kms_key: policy = a document whose principals are accounts of your organization (or aws_kms_key_policy).',
    references: [
      'https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-modifying-external-accounts.html',
      'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_introduction.html',
    ],
  },
  applies: (r) => r.attributes.keyManager === 'CUSTOMER',
  evaluate: (r, result, ctx) => crossAccountPolicyVerdict(r, `key ${r.attributes.keyId}`, result, ctx),
})
