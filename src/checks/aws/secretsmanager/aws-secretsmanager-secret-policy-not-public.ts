import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type SecretsManagerSecretAttributes } from '../../../normalize/aws/types.js'
import { resourcePolicyVerdict } from '../../_shared/resource-policy.js'

/** A secret's resource policy must not let any principal read or change it. */
export default defineCheck<SecretsManagerSecretAttributes>({
  id: 'aws-secretsmanager-secret-policy-not-public',
  title: 'Secrets Manager secret policy does not allow access to any principal',
  resourceType: AWS.secretsmanagerSecret,
  severity: 'critical',
  categories: ['data-exposure'],
  rationale:
    'A secret policy statement that allows Principal "*" without a condition limiting who lets any AWS account call GetSecretValue on ' +
    'the secret (if the KMS key allows it) or replace its value and policy: the credential it holds is then effectively public.',
  remediation: {
    steps: [
      'Remove Principal "*" from Allow statements of the secret policy, naming the roles or accounts that need the secret instead.',
      'Or add a condition that limits who can use the statement, such as aws:PrincipalOrgID or aws:SourceVpce.',
      'Turn on Block Public Policy for the secret so that such a policy is rejected (put-resource-policy --block-public-policy).',
    ],
    cli: 'aws secretsmanager put-resource-policy --secret-id <secret-arn> --resource-policy file://restricted-policy.json --block-public-policy',
    terraform: 'aws_secretsmanager_secret_policy: replace principals { type = "*" } with named principals, and set block_public_policy = true.',
    references: ['https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_resource-policies.html'],
  },
  evaluate: (r, result, ctx) => resourcePolicyVerdict(r, `secret ${r.attributes.secretName}`, result, ctx),
})
