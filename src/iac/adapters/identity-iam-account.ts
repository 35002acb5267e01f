/**
 * Account-level IAM settings from code: the account password policy (Terraform only; CloudFormation has no resource
 * for it) and server certificates, whose expiry is read from the PEM body written in the code.
 */
import { X509Certificate } from 'node:crypto'
import { isUnknown, type Maybe } from '../../core/unknown.js'
import { AWS, AWS_IAM_SERVER_CERTIFICATE, type IamServerCertificateAttributes, type PasswordPolicyAttributes } from '../../normalize/aws/types.js'
import { notInCode, type AdaptedResource, type Adapter, type IacResource } from '../model.js'
import { nameOf } from './identity-common.js'
import { bool, num, unseen } from './values.js'

/**
 * aws_iam_account_password_policy. Arguments left out take UpdateAccountPasswordPolicy's defaults (length 6, no
 * character class, no reuse prevention, no expiry): https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateAccountPasswordPolicy.html
 * The absence of the resource says nothing (the policy may be managed elsewhere), so nothing is produced then.
 */
function passwordPolicy(r: IacResource): AdaptedResource<PasswordPolicyAttributes>[] {
  const v = r.values
  const fields = {
    minimumLength: num(v.minimum_password_length, 6),
    requireSymbols: bool(v.require_symbols, false),
    requireNumbers: bool(v.require_numbers, false),
    requireUppercase: bool(v.require_uppercase_characters, false),
    requireLowercase: bool(v.require_lowercase_characters, false),
    // The provider's default for this argument (the API's own default is false); no check reads it.
    allowUsersToChangePassword: bool(v.allow_users_to_change_password, true),
    maxPasswordAge: num(v.max_password_age, null),
    passwordReusePrevention: num(v.password_reuse_prevention, null),
    hardExpiry: bool(v.hard_expiry, false),
  }
  const unknownField = Object.values(fields).find(isUnknown)
  const policy: PasswordPolicyAttributes['policy'] = unknownField
    ? unknownField
    : ({
        ...fields,
        // 0 means "never expires" / "no reuse prevention", as GetAccountPasswordPolicy reports by leaving them out.
        maxPasswordAge: fields.maxPasswordAge === 0 ? null : fields.maxPasswordAge,
        passwordReusePrevention: fields.passwordReusePrevention === 0 ? null : fields.passwordReusePrevention,
      } as Exclude<PasswordPolicyAttributes['policy'], null | { $unknown: string }>)
  return [{ type: AWS.iamPasswordPolicy, name: 'iam-password-policy', attributes: { policy } }]
}

/** The expiry (ISO-8601) of a PEM certificate written in the code; Unknown when the body is not a literal certificate. */
function expiryOf(body: unknown): Maybe<string> {
  if (typeof body !== 'string') return notInCode('certificate body (not written literally in the code)')
  try {
    return new Date(new X509Certificate(body).validTo).toISOString()
  } catch {
    return notInCode('certificate expiry (the body is not a PEM certificate)')
  }
}

/** aws_iam_server_certificate / AWS::IAM::ServerCertificate. */
function serverCertificate(r: IacResource): AdaptedResource<IamServerCertificateAttributes>[] {
  const tf = r.language === 'terraform'
  const name = nameOf(r, tf ? r.values.name : r.values.ServerCertificateName)
  const expiry = expiryOf(tf ? r.values.certificate_body : r.values.CertificateBody)
  // expiration has no Unknown in its type: when code does not state it, reading it makes the check "not evaluated".
  const expiration = isUnknown(expiry) ? unseen<string>(expiry) : expiry
  const attributes: IamServerCertificateAttributes = { serverCertificateName: name, expiration, uploadDate: null }
  return [{ type: AWS_IAM_SERVER_CERTIFICATE, name, tags: {}, attributes }]
}

/** IAM account-setting adapters. */
export const iamAccountAdapters: Adapter[] = [
  { language: 'terraform', types: ['aws_iam_account_password_policy'], produces: [AWS.iamPasswordPolicy], adapt: passwordPolicy },
  { language: 'terraform', types: ['aws_iam_server_certificate'], produces: [AWS_IAM_SERVER_CERTIFICATE], adapt: serverCertificate },
  { language: 'cloudformation', types: ['AWS::IAM::ServerCertificate'], produces: [AWS_IAM_SERVER_CERTIFICATE], adapt: serverCertificate },
]
