import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type CognitoUserPoolAttributes } from '../../../normalize/aws/types.js'

/** User pools should have deletion protection on: deleting a pool destroys every user account for good. */
export default defineCheck<CognitoUserPoolAttributes>({
  id: 'aws-cognito-user-pool-deletion-protection',
  title: 'Cognito user pool has deletion protection enabled',
  resourceType: AWS.cognitoUserPool,
  severity: 'low',
  categories: ['resilience'],
  rationale:
    'Deleting a user pool removes all its users, groups and credentials with no backup or undo: every user must sign up again and ' +
    'the pool id changes. Deletion protection makes DeleteUserPool fail until someone deliberately turns it off.',
  remediation: {
    steps: ['Set DeletionProtection to ACTIVE on the user pool.'],
    cli: 'aws cognito-idp update-user-pool --user-pool-id <pool-id> --deletion-protection ACTIVE',
    terraform: 'aws_cognito_user_pool: deletion_protection = "ACTIVE".',
    references: ['https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-deletion-protection.html'],
  },
  evaluate(pool, result) {
    const name = pool.attributes.userPoolName
    return known(pool.attributes.deletionProtection, `deletion protection of user pool ${name}`)
      ? result.pass(`User pool ${name} has deletion protection enabled.`)
      : result.fail(`User pool ${name} has deletion protection off (DeleteUserPool would succeed at once).`)
  },
})
