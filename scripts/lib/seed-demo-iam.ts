/** Demo estate, IAM part: users, groups, roles, customer policies and the account password policy. */
import {
  IAMClient,
  AddRoleToInstanceProfileCommand,
  AddUserToGroupCommand,
  AttachRolePolicyCommand,
  AttachUserPolicyCommand,
  CreateAccessKeyCommand,
  CreateGroupCommand,
  CreateInstanceProfileCommand,
  CreateLoginProfileCommand,
  CreatePolicyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  CreateVirtualMFADeviceCommand,
  EnableMFADeviceCommand,
  PutGroupPolicyCommand,
  PutRolePolicyCommand,
  UpdateAccountPasswordPolicyCommand,
} from '@aws-sdk/client-iam'
import { settingUid } from '../../src/normalize/aws/types.js'
import type { SeedContext } from './seed-demo.js'

/** What later seeding steps need from IAM. */
export interface IamSeed {
  /** Role CloudTrail assumes to deliver events to CloudWatch Logs. */
  trailLogsRoleArn: string
  /** Role AWS Config records with. */
  configRoleArn: string
  /** Instance profile (with a least-privilege role) for the well-configured instance. */
  instanceProfileArn: string
}

const ADMIN_DOC = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] })
const REPORTS_DOC = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Action: ['s3:GetObject', 's3:ListBucket'],
      Resource: ['arn:aws:s3:::posture-demo-reports', 'arn:aws:s3:::posture-demo-reports/*'],
    },
  ],
})
const AUDIT_DOC = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['cloudtrail:LookupEvents', 'config:Get*'], Resource: '*' }],
})
const trust = (principal: unknown): string =>
  JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole' }] })

/** Creates a user and returns its ARN. */
async function user(iam: IAMClient, ctx: SeedContext, name: string): Promise<string> {
  const out = await iam.send(new CreateUserCommand({ UserName: name, Tags: [{ Key: 'team', Value: 'demo' }] }))
  ctx.count()
  return out.User!.Arn!
}

/** Console users: one without MFA (the classic account-takeover path), one with a virtual MFA device. */
async function consoleUsers(iam: IAMClient, ctx: SeedContext): Promise<void> {
  const [alice, bob] = await Promise.all([user(iam, ctx, 'alice-console-no-mfa'), user(iam, ctx, 'bob-console-mfa')])
  await Promise.all(
    ['alice-console-no-mfa', 'bob-console-mfa'].map((u) => iam.send(new CreateLoginProfileCommand({ UserName: u, Password: 'Demo-Passw0rd!-Long' }))),
  )
  const mfa = await iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: 'bob-console-mfa' }))
  await iam.send(
    new EnableMFADeviceCommand({
      UserName: 'bob-console-mfa',
      SerialNumber: mfa.VirtualMFADevice!.SerialNumber!,
      AuthenticationCode1: '123456',
      AuthenticationCode2: '654321',
    }),
  )
  ctx.count()
  ctx.fail('aws-iam-user-console-mfa-enabled', alice, 'alice-console-no-mfa', 'console password without MFA')
  ctx.ok('aws-iam-user-console-mfa-enabled', bob, 'bob-console-mfa', 'console password with a virtual MFA device')
  ctx.ok('aws-iam-user-no-direct-policies', bob, 'bob-console-mfa', 'gets permissions through a group only')
}

/** Programmatic users: two active keys (rotation overlap left behind) vs exactly one. */
async function keyUsers(iam: IAMClient, ctx: SeedContext): Promise<void> {
  const [carol, dave] = await Promise.all([user(iam, ctx, 'carol-two-keys'), user(iam, ctx, 'dave-one-key')])
  await Promise.all([
    iam.send(new CreateAccessKeyCommand({ UserName: 'carol-two-keys' })),
    iam.send(new CreateAccessKeyCommand({ UserName: 'carol-two-keys' })),
    iam.send(new CreateAccessKeyCommand({ UserName: 'dave-one-key' })),
  ])
  ctx.count(3)
  ctx.fail('aws-iam-user-single-active-access-key', carol, 'carol-two-keys', 'two active access keys')
  ctx.ok('aws-iam-user-single-active-access-key', dave, 'dave-one-key', 'one active access key')
}

/** Customer policies: "*:*" attached directly to a user and a role vs a least-privilege policy. */
async function policies(iam: IAMClient, ctx: SeedContext): Promise<void> {
  const [admin, reports, deployer] = await Promise.all([
    iam.send(new CreatePolicyCommand({ PolicyName: 'AdminEverything', PolicyDocument: ADMIN_DOC })),
    iam.send(new CreatePolicyCommand({ PolicyName: 'S3ReportsReadOnly', PolicyDocument: REPORTS_DOC })),
    user(iam, ctx, 'ci-deployer'),
    iam.send(
      new CreateRoleCommand({ RoleName: 'legacy-admin-role', AssumeRolePolicyDocument: trust({ AWS: `arn:aws:iam::${ctx.manifest.account}:root` }) }),
    ),
  ])
  ctx.count(3)
  const adminArn = admin.Policy!.Arn!
  await Promise.all([
    iam.send(new AttachUserPolicyCommand({ UserName: 'ci-deployer', PolicyArn: adminArn })),
    iam.send(new AttachRolePolicyCommand({ RoleName: 'legacy-admin-role', PolicyArn: adminArn })),
  ])
  ctx.fail('aws-iam-policy-no-full-admin', adminArn, 'AdminEverything', 'allows * on * and is attached')
  ctx.ok('aws-iam-policy-no-full-admin', reports.Policy!.Arn!, 'S3ReportsReadOnly', 'two S3 read actions on one bucket')
  ctx.fail('aws-iam-user-no-direct-policies', deployer, 'ci-deployer', 'managed policy attached to the user itself')
}

/** Groups with inline policies: one grants everything, one only what auditors need. */
async function groups(iam: IAMClient, ctx: SeedContext): Promise<void> {
  const [ops, auditors] = await Promise.all([
    iam.send(new CreateGroupCommand({ GroupName: 'ops-admins' })),
    iam.send(new CreateGroupCommand({ GroupName: 'auditors' })),
  ])
  ctx.count(2)
  await Promise.all([
    iam.send(new PutGroupPolicyCommand({ GroupName: 'ops-admins', PolicyName: 'everything', PolicyDocument: ADMIN_DOC })),
    iam.send(new PutGroupPolicyCommand({ GroupName: 'auditors', PolicyName: 'audit-read', PolicyDocument: AUDIT_DOC })),
    iam.send(new AddUserToGroupCommand({ GroupName: 'auditors', UserName: 'bob-console-mfa' })),
  ])
  ctx.fail('aws-iam-group-inline-policy-no-full-admin', ops.Group!.Arn!, 'ops-admins', 'inline policy allows * on *')
  ctx.ok('aws-iam-group-inline-policy-no-full-admin', auditors.Group!.Arn!, 'auditors', 'inline policy limited to audit reads')
}

/** Roles: trust open to any principal (with an inline admin policy) vs a role only EC2 can assume. */
async function roles(iam: IAMClient, ctx: SeedContext): Promise<IamSeed> {
  const [partner, app, trail, config, profile] = await Promise.all([
    iam.send(new CreateRoleCommand({ RoleName: 'partner-access', AssumeRolePolicyDocument: trust({ AWS: '*' }) })),
    iam.send(new CreateRoleCommand({ RoleName: 'app-ec2-role', AssumeRolePolicyDocument: trust({ Service: 'ec2.amazonaws.com' }) })),
    iam.send(new CreateRoleCommand({ RoleName: 'cloudtrail-to-logs', AssumeRolePolicyDocument: trust({ Service: 'cloudtrail.amazonaws.com' }) })),
    iam.send(new CreateRoleCommand({ RoleName: 'config-recorder', AssumeRolePolicyDocument: trust({ Service: 'config.amazonaws.com' }) })),
    iam.send(new CreateInstanceProfileCommand({ InstanceProfileName: 'app-ec2-profile' })),
  ])
  ctx.count(5)
  const reportsArn = `arn:aws:iam::${ctx.manifest.account}:policy/S3ReportsReadOnly`
  await Promise.all([
    iam.send(new PutRolePolicyCommand({ RoleName: 'partner-access', PolicyName: 'everything', PolicyDocument: ADMIN_DOC })),
    iam.send(new AttachRolePolicyCommand({ RoleName: 'app-ec2-role', PolicyArn: reportsArn })),
    iam.send(new AddRoleToInstanceProfileCommand({ InstanceProfileName: 'app-ec2-profile', RoleName: 'app-ec2-role' })),
  ])
  const partnerArn = partner.Role!.Arn!
  const appArn = app.Role!.Arn!
  ctx.fail('aws-iam-role-trust-no-public-principal', partnerArn, 'partner-access', 'trust policy allows Principal AWS "*"')
  ctx.ok('aws-iam-role-trust-no-public-principal', appArn, 'app-ec2-role', 'only ec2.amazonaws.com may assume it')
  ctx.fail('aws-iam-role-inline-policy-no-full-admin', partnerArn, 'partner-access', 'inline policy allows * on *')
  ctx.ok('aws-iam-role-inline-policy-no-full-admin', appArn, 'app-ec2-role', 'no inline policy')
  return { trailLogsRoleArn: trail.Role!.Arn!, configRoleArn: config.Role!.Arn!, instanceProfileArn: profile.InstanceProfile!.Arn! }
}

/** A weak password policy (8 characters, no symbols, no reuse prevention). */
async function passwordPolicy(iam: IAMClient, ctx: SeedContext): Promise<void> {
  await iam.send(
    new UpdateAccountPasswordPolicyCommand({
      MinimumPasswordLength: 8,
      RequireSymbols: false,
      RequireNumbers: true,
      RequireUppercaseCharacters: true,
      RequireLowercaseCharacters: true,
    }),
  )
  ctx.count()
  const uid = settingUid(ctx.manifest.account, 'global', 'iam-password-policy')
  ctx.fail('aws-iam-password-policy-min-length', uid, 'password policy', 'minimum length 8 (< 14)')
  ctx.fail('aws-iam-password-policy-reuse-prevention', uid, 'password policy', 'no reuse prevention')
  ctx.fail('aws-iam-password-policy-complexity', uid, 'password policy', 'symbols not required')
}

/** Seeds the IAM part; the root user has no MFA on the emulator, which is also a finding. */
export async function seedIam(ctx: SeedContext): Promise<IamSeed> {
  const iam = new IAMClient(ctx.config('us-east-1'))
  try {
    await Promise.all([consoleUsers(iam, ctx), keyUsers(iam, ctx), policies(iam, ctx), passwordPolicy(iam, ctx)])
    // Groups reference bob, roles reference S3ReportsReadOnly: both after the first batch.
    const [, seed] = await Promise.all([groups(iam, ctx), roles(iam, ctx)])
    ctx.fail('aws-iam-root-mfa-enabled', `arn:aws:iam::${ctx.manifest.account}:root`, 'root', 'the emulator root user has no MFA')
    return seed
  } finally {
    iam.destroy()
  }
}
