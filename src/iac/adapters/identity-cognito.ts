/**
 * Cognito user pools and identity pools from code. Settings left out take Cognito's defaults for a new pool
 * (CreateUserPool / CreateIdentityPool): MFA off, no threat protection add-on, deletion protection inactive, the
 * default password policy (8 characters) and no guest access or classic flow unless enabled.
 */
import { isUnknown, type Maybe } from '../../core/unknown.js'
import { AWS, type CognitoIdentityPoolAttributes, type CognitoPasswordPolicy, type CognitoUserPoolAttributes } from '../../normalize/aws/types.js'
import type { AdaptedResource, Adapter, IacResource } from '../model.js'
import { AFTER_APPLY, firstBlock, nameOf } from './identity-common.js'
import { bool, cfnTags, num, obj, str, tfTags } from './values.js'

type Values = Readonly<Record<string, unknown>>

/**
 * The policy Cognito applies when none is given: 8 characters and every character class
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/managing-users-passwords.html).
 */
const DEFAULT_PASSWORD_POLICY: CognitoPasswordPolicy = {
  minimumLength: 8,
  requireUppercase: true,
  requireLowercase: true,
  requireNumbers: true,
  requireSymbols: true,
  passwordHistorySize: null,
  temporaryPasswordValidityDays: 7,
}

/** A written password policy; field names per language (snake_case or PascalCase). */
function passwordPolicyOf(p: Values | null, tf: boolean): Maybe<CognitoPasswordPolicy> {
  if (p === null) return DEFAULT_PASSWORD_POLICY
  const f = (snake: string, pascal: string) => p[tf ? snake : pascal]
  const fields = {
    minimumLength: num(f('minimum_length', 'MinimumLength'), 8),
    requireUppercase: bool(f('require_uppercase', 'RequireUppercase'), false),
    requireLowercase: bool(f('require_lowercase', 'RequireLowercase'), false),
    requireNumbers: bool(f('require_numbers', 'RequireNumbers'), false),
    requireSymbols: bool(f('require_symbols', 'RequireSymbols'), false),
    passwordHistorySize: num(f('password_history_size', 'PasswordHistorySize'), null),
    temporaryPasswordValidityDays: num(f('temporary_password_validity_days', 'TemporaryPasswordValidityDays'), 7),
  }
  const unknownField = Object.values(fields).find(isUnknown)
  return unknownField ?? (fields as CognitoPasswordPolicy)
}

function userPool(r: IacResource): AdaptedResource<CognitoUserPoolAttributes>[] {
  const v = r.values
  const tf = r.language === 'terraform'
  const name = nameOf(r, tf ? v.name : v.UserPoolName)
  const addOns = tf ? firstBlock(v.user_pool_add_ons) : obj(v.UserPoolAddOns)
  const mode = isUnknown(addOns) ? addOns : addOns ? str(tf ? addOns.advanced_security_mode : addOns.AdvancedSecurityMode, null) : null
  let passwordPolicy: CognitoUserPoolAttributes['passwordPolicy']
  if (tf) {
    const p = firstBlock(v.password_policy)
    passwordPolicy = isUnknown(p) ? p : passwordPolicyOf(p, true)
  } else {
    const policies = obj(v.Policies)
    const p = isUnknown(policies) ? policies : obj(policies?.PasswordPolicy)
    passwordPolicy = isUnknown(p) ? p : passwordPolicyOf(p, false)
  }
  const protection = str(tf ? v.deletion_protection : v.DeletionProtection, 'INACTIVE')
  const tier = str(tf ? v.user_pool_tier : v.UserPoolTier, null)
  const attributes: CognitoUserPoolAttributes = {
    userPoolId: AFTER_APPLY,
    userPoolName: name,
    mfaConfiguration: str(tf ? v.mfa_configuration : v.MfaConfiguration, 'OFF'),
    advancedSecurityMode: mode,
    passwordPolicy,
    deletionProtection: isUnknown(protection) ? protection : protection === 'ACTIVE',
    tier,
  }
  return [{ type: AWS.cognitoUserPool, name, tags: tf ? tfTags(v) : cfnTags(v, 'UserPoolTags'), attributes }]
}

function identityPool(r: IacResource): AdaptedResource<CognitoIdentityPoolAttributes>[] {
  const v = r.values
  const tf = r.language === 'terraform'
  const name = nameOf(r, tf ? v.identity_pool_name : v.IdentityPoolName)
  const attributes: CognitoIdentityPoolAttributes = {
    identityPoolId: AFTER_APPLY,
    identityPoolName: name,
    allowUnauthenticatedIdentities: bool(tf ? v.allow_unauthenticated_identities : v.AllowUnauthenticatedIdentities, false) as Maybe<boolean>,
    allowClassicFlow: bool(tf ? v.allow_classic_flow : v.AllowClassicFlow, false) as Maybe<boolean>,
  }
  return [{ type: AWS.cognitoIdentityPool, name, tags: tf ? tfTags(v) : cfnTags(v, 'IdentityPoolTags'), attributes }]
}

/** Cognito adapters (Terraform and CloudFormation). */
export const cognitoAdapters: Adapter[] = [
  { language: 'terraform', types: ['aws_cognito_user_pool'], produces: [AWS.cognitoUserPool], adapt: userPool },
  { language: 'terraform', types: ['aws_cognito_identity_pool'], produces: [AWS.cognitoIdentityPool], adapt: identityPool },
  { language: 'cloudformation', types: ['AWS::Cognito::UserPool'], produces: [AWS.cognitoUserPool], adapt: userPool },
  { language: 'cloudformation', types: ['AWS::Cognito::IdentityPool'], produces: [AWS.cognitoIdentityPool], adapt: identityPool },
]
