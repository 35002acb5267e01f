import {
  BackupClient,
  paginateListBackupVaults,
  paginateListBackupPlans,
  GetBackupVaultAccessPolicyCommand,
  GetBackupPlanCommand,
  type BackupVaultListMember,
  type BackupPlansListMember,
  type BackupRule,
} from '@aws-sdk/client-backup'
import { mapLimit } from '../limiter.js'
import type { CallResult, CollectContext } from '../collector.js'
import type { AwsCollector } from './module.js'

export type { BackupVaultListMember, BackupPlansListMember, BackupRule }

/** Raw AWS Backup data for one region: vaults with access policies, and plans with their rules. */
export interface BackupRaw {
  vaults: { vault: BackupVaultListMember; policy: CallResult<string | null> }[]
  /** ListBackupPlans result (it also decides the region's "has a backup plan" setting). */
  plans: CallResult<{ plan: BackupPlansListMember; rules: CallResult<BackupRule[] | null> }[]>
}

const VAULT = 'aws.backup.vault'
const PLAN = 'aws.backup.plan'
const REGION_PLANS = 'aws.backup.region-plans'

/** Uid of the region's backup-plans setting (must match the normalizer's settingUid). */
export function backupPlansUid(account: string, region: string): string {
  return `aws:${account}:${region}:backup-plans`
}

/** Backup vaults with their access policies (ResourceNotFoundException = no policy). */
async function collectVaults(ctx: CollectContext, backup: BackupClient): Promise<BackupRaw['vaults']> {
  const list = await ctx.paginate(
    'ListBackupVaults',
    () => paginateListBackupVaults({ client: backup }, {}),
    (p) => p.BackupVaultList,
    { affects: [VAULT] },
  )
  if (!list.ok) return []
  return mapLimit(list.value, 8, async (vault) => ({
    vault,
    policy: await ctx.call(
      'GetBackupVaultAccessPolicy',
      async (abortSignal) =>
        (await backup.send(new GetBackupVaultAccessPolicyCommand({ BackupVaultName: vault.BackupVaultName }), { abortSignal })).Policy ?? null,
      { resource: vault.BackupVaultArn ?? vault.BackupVaultName, absentOn: ['ResourceNotFoundException'] },
    ),
  }))
}

/** Backup plans (latest versions) with their rules. */
async function collectPlans(ctx: CollectContext, backup: BackupClient): Promise<BackupRaw['plans']> {
  const list = await ctx.paginate(
    'ListBackupPlans',
    () => paginateListBackupPlans({ client: backup }, {}),
    (p) => p.BackupPlansList,
    // The plan list is incomplete, and the region's setting resource Unknown, when this fails.
    { affects: [PLAN], resource: backupPlansUid(ctx.account, ctx.region) },
  )
  if (!list.ok) return list
  const value = await mapLimit(list.value, 8, async (plan) => ({
    plan,
    rules: await ctx.call(
      'GetBackupPlan',
      async (abortSignal) =>
        (await backup.send(new GetBackupPlanCommand({ BackupPlanId: plan.BackupPlanId }), { abortSignal })).BackupPlan?.Rules ?? [],
      { resource: plan.BackupPlanArn ?? plan.BackupPlanId },
    ),
  }))
  return { ok: true, value }
}

/** AWS Backup vaults (encryption, Vault Lock, access policy) and backup plans (rules and retention). */
export const backupCollector: AwsCollector<BackupRaw> = {
  service: 'backup',
  scope: 'regional',
  produces: [VAULT, PLAN, REGION_PLANS],
  async collect(ctx, session) {
    const backup = session.client(BackupClient, ctx.region)
    const [vaults, plans] = await Promise.all([collectVaults(ctx, backup), collectPlans(ctx, backup)])
    return { vaults, plans }
  },
}
