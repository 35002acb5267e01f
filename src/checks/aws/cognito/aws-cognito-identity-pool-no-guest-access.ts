import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type CognitoIdentityPoolAttributes } from '../../../normalize/aws/types.js'

/** Identity pools should not hand out AWS credentials to unauthenticated (guest) identities. */
export default defineCheck<CognitoIdentityPoolAttributes>({
  id: 'aws-cognito-identity-pool-no-guest-access',
  title: 'Cognito identity pool does not issue AWS credentials to unauthenticated identities',
  resourceType: AWS.cognitoIdentityPool,
  severity: 'high',
  categories: ['data-exposure', 'identity'],
  rationale:
    'With unauthenticated identities allowed, anyone who knows the pool id (it ships inside the web or mobile app) can call GetId and ' +
    'GetCredentialsForIdentity and receive temporary AWS credentials for the guest role, with no sign-in. Whatever that role may ' +
    'read or write is open to the internet; a permission added to it later silently widens the exposure.',
  remediation: {
    steps: [
      'If guests do not need AWS access, set AllowUnauthenticatedIdentities to false.',
      'If they do, keep the guest role to the few actions and resources the app needs and review it as a public interface.',
    ],
    cli: 'aws cognito-identity update-identity-pool --identity-pool-id <pool-id> --identity-pool-name <name> --no-allow-unauthenticated-identities',
    terraform: 'aws_cognito_identity_pool: allow_unauthenticated_identities = false.',
    references: [
      'https://docs.aws.amazon.com/cognito/latest/developerguide/identity-pools.html',
      'https://docs.aws.amazon.com/cognito/latest/developerguide/iam-roles.html',
    ],
  },
  evaluate(pool, result) {
    const name = pool.attributes.identityPoolName
    return known(pool.attributes.allowUnauthenticatedIdentities, `guest access setting of identity pool ${name}`)
      ? result.fail(`Identity pool ${name} allows unauthenticated identities: anyone with the pool id can get AWS credentials for its guest role.`)
      : result.pass(`Identity pool ${name} issues credentials only to authenticated identities.`)
  },
})
