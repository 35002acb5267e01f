import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type SecretsManagerSecretAttributes } from '../../../normalize/aws/types.js'
import { crossAccountPolicyVerdict } from '../../_shared/cross-account.js'

/** Secrets Manager secret policy does not grant accounts outside the organization (organization members and accounts declared trusted are fine). */
export default defineCheck<SecretsManagerSecretAttributes>({
  id: 'aws-secretsmanager-secret-not-shared-outside-org',
  title: 'Secrets Manager secret policy does not grant accounts outside the organization',
  resourceType: AWS.secretsmanagerSecret,
  severity: 'high',
  categories: ['data-exposure'],
  rationale:
    "A secret's resource policy naming another account lets its principals read the secret value (given access to the key that encrypts it): a database password or API key then works for a party outside your control.",
  remediation: {
    steps: [
      "Remove statements granting principals of accounts outside your organization from the secret's resource policy.",
      'For deliberate partner access, list the account under trustedAccounts in the Posture configuration so it is reviewed once, not on every scan.',
    ],
    cli: 'aws secretsmanager put-resource-policy --secret-id <secret> --resource-policy file://policy.json --block-public-policy',
    terraform: 'aws_secretsmanager_secret_policy: policy = a document whose AWS principals are accounts of your organization.',
    references: [
      'https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_examples_cross.html',
      'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_introduction.html',
    ],
  },
  evaluate: (r, result, ctx) => crossAccountPolicyVerdict(r, `secret ${r.attributes.secretName}`, result, ctx),
})
