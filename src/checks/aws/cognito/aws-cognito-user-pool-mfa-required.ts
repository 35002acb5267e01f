import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type CognitoUserPoolAttributes } from '../../../normalize/aws/types.js'

/**
 * User pools should require MFA (MfaConfiguration ON). OPTIONAL fails too: users who never enrol a factor sign in with a
 * password alone. Medium rather than high: a stolen password exposes one application user, not the AWS account.
 */
export default defineCheck<CognitoUserPoolAttributes>({
  id: 'aws-cognito-user-pool-mfa-required',
  title: 'Cognito user pool requires multi-factor authentication for every user',
  resourceType: AWS.cognitoUserPool,
  severity: 'medium',
  categories: ['identity'],
  rationale:
    'Application users reuse passwords, so credential stuffing and phishing take over accounts of a pool that accepts a password alone. ' +
    'With MFA OFF nobody has a second factor; with OPTIONAL only users who chose to enrol do, and an attacker targets the others.',
  remediation: {
    steps: [
      'Enable at least one factor (TOTP software tokens, SMS or email) for the pool.',
      'Set MfaConfiguration to ON; users without a factor are asked to set one up at their next sign-in.',
    ],
    cli: 'aws cognito-idp set-user-pool-mfa-config --user-pool-id <pool-id> --software-token-mfa-configuration Enabled=true --mfa-configuration ON',
    terraform: 'aws_cognito_user_pool: mfa_configuration = "ON" with software_token_mfa_configuration { enabled = true }.',
    references: ['https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa.html'],
  },
  evaluate(pool, result) {
    const name = pool.attributes.userPoolName
    const mfa = known(pool.attributes.mfaConfiguration, `MFA configuration of user pool ${name}`)
    if (mfa === 'ON') return result.pass(`User pool ${name} requires MFA for every user.`)
    return mfa === 'OPTIONAL'
      ? result.fail(`User pool ${name} makes MFA optional, so users who did not enrol sign in with a password alone.`)
      : result.fail(`User pool ${name} has MFA turned off (MfaConfiguration ${mfa}).`)
  },
})
