import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type CognitoIdentityPoolAttributes } from '../../../normalize/aws/types.js'

/** Identity pools should not allow the basic (classic) authflow. */
export default defineCheck<CognitoIdentityPoolAttributes>({
  id: 'aws-cognito-identity-pool-classic-flow-disabled',
  title: 'Cognito identity pool has the basic (classic) authentication flow disabled',
  resourceType: AWS.cognitoIdentityPool,
  severity: 'medium',
  categories: ['identity'],
  rationale:
    'In the basic flow the client takes an OpenID token from GetOpenIdToken and calls sts:AssumeRoleWithWebIdentity itself, for any role ' +
    'that trusts the pool. It skips the enhanced flow, where Cognito chooses the role from the pool settings and rules and applies a ' +
    'session policy that removes services unsuited to unauthenticated users.',
  remediation: {
    steps: [
      'Move clients to the enhanced flow (GetCredentialsForIdentity).',
      "Set AllowClassicFlow to false on the identity pool; UpdateIdentityPool also requires AllowUnauthenticatedIdentities, so pass the pool's current value.",
    ],
    cli: 'aws cognito-identity update-identity-pool --identity-pool-id <pool-id> --identity-pool-name <name> --no-allow-unauthenticated-identities --no-allow-classic-flow',
    terraform: 'aws_cognito_identity_pool: allow_classic_flow = false.',
    references: ['https://docs.aws.amazon.com/cognito/latest/developerguide/authentication-flow.html'],
  },
  evaluate(pool, result) {
    const name = pool.attributes.identityPoolName
    return known(pool.attributes.allowClassicFlow, `classic flow setting of identity pool ${name}`)
      ? result.fail(`Identity pool ${name} allows the basic (classic) authflow.`)
      : result.pass(`Identity pool ${name} allows only the enhanced authflow.`)
  },
})
