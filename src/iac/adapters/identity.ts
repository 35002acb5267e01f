import type { Adapter } from '../model.js'
import { cognitoAdapters } from './identity-cognito.js'
import { iamAccountAdapters } from './identity-iam-account.js'
import { iamAdapters } from './identity-iam.js'
import { integrationAdapters } from './identity-integration.js'
import { lambdaAdapters } from './identity-lambda.js'

/** Adapters of the identity group (see src/iac/adapters/index.ts). */
export const adapters: Adapter[] = [...iamAdapters, ...iamAccountAdapters, ...lambdaAdapters, ...cognitoAdapters, ...integrationAdapters]
