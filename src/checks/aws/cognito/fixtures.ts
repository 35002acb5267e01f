/** Test fixtures for Cognito checks (not a check: the file name does not start with `aws-`). */
import { AWS, type CognitoIdentityPoolAttributes, type CognitoUserPoolAttributes } from '../../../normalize/aws/types.js'
import { awsFixture } from '../../_shared/testing.js'

/** A user pool configured as recommended, with overrides. */
export const userPool = (attrs: Partial<CognitoUserPoolAttributes> = {}) =>
  awsFixture<CognitoUserPoolAttributes>(AWS.cognitoUserPool, {
    userPoolId: 'us-east-1_AbCdEf123',
    userPoolName: 'customers',
    mfaConfiguration: 'ON',
    advancedSecurityMode: 'ENFORCED',
    passwordPolicy: {
      minimumLength: 14,
      requireUppercase: true,
      requireLowercase: true,
      requireNumbers: true,
      requireSymbols: true,
      passwordHistorySize: 5,
      temporaryPasswordValidityDays: 7,
    },
    deletionProtection: true,
    tier: 'PLUS',
    ...attrs,
  })

/** An identity pool configured as recommended, with overrides. */
export const identityPool = (attrs: Partial<CognitoIdentityPoolAttributes> = {}) =>
  awsFixture<CognitoIdentityPoolAttributes>(AWS.cognitoIdentityPool, {
    identityPoolId: 'us-east-1:11111111-2222-3333-4444-555555555555',
    identityPoolName: 'mobile',
    allowUnauthenticatedIdentities: false,
    allowClassicFlow: false,
    ...attrs,
  })
