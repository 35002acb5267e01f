import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type GlacierVaultAttributes } from '../../../normalize/aws/types.js'
import { crossAccountPolicyVerdict } from '../../_shared/cross-account.js'

/** Glacier vault access policy does not grant accounts outside the organization (organization members and accounts declared trusted are fine). */
export default defineCheck<GlacierVaultAttributes>({
  id: 'aws-glacier-vault-not-shared-outside-org',
  title: 'Glacier vault access policy does not grant accounts outside the organization',
  resourceType: AWS.glacierVault,
  severity: 'high',
  categories: ['data-exposure'],
  rationale:
    'A vault access policy naming another account lets its principals retrieve your archives, and with delete actions destroy records you keep for compliance.',
  remediation: {
    steps: [
      'Remove statements granting principals of accounts outside your organization from the vault access policy.',
      'For deliberate partner access, list the account under trustedAccounts in the Posture configuration so it is reviewed once, not on every scan.',
    ],
    cli: 'aws glacier set-vault-access-policy --account-id - --vault-name <vault> --policy file://policy.json',
    terraform: 'aws_glacier_vault: access_policy = a document whose AWS principals are accounts of your organization.',
    references: [
      'https://docs.aws.amazon.com/amazonglacier/latest/dev/vault-access-policy.html',
      'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_introduction.html',
    ],
  },
  evaluate: (r, result, ctx) => crossAccountPolicyVerdict(r, `Glacier vault ${r.attributes.vaultName}`, result, ctx),
})
