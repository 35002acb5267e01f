import type { Resource } from '../../core/resource.js'
import { isUnknown, unknown, type Maybe, type Unknown } from '../../core/unknown.js'
import type { IamInstanceProfileRaw, IamPasswordPolicyRaw, IamRaw, IamServerCertificateRaw } from '../../collect/aws/iam.js'
import {
  AWS,
  AWS_IAM_SERVER_CERTIFICATE,
  settingUid,
  type IamInstanceProfileAttributes,
  type IamServerCertificateAttributes,
  type PasswordPolicyAttributes,
  type RootUserAttributes,
} from './types.js'
import { awsResource, iso, maybe, tagsOf, type NormalizeScope } from './helpers.js'
import { reportByArn, rootLastUsed } from './iam-report-values.js'
import { normalizeGroup, normalizePolicy, normalizeRole, normalizeUser } from './iam-principals.js'

/** Serial numbers AWS gives the root user's virtual MFA device (older consoles), per ListVirtualMFADevices. */
const ROOT_VIRTUAL_MFA_SUFFIX = ':mfa/root-account-mfa-device'

/** A 0/1 flag of GetAccountSummary's SummaryMap as a Maybe boolean. */
function summaryFlag(raw: IamRaw, key: string): Maybe<boolean> {
  const map = maybe(raw.accountSummary, 'iam:GetAccountSummary')
  if (isUnknown(map)) return map
  const v = map?.[key]
  return typeof v === 'number' ? v > 0 : unknown(`iam:GetAccountSummary: no ${key} in the summary`)
}

/** The root user: MFA and keys from GetAccountSummary, virtual MFA from ListVirtualMFADevices, use from the report. */
function normalizeRoot(raw: IamRaw, scope: NormalizeScope): Resource<RootUserAttributes> {
  const uid = `arn:aws:iam::${scope.account}:root`
  const mfaEnabled = summaryFlag(raw, 'AccountMFAEnabled')
  const devices = maybe(raw.virtualMfaDevices, 'iam:ListVirtualMFADevices')
  const rootDevice = isUnknown(devices) ? devices : devices.some((d) => d.SerialNumber?.endsWith(ROOT_VIRTUAL_MFA_SUFFIX) || d.User?.Arn === uid)
  return awsResource<RootUserAttributes>({
    uid,
    type: AWS.iamRootUser,
    account: scope.account,
    region: scope.region,
    name: 'root',
    attributes: {
      mfaEnabled,
      // No MFA at all means no virtual MFA either, whatever the device listing says.
      virtualMfa: mfaEnabled === false ? false : rootDevice,
      accessKeysPresent: summaryFlag(raw, 'AccountAccessKeysPresent'),
      lastUsed: rootLastUsed(raw.credentialReport),
    },
  })
}

/** The password policy in the contract's shape (https://docs.aws.amazon.com/IAM/latest/APIReference/API_PasswordPolicy.html). */
function passwordPolicy(p: IamPasswordPolicyRaw): Exclude<PasswordPolicyAttributes['policy'], Unknown | null> {
  return {
    // AWS always returns the length; 6 is the documented default of UpdateAccountPasswordPolicy.
    minimumLength: p.MinimumPasswordLength ?? 6,
    requireSymbols: p.RequireSymbols ?? false,
    requireNumbers: p.RequireNumbers ?? false,
    requireUppercase: p.RequireUppercaseCharacters ?? false,
    requireLowercase: p.RequireLowercaseCharacters ?? false,
    allowUsersToChangePassword: p.AllowUsersToChangePassword ?? false,
    maxPasswordAge: p.ExpirePasswords === false ? null : (p.MaxPasswordAge ?? null),
    passwordReusePrevention: p.PasswordReusePrevention ?? null,
    hardExpiry: p.HardExpiry ?? false,
  }
}

/** The account password policy setting; `policy` null = none set. */
function normalizePasswordPolicy(raw: IamRaw, scope: NormalizeScope): Resource<PasswordPolicyAttributes> {
  const policy = maybe(raw.passwordPolicy, 'iam:GetAccountPasswordPolicy')
  return awsResource<PasswordPolicyAttributes>({
    uid: settingUid(scope.account, 'global', 'iam-password-policy'),
    type: AWS.iamPasswordPolicy,
    account: scope.account,
    region: scope.region,
    name: 'iam-password-policy',
    attributes: { policy: isUnknown(policy) || policy === null ? policy : passwordPolicy(policy) },
  })
}

/** An instance profile → aws.iam.instance-profile with 'uses-role' relations. */
function normalizeInstanceProfile(p: IamInstanceProfileRaw, scope: NormalizeScope): Resource<IamInstanceProfileAttributes> {
  const roleArns = (p.Roles ?? []).map((r) => r.Arn ?? '').filter((a) => a !== '')
  return awsResource<IamInstanceProfileAttributes>({
    uid: p.Arn ?? `arn:aws:iam::${scope.account}:instance-profile/${p.InstanceProfileName ?? ''}`,
    type: AWS.iamInstanceProfile,
    account: scope.account,
    region: 'global',
    name: p.InstanceProfileName ?? '',
    tags: tagsOf(p.Tags),
    attributes: { instanceProfileName: p.InstanceProfileName ?? '', roleArns },
    relations: roleArns.map((target) => ({ kind: 'uses-role', target })),
  })
}

/** A server certificate's metadata → aws.iam.server-certificate (https://docs.aws.amazon.com/IAM/latest/APIReference/API_ServerCertificateMetadata.html). */
function normalizeServerCertificate(c: IamServerCertificateRaw, scope: NormalizeScope): Resource<IamServerCertificateAttributes> {
  const name = c.ServerCertificateName ?? ''
  return awsResource<IamServerCertificateAttributes>({
    uid: c.Arn ?? `arn:aws:iam::${scope.account}:server-certificate${c.Path ?? '/'}${name}`,
    type: AWS_IAM_SERVER_CERTIFICATE,
    account: scope.account,
    region: 'global',
    name,
    attributes: { serverCertificateName: name, expiration: iso(c.Expiration), uploadDate: iso(c.UploadDate) },
  })
}

/** IAM raw data → root user, password policy, users, groups, roles, managed policies, instance profiles and server certificates (region 'global'). */
export function normalizeIam(raw: IamRaw, scope: NormalizeScope): Resource[] {
  const report = reportByArn(raw.credentialReport)
  const seen = new Set<string>()
  // A policy reached both by listing and by GetPolicy must appear once (uids are unique in an inventory).
  const policies = raw.policies.filter((p) => !seen.has(p.policy.Arn ?? '') && seen.add(p.policy.Arn ?? ''))
  return [
    normalizeRoot(raw, scope),
    normalizePasswordPolicy(raw, scope),
    ...raw.users.map((u) => normalizeUser(u, report, scope)),
    ...raw.groups.map((g) => normalizeGroup(g, scope)),
    ...raw.roles.map((r) => normalizeRole(r, scope)),
    ...policies.map((p) => normalizePolicy(p, scope)),
    ...(raw.instanceProfiles.ok ? raw.instanceProfiles.value : []).map((p) => normalizeInstanceProfile(p, scope)),
    // A failed listing is a collection gap (affects aws.iam.server-certificate), which the engine reports as ERROR.
    ...(raw.serverCertificates.ok ? raw.serverCertificates.value : []).map((c) => normalizeServerCertificate(c, scope)),
  ] as Resource[]
}
