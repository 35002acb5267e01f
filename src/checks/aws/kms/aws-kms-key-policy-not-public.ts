import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type KmsKeyAttributes } from '../../../normalize/aws/types.js'
import { resourcePolicyVerdict } from '../../_shared/resource-policy.js'

/** KMS key policies must not allow any principal (Principal "*" without a condition such as kms:CallerAccount). */
export default defineCheck<KmsKeyAttributes>({
  id: 'aws-kms-key-policy-not-public',
  title: 'KMS key policy does not allow access to any principal',
  resourceType: AWS.kmsKey,
  severity: 'critical',
  categories: ['data-exposure'],
  rationale:
    'A key policy statement that allows Principal "*" without a condition limiting the caller (kms:CallerAccount, aws:PrincipalOrgID, ' +
    'aws:SourceVpce, ...) lets any AWS account use the key: whoever obtains ciphertext protected by it can decrypt it, and anyone can ' +
    'encrypt data under your key or, with kms:CreateGrant, delegate that power further.',
  remediation: {
    steps: [
      'Replace Principal "*" in Allow statements of the key policy with the accounts and roles that use the key.',
      'Or keep the statement and add a condition limiting the caller, such as kms:CallerAccount with your account id or aws:PrincipalOrgID.',
    ],
    cli: 'aws kms put-key-policy --key-id <key-id> --policy-name default --policy file://key-policy.json',
    terraform: 'aws_kms_key: policy = a document without Principal "*" in Allow statements, or with a kms:CallerAccount condition.',
    references: [
      'https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-overview.html',
      'https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-caller-account',
    ],
  },
  applies: (r) => r.attributes.keyManager === 'CUSTOMER',
  evaluate: (r, result, ctx) => resourcePolicyVerdict(r, `key ${r.attributes.keyId}`, result, ctx),
})
