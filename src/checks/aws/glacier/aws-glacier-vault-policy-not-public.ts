import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type GlacierVaultAttributes } from '../../../normalize/aws/types.js'
import { resourcePolicyVerdict } from '../../_shared/resource-policy.js'

/** Glacier vault access policies must not grant access to every principal. */
export default defineCheck<GlacierVaultAttributes>({
  id: 'aws-glacier-vault-policy-not-public',
  title: 'S3 Glacier vault access policy does not allow access to any principal',
  resourceType: AWS.glacierVault,
  severity: 'critical',
  categories: ['data-exposure'],
  rationale:
    'A vault access policy statement that allows Principal "*" without a restricting condition lets any AWS account start retrieval ' +
    'jobs and download the archives (often long-term copies of sensitive records), or upload and delete archives in the vault.',
  remediation: {
    steps: [
      'Remove Principal "*" from Allow statements of the vault access policy, naming the accounts or roles that need access.',
      'Or limit the statement with a condition such as aws:PrincipalOrgID.',
    ],
    cli: 'aws glacier set-vault-access-policy --account-id - --vault-name <vault> --policy file://restricted-policy.json',
    terraform: 'aws_glacier_vault: access_policy without Principal "*" (or with a restricting condition).',
    references: ['https://docs.aws.amazon.com/amazonglacier/latest/dev/vault-access-policy.html'],
  },
  evaluate: (r, result, ctx) => resourcePolicyVerdict(r, `Glacier vault ${r.attributes.vaultName}`, result, ctx),
})
