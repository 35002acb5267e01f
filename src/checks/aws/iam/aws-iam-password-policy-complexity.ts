import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type PasswordPolicyAttributes } from '../../../normalize/aws/types.js'

/** Requiring all four character classes widens the search space of short passwords and blocks dictionary-only ones. */
export default defineCheck<PasswordPolicyAttributes>({
  id: 'aws-iam-password-policy-complexity',
  title: 'IAM password policy requires uppercase, lowercase, numbers and symbols',
  resourceType: AWS.iamPasswordPolicy,
  severity: 'medium',
  categories: ['identity'],
  rationale:
    'Without character-class requirements users can pick single dictionary words, which fall to the first round of a password-spraying or cracking attempt.',
  remediation: {
    steps: [
      'Require uppercase letters, lowercase letters, numbers and symbols in the account password policy.',
      'UpdateAccountPasswordPolicy resets any setting left out to its default, so pass every setting you want to keep.',
    ],
    cli: 'aws iam update-account-password-policy --require-uppercase-characters --require-lowercase-characters --require-numbers --require-symbols --minimum-password-length 14 --password-reuse-prevention 24 --allow-users-to-change-password',
    terraform:
      'resource "aws_iam_account_password_policy": set require_uppercase_characters, require_lowercase_characters, require_numbers and require_symbols to true.',
    references: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
      'https://docs.aws.amazon.com/config/latest/developerguide/iam-password-policy.html',
    ],
  },
  evaluate(pp, result) {
    const policy = known(pp.attributes.policy, 'account password policy')
    if (policy === null) return result.fail(`Account ${pp.account} has no IAM password policy, so no character classes are required.`)
    const missing = [
      policy.requireUppercase ? null : 'uppercase letters',
      policy.requireLowercase ? null : 'lowercase letters',
      policy.requireNumbers ? null : 'numbers',
      policy.requireSymbols ? null : 'symbols',
    ].filter((m): m is string => m !== null)
    return missing.length === 0
      ? result.pass(`The password policy of account ${pp.account} requires uppercase, lowercase, numbers and symbols.`)
      : result.fail(`The password policy of account ${pp.account} does not require ${missing.join(', ')}.`)
  },
})
