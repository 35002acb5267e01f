/**
 * Demo estate, management part: Secrets Manager, SSM, Organizations, alternate contacts, AWS Backup, CloudFormation
 * and Glacier, each misconfiguration next to a correctly configured twin. Emulator gaps (no GetServiceSetting,
 * GetBackupVaultAccessPolicy, GetVaultAccessPolicy or GetVaultLock in moto 5.2.1) leave those checks to unit tests.
 */
import { KMSClient, CreateKeyCommand, EnableKeyRotationCommand } from '@aws-sdk/client-kms'
import { SecretsManagerClient, CreateSecretCommand, PutResourcePolicyCommand, RotateSecretCommand } from '@aws-sdk/client-secrets-manager'
import { SSMClient, CreateDocumentCommand, ModifyDocumentPermissionCommand, PutParameterCommand } from '@aws-sdk/client-ssm'
import {
  OrganizationsClient,
  AttachPolicyCommand,
  CreateOrganizationCommand,
  CreatePolicyCommand,
  ListRootsCommand,
} from '@aws-sdk/client-organizations'
import { AccountClient, PutAlternateContactCommand } from '@aws-sdk/client-account'
import { BackupClient, CreateBackupPlanCommand, CreateBackupVaultCommand, PutBackupVaultLockConfigurationCommand } from '@aws-sdk/client-backup'
import { CloudFormationClient, CreateStackCommand } from '@aws-sdk/client-cloudformation'
import { SNSClient, CreateTopicCommand } from '@aws-sdk/client-sns'
import { GlacierClient, CreateVaultCommand } from '@aws-sdk/client-glacier'
import { settingUid } from '../../src/normalize/aws/types.js'
import type { SeedContext } from './seed-demo.js'
import { DEMO_ACCOUNT } from './demo-constants.js'

/** A customer-managed key with rotation on (so the KMS checks stay quiet about it); returns its ARN. */
async function customerKey(ctx: SeedContext, region: string, description: string): Promise<string> {
  const kms = new KMSClient(ctx.config(region))
  try {
    const key = await kms.send(new CreateKeyCommand({ Description: description }))
    await kms.send(new EnableKeyRotationCommand({ KeyId: key.KeyMetadata!.KeyId! }))
    ctx.count()
    return key.KeyMetadata!.Arn!
  } finally {
    kms.destroy()
  }
}

/** Secrets: a never-rotated secret with a public policy and the default key, vs a rotated one with a CMK and an account-only policy. */
async function secrets(ctx: SeedContext, region: string, keyArn: string): Promise<void> {
  const sm = new SecretsManagerClient(ctx.config(region))
  try {
    const [legacy, orders] = await Promise.all([
      sm.send(new CreateSecretCommand({ Name: 'legacy/ftp-password', SecretString: 'demo-not-a-real-password' })),
      sm.send(new CreateSecretCommand({ Name: 'prod/orders-db', SecretString: 'demo-not-a-real-password', KmsKeyId: keyArn })),
    ])
    const policy = (principal: unknown, arn: string) =>
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Sid: 'Read', Effect: 'Allow', Principal: principal, Action: 'secretsmanager:GetSecretValue', Resource: arn }],
      })
    await Promise.all([
      sm.send(new PutResourcePolicyCommand({ SecretId: legacy.ARN, ResourcePolicy: policy('*', legacy.ARN!) })),
      sm.send(
        new PutResourcePolicyCommand({ SecretId: orders.ARN, ResourcePolicy: policy({ AWS: `arn:aws:iam::${DEMO_ACCOUNT}:root` }, orders.ARN!) }),
      ),
      // Without a rotation function moto only records the schedule (it would try to invoke the Lambda otherwise).
      sm.send(new RotateSecretCommand({ SecretId: orders.ARN, RotationRules: { AutomaticallyAfterDays: 30 }, RotateImmediately: false })),
    ])
    ctx.count(2)
    const [l, o] = [legacy.ARN!, orders.ARN!]
    ctx.fail('aws-secretsmanager-secret-rotation-enabled', l, 'legacy/ftp-password', 'no rotation configured')
    ctx.ok('aws-secretsmanager-secret-rotation-enabled', o, 'prod/orders-db', 'rotates every 30 days')
    ctx.fail('aws-secretsmanager-secret-policy-not-public', l, 'legacy/ftp-password', 'policy allows Principal *')
    ctx.ok('aws-secretsmanager-secret-policy-not-public', o, 'prod/orders-db', 'policy names the account only')
    ctx.fail('aws-secretsmanager-secret-encrypted-with-cmk', l, 'legacy/ftp-password', 'default aws/secretsmanager key')
    ctx.ok('aws-secretsmanager-secret-encrypted-with-cmk', o, 'prod/orders-db', 'customer-managed key')
    ctx.ok('aws-secretsmanager-secret-rotated-within-90-days', o, 'prod/orders-db', 'created today')
    ctx.ok('aws-secretsmanager-secret-recently-used', o, 'prod/orders-db', 'created today')
  } finally {
    sm.destroy()
  }
}

const DOC_CONTENT = JSON.stringify({
  schemaVersion: '2.2',
  description: 'Restart the web service',
  mainSteps: [{ action: 'aws:runShellScript', name: 'restart', inputs: { runCommand: ['systemctl restart nginx'] } }],
})

/** SSM: a public document and one shared with an outside account vs a private one; plaintext vs SecureString secrets. */
async function ssm(ctx: SeedContext, region: string, keyArn: string): Promise<void> {
  const client = new SSMClient(ctx.config(region))
  const doc = (name: string) => `arn:aws:ssm:${region}:${DEMO_ACCOUNT}:document/${name}`
  const param = (name: string) => `arn:aws:ssm:${region}:${DEMO_ACCOUNT}:parameter${name}`
  try {
    await Promise.all(
      ['public-restart-web', 'partner-restart-web', 'internal-restart-web'].map((Name) =>
        client.send(new CreateDocumentCommand({ Name, Content: DOC_CONTENT, DocumentType: 'Command', DocumentFormat: 'JSON' })),
      ),
    )
    await Promise.all([
      client.send(new ModifyDocumentPermissionCommand({ Name: 'public-restart-web', PermissionType: 'Share', AccountIdsToAdd: ['All'] })),
      client.send(new ModifyDocumentPermissionCommand({ Name: 'partner-restart-web', PermissionType: 'Share', AccountIdsToAdd: ['444455556666'] })),
      client.send(new PutParameterCommand({ Name: '/legacy/db/DB_PASSWORD', Type: 'String', Value: 'demo-not-a-real-password' })),
      client.send(new PutParameterCommand({ Name: '/prod/db/password', Type: 'SecureString', Value: 'demo-not-a-real-password', KeyId: keyArn })),
      client.send(new PutParameterCommand({ Name: '/prod/api/token', Type: 'SecureString', Value: 'demo-not-a-real-token' })),
    ])
    ctx.count(6)
    ctx.fail('aws-ssm-document-not-public', doc('public-restart-web'), 'public-restart-web', 'shared with All')
    ctx.ok('aws-ssm-document-not-public', doc('internal-restart-web'), 'internal-restart-web', 'not shared')
    ctx.fail('aws-ssm-document-not-shared-outside-organization', doc('partner-restart-web'), 'partner-restart-web', 'shared with 444455556666')
    ctx.ok('aws-ssm-document-not-shared-outside-organization', doc('internal-restart-web'), 'internal-restart-web', 'not shared')
    ctx.fail('aws-ssm-parameter-secret-name-secure-string', param('/legacy/db/DB_PASSWORD'), '/legacy/db/DB_PASSWORD', 'plaintext String')
    ctx.ok('aws-ssm-parameter-secret-name-secure-string', param('/prod/db/password'), '/prod/db/password', 'SecureString')
    ctx.fail('aws-ssm-parameter-secure-string-cmk', param('/prod/api/token'), '/prod/api/token', 'default alias/aws/ssm key')
    ctx.ok('aws-ssm-parameter-secure-string-cmk', param('/prod/db/password'), '/prod/db/password', 'customer-managed key')
  } finally {
    client.destroy()
  }
}

/** Organizations: the demo account becomes the management account of an ALL-features organization with a guardrail SCP. */
async function organization(ctx: SeedContext): Promise<void> {
  const org = new OrganizationsClient(ctx.config('us-east-1'))
  try {
    await org.send(new CreateOrganizationCommand({ FeatureSet: 'ALL' }))
    const [roots, policy] = await Promise.all([
      org.send(new ListRootsCommand({})),
      org.send(
        new CreatePolicyCommand({
          Name: 'deny-leave-organization',
          Description: 'Guardrail',
          Type: 'SERVICE_CONTROL_POLICY',
          Content: JSON.stringify({
            Version: '2012-10-17',
            Statement: [{ Effect: 'Deny', Action: 'organizations:LeaveOrganization', Resource: '*' }],
          }),
        }),
      ),
    ])
    await org.send(new AttachPolicyCommand({ PolicyId: policy.Policy!.PolicySummary!.Id!, TargetId: roots.Roots![0]!.Id! }))
    ctx.count(2)
    const uid = settingUid(DEMO_ACCOUNT, 'global', 'organization')
    ctx.ok('aws-organizations-account-in-organization', uid, 'organization', 'the account created an organization')
    ctx.ok('aws-organizations-all-features-enabled', uid, 'organization', 'feature set ALL')
    ctx.ok('aws-organizations-scps-attached', uid, 'organization', 'deny-leave-organization attached to the root')
  } finally {
    org.destroy()
  }
}

/** Alternate contacts: a security contact is registered. */
async function contacts(ctx: SeedContext): Promise<void> {
  const account = new AccountClient(ctx.config('us-east-1'))
  try {
    await account.send(
      new PutAlternateContactCommand({
        AlternateContactType: 'SECURITY',
        Name: 'Security team',
        Title: 'Security',
        EmailAddress: 'security@example.com',
        PhoneNumber: '+1-555-0100',
      }),
    )
    ctx.count()
    ctx.ok(
      'aws-account-security-contact-registered',
      settingUid(DEMO_ACCOUNT, 'global', 'account-contacts'),
      'account-contacts',
      'security contact set',
    )
  } finally {
    account.destroy()
  }
}

/** Backup: an unlocked default-key vault vs a locked CMK vault; a 3-day plan vs a 35-day plan; no plan at all in the second region. */
async function backup(ctx: SeedContext, home: string, other: string, keyArn: string): Promise<void> {
  const client = new BackupClient(ctx.config(home))
  const plan = (name: string, days: number) =>
    client.send(
      new CreateBackupPlanCommand({
        BackupPlan: {
          BackupPlanName: name,
          Rules: [
            {
              RuleName: `${name}-rule`,
              TargetBackupVaultName: 'prod-vault',
              ScheduleExpression: 'cron(0 5 ? * * *)',
              Lifecycle: { DeleteAfterDays: days },
            },
          ],
        },
      }),
    )
  try {
    const [legacy, prod] = await Promise.all([
      client.send(new CreateBackupVaultCommand({ BackupVaultName: 'legacy-vault' })),
      client.send(new CreateBackupVaultCommand({ BackupVaultName: 'prod-vault', EncryptionKeyArn: keyArn })),
    ])
    const [short, daily] = await Promise.all([
      plan('short-retention', 3),
      plan('daily-35d', 35),
      client.send(new PutBackupVaultLockConfigurationCommand({ BackupVaultName: 'prod-vault', MinRetentionDays: 7, MaxRetentionDays: 3650 })),
    ])
    ctx.count(4)
    const [l, p] = [legacy.BackupVaultArn!, prod.BackupVaultArn!]
    ctx.fail('aws-backup-vault-encrypted-with-cmk', l, 'legacy-vault', 'no key given (aws/backup)')
    ctx.ok('aws-backup-vault-encrypted-with-cmk', p, 'prod-vault', 'customer-managed key')
    ctx.fail('aws-backup-vault-lock-enabled', l, 'legacy-vault', 'no Vault Lock')
    ctx.ok('aws-backup-vault-lock-enabled', p, 'prod-vault', 'Vault Lock in governance mode')
    ctx.fail('aws-backup-plan-retention-minimum', short.BackupPlanArn!, 'short-retention', 'deletes after 3 days')
    ctx.ok('aws-backup-plan-retention-minimum', daily.BackupPlanArn!, 'daily-35d', 'keeps 35 days')
    ctx.ok('aws-backup-plan-exists-in-region', settingUid(DEMO_ACCOUNT, home, 'backup-plans'), `backup-plans ${home}`, 'two plans')
    ctx.fail('aws-backup-plan-exists-in-region', settingUid(DEMO_ACCOUNT, other, 'backup-plans'), `backup-plans ${other}`, 'no plan')
  } finally {
    client.destroy()
  }
}

/** A template with one resource that creates nothing billable, and the given outputs. */
function template(outputs: Record<string, string>): string {
  return JSON.stringify({
    AWSTemplateFormatVersion: '2010-09-09',
    Resources: { Handle: { Type: 'AWS::CloudFormation::WaitConditionHandle' } },
    Outputs: Object.fromEntries(Object.entries(outputs).map(([k, v]) => [k, { Value: v }])),
  })
}

/** CloudFormation: a stack leaking an access key id without protection, notifications or role, vs a well-configured twin. */
async function stacks(ctx: SeedContext, region: string): Promise<void> {
  const cfn = new CloudFormationClient(ctx.config(region))
  const sns = new SNSClient(ctx.config(region))
  try {
    const topic = await sns.send(new CreateTopicCommand({ Name: 'stack-events' }))
    const [legacy, orders] = await Promise.all([
      // A fake key id in the documented AKIA + 16 characters format (never a real credential).
      cfn.send(
        new CreateStackCommand({ StackName: 'legacy-deployer', TemplateBody: template({ DeployerAccessKeyId: 'AKIAZ7DEMO3EXAMPLE5' + 'Q' }) }),
      ),
      cfn.send(
        new CreateStackCommand({
          StackName: 'orders-api',
          TemplateBody: template({ ApiUrl: 'https://api.example.com/orders' }),
          EnableTerminationProtection: true,
          NotificationARNs: [topic.TopicArn!],
          RoleARN: `arn:aws:iam::${DEMO_ACCOUNT}:role/cfn-deploy`,
        }),
      ),
    ])
    ctx.count(3)
    const [l, o] = [legacy.StackId!, orders.StackId!]
    for (const [id, why] of [
      ['aws-cloudformation-stack-outputs-no-secrets', 'an AWS access key id in an output'],
      ['aws-cloudformation-stack-termination-protection-enabled', 'termination protection off'],
      ['aws-cloudformation-stack-notifications-configured', 'no SNS topic'],
      ['aws-cloudformation-stack-service-role-configured', 'no service role'],
    ] as const) {
      ctx.fail(id, l, 'legacy-deployer', why)
      ctx.ok(id, o, 'orders-api', 'configured')
    }
    ctx.ok('aws-cloudformation-stack-no-drift', o, 'orders-api', 'drift detection never run, no drift recorded')
  } finally {
    cfn.destroy()
    sns.destroy()
  }
}

/** Glacier: one vault (its policy and lock cannot be read from the emulator, so no verdict is expected). */
async function glacier(ctx: SeedContext, region: string): Promise<void> {
  const client = new GlacierClient(ctx.config(region))
  try {
    await client.send(new CreateVaultCommand({ accountId: '-', vaultName: 'legal-archive' }))
    ctx.count()
  } finally {
    client.destroy()
  }
}

/** Seeds the management part: most of it in the home region, backup gaps and a Glacier vault in the second. */
export async function seed(ctx: SeedContext): Promise<void> {
  const [home, other] = [ctx.manifest.regions[0]!, ctx.manifest.regions[1]!]
  const keyArn = await customerKey(ctx, home, 'secrets, parameters and backups')
  await Promise.all([
    secrets(ctx, home, keyArn),
    ssm(ctx, home, keyArn),
    organization(ctx),
    contacts(ctx),
    backup(ctx, home, other, keyArn),
    stacks(ctx, home),
    glacier(ctx, other),
  ])
}
