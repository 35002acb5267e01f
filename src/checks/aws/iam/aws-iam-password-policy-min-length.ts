import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type PasswordPolicyAttributes } from '../../../normalize/aws/types.js'

const MIN_LENGTH = 14

/** Long passwords resist guessing and cracking far better than complex short ones (CIS asks for 14). */
export default defineCheck<PasswordPolicyAttributes>({
  id: 'aws-iam-password-policy-min-length',
  title: 'IAM password policy requires at least 14 characters',
  resourceType: AWS.iamPasswordPolicy,
  severity: 'medium',
  categories: ['identity'],
  rationale:
    'Without a password policy IAM accepts 8-character passwords; every extra character multiplies the cost of brute-force and offline cracking of IAM user console passwords.',
  remediation: {
    steps: [
      'Set an account password policy with a minimum length of 14 or more.',
      'UpdateAccountPasswordPolicy resets any setting left out to its default, so pass every setting you want to keep.',
    ],
    cli: 'aws iam update-account-password-policy --minimum-password-length 14 --require-symbols --require-numbers --require-uppercase-characters --require-lowercase-characters --allow-users-to-change-password --password-reuse-prevention 24',
    terraform: 'resource "aws_iam_account_password_policy": set minimum_password_length = 14 (or more).',
    references: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
      'https://docs.aws.amazon.com/config/latest/developerguide/iam-password-policy.html',
      'https://www.cisecurity.org/benchmark/amazon_web_services',
    ],
  },
  evaluate(pp, result) {
    const policy = known(pp.attributes.policy, 'account password policy')
    if (policy === null) return result.fail(`Account ${pp.account} has no IAM password policy, so IAM's default minimum of 8 characters applies.`)
    return policy.minimumLength >= MIN_LENGTH
      ? result.pass(`The password policy of account ${pp.account} requires ${policy.minimumLength} characters.`)
      : result.fail(`The password policy of account ${pp.account} requires only ${policy.minimumLength} characters.`)
  },
})
