import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type PasswordPolicyAttributes } from '../../../normalize/aws/types.js'

const REMEMBERED = 24

/** Preventing the reuse of the last 24 passwords stops users from cycling back to a known or leaked password. */
export default defineCheck<PasswordPolicyAttributes>({
  id: 'aws-iam-password-policy-reuse-prevention',
  title: 'IAM password policy prevents reuse of the last 24 passwords',
  resourceType: AWS.iamPasswordPolicy,
  severity: 'medium',
  categories: ['identity'],
  rationale:
    'If users may reuse earlier passwords, a password that was exposed (and therefore changed) can come back into use and be exploited again.',
  remediation: {
    steps: [
      'Set the password policy to remember 24 previous passwords.',
      'UpdateAccountPasswordPolicy resets any setting left out to its default, so pass every setting you want to keep.',
    ],
    cli: 'aws iam update-account-password-policy --password-reuse-prevention 24 --minimum-password-length 14 --require-symbols --require-numbers --require-uppercase-characters --require-lowercase-characters --allow-users-to-change-password',
    terraform: 'resource "aws_iam_account_password_policy": set password_reuse_prevention = 24.',
    references: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
      'https://docs.aws.amazon.com/config/latest/developerguide/iam-password-policy.html',
      'https://www.cisecurity.org/benchmark/amazon_web_services',
    ],
  },
  evaluate(pp, result) {
    const policy = known(pp.attributes.policy, 'account password policy')
    if (policy === null) return result.fail(`Account ${pp.account} has no IAM password policy, so passwords may be reused.`)
    const n = policy.passwordReusePrevention
    if (n === null) return result.fail(`The password policy of account ${pp.account} does not prevent password reuse.`)
    return n >= REMEMBERED
      ? result.pass(`The password policy of account ${pp.account} remembers the last ${n} passwords.`)
      : result.fail(`The password policy of account ${pp.account} remembers only the last ${n} password(s).`)
  },
})
