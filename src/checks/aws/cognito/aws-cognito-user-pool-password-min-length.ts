import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type CognitoUserPoolAttributes } from '../../../normalize/aws/types.js'

/** The CIS AWS Foundations Benchmark asks IAM password policies for 14 characters; the same bar is applied to user pools. */
const MIN_LENGTH = 14

/** User pool password policies should require passwords of at least 14 characters. */
export default defineCheck<CognitoUserPoolAttributes>({
  id: 'aws-cognito-user-pool-password-min-length',
  title: 'Cognito user pool password policy requires at least 14 characters',
  resourceType: AWS.cognitoUserPool,
  severity: 'medium',
  categories: ['identity'],
  rationale:
    'Length is what makes passwords resist guessing and offline cracking (NIST SP 800-63B favours length over composition rules). ' +
    "Cognito's default of 8 characters, even with every character class, is within reach of online guessing at scale; 14 is the " +
    'bar the CIS AWS Foundations Benchmark sets for IAM users.',
  remediation: {
    steps: [
      'Set the pool password policy MinimumLength to 14 or more.',
      'Existing passwords stay valid; users meet the new rule at their next password change.',
    ],
    cli: 'aws cognito-idp update-user-pool --user-pool-id <pool-id> --policies "PasswordPolicy={MinimumLength=14,RequireUppercase=true,RequireLowercase=true,RequireNumbers=true,RequireSymbols=true}"',
    terraform: 'aws_cognito_user_pool: password_policy { minimum_length = 14 }.',
    references: ['https://docs.aws.amazon.com/cognito/latest/developerguide/managing-users-passwords.html'],
  },
  evaluate(pool, result) {
    const name = pool.attributes.userPoolName
    const policy = known(pool.attributes.passwordPolicy, `password policy of user pool ${name}`)
    if (!policy) return result.fail(`User pool ${name} reports no password policy.`)
    return policy.minimumLength >= MIN_LENGTH
      ? result.pass(`User pool ${name} requires passwords of at least ${policy.minimumLength} characters.`)
      : result.fail(`User pool ${name} accepts passwords of ${policy.minimumLength} characters (at least ${MIN_LENGTH} expected).`)
  },
})
