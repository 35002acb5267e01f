import {
  IAMClient,
  GetAccountPasswordPolicyCommand,
  GetAccountSummaryCommand,
  paginateListVirtualMFADevices,
  paginateListInstanceProfiles,
  paginateListServerCertificates,
  type InstanceProfile,
  type PasswordPolicy,
  type ServerCertificateMetadata,
  type User,
  type VirtualMFADevice,
} from '@aws-sdk/client-iam'
import type { CallResult, CollectContext } from '../collector.js'
import type { AwsCollector } from './module.js'
import { fetchCredentialReport, type CredentialReportRow } from './iam-credential-report.js'
import { collectGroups, collectRoles, collectUsers, NO_SUCH_ENTITY, type IamGroupRaw, type IamRoleRaw, type IamUserRaw } from './iam-principals.js'
import { collectMissingPolicies, collectPolicies, type IamPolicyRaw } from './iam-policies.js'

export type { CredentialReportRow } from './iam-credential-report.js'
export type { AccessKeyRaw, IamGroupRaw, IamRoleRaw, IamUserRaw, InlinePolicyRaw } from './iam-principals.js'
export type { IamPolicyRaw } from './iam-policies.js'
/** SDK shapes the IAM normalizer reads (normalize/ may not import SDKs itself). */
export type {
  AttachedPolicy as IamAttachedPolicyRaw,
  PasswordPolicy as IamPasswordPolicyRaw,
  InstanceProfile as IamInstanceProfileRaw,
  ServerCertificateMetadata as IamServerCertificateRaw,
} from '@aws-sdk/client-iam'

/** Raw IAM data of one account: account-level settings, the credential report, principals and managed policies. */
export interface IamRaw {
  /** GetAccountSummary SummaryMap (AccountMFAEnabled, AccountAccessKeysPresent, ...). */
  accountSummary: CallResult<Record<string, number> | null>
  /** Assigned virtual MFA devices (to spot the root user's). */
  virtualMfaDevices: CallResult<VirtualMFADevice[]>
  /** null = no password policy set (NoSuchEntity). */
  passwordPolicy: CallResult<PasswordPolicy | null>
  credentialReport: CallResult<CredentialReportRow[] | null>
  users: IamUserRaw[]
  groups: IamGroupRaw[]
  roles: IamRoleRaw[]
  policies: IamPolicyRaw[]
  /** Instance profiles with their roles (links EC2 instances to roles). */
  instanceProfiles: CallResult<InstanceProfile[]>
  /** Server certificate metadata (ListServerCertificates; expiry is CIS 2.17). */
  serverCertificates: CallResult<ServerCertificateMetadata[]>
}

const PROFILE = 'aws.iam.instance-profile'
const SERVER_CERT = 'aws.iam.server-certificate'
const TYPES = [
  'aws.iam.root-user',
  'aws.iam.password-policy',
  'aws.iam.user',
  'aws.iam.group',
  'aws.iam.role',
  'aws.iam.policy',
  PROFILE,
  SERVER_CERT,
]

/** Account-level IAM settings: summary, virtual MFA devices, password policy. */
async function collectAccountSettings(
  ctx: CollectContext,
  iam: IAMClient,
): Promise<Pick<IamRaw, 'accountSummary' | 'virtualMfaDevices' | 'passwordPolicy'>> {
  const [accountSummary, virtualMfaDevices, passwordPolicy] = await Promise.all([
    ctx.call('GetAccountSummary', async (abortSignal) => (await iam.send(new GetAccountSummaryCommand({}), { abortSignal })).SummaryMap ?? null, {
      resource: `arn:aws:iam::${ctx.account}:root`,
    }),
    ctx.paginate(
      'ListVirtualMFADevices',
      (s) => paginateListVirtualMFADevices({ client: iam }, { AssignmentStatus: 'Assigned' }, { abortSignal: s }),
      (p) => p.VirtualMFADevices,
      { resource: `arn:aws:iam::${ctx.account}:root` },
    ),
    // No policy set answers NoSuchEntity: https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountPasswordPolicy.html
    // resource = the setting's documented uid (settingUid in normalize/aws/types.ts), so only its attribute is Unknown.
    ctx.call(
      'GetAccountPasswordPolicy',
      async (abortSignal) => (await iam.send(new GetAccountPasswordPolicyCommand({}), { abortSignal })).PasswordPolicy ?? null,
      {
        absentOn: NO_SUCH_ENTITY,
        resource: `aws:${ctx.account}:global:iam-password-policy`,
      },
    ),
  ])
  return { accountSummary, virtualMfaDevices, passwordPolicy }
}

/** Users whose password state the credential report does not give (no report, no row, or no true/false). */
function loginProfileNeeded(report: CallResult<CredentialReportRow[] | null>): (user: User) => boolean {
  const byArn = new Map((report.ok ? (report.value ?? []) : []).map((row) => [row.arn, row]))
  return (user) => !/^(true|false)$/i.test(byArn.get(user.Arn ?? '')?.password_enabled ?? '')
}

/** Policy ARNs attached to any principal collected. */
function attachedPolicyArns(users: IamUserRaw[], groups: IamGroupRaw[], roles: IamRoleRaw[]): string[] {
  return [...users, ...groups, ...roles]
    .flatMap((p) => (p.attachedPolicies.ok ? p.attachedPolicies.value.map((a) => a.PolicyArn ?? '') : []))
    .filter((arn) => arn !== '')
}

/** IAM: root user, password policy, users, groups, roles, managed policies, instance profiles and server certificates (global; calls go to the home region). */
export const iamCollector: AwsCollector<IamRaw> = {
  service: 'iam',
  scope: 'global',
  produces: TYPES,
  async collect(ctx, session) {
    const iam = session.client(IAMClient, session.homeRegion)
    // Only users wait for the credential report (it decides who needs GetLoginProfile); the rest starts at once.
    const report = fetchCredentialReport(ctx, iam)
    const [settings, credentialReport, users, groups, roles, listed, instanceProfiles, serverCertificates] = await Promise.all([
      collectAccountSettings(ctx, iam),
      report,
      report.then((r) => collectUsers(ctx, iam, loginProfileNeeded(r))),
      collectGroups(ctx, iam),
      collectRoles(ctx, iam),
      collectPolicies(ctx, iam),
      ctx.paginate(
        'ListInstanceProfiles',
        (s) => paginateListInstanceProfiles({ client: iam }, {}, { abortSignal: s }),
        (p) => p.InstanceProfiles,
        { affects: [PROFILE] },
      ),
      ctx.paginate(
        'ListServerCertificates',
        (s) => paginateListServerCertificates({ client: iam }, {}, { abortSignal: s }),
        (p) => p.ServerCertificateMetadataList,
        { affects: [SERVER_CERT] },
      ),
    ])
    const extra = await collectMissingPolicies(ctx, iam, attachedPolicyArns(users, groups, roles), listed)
    return { ...settings, credentialReport, users, groups, roles, policies: [...listed, ...extra], instanceProfiles, serverCertificates }
  },
}
