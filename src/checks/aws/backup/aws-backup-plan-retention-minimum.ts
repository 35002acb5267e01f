import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type BackupPlanAttributes, type BackupPlanRule } from '../../../normalize/aws/types.js'

const MIN_RETENTION_DAYS = 7
/** Recovery points moved to cold storage must stay there at least 90 days (AWS Backup developer guide, "Lifecycle and storage tiers"). */
const MIN_COLD_DAYS = 90

/** Why a rule's lifecycle is too short, or null when it is fine. */
function problem(rule: BackupPlanRule): string | null {
  const { deleteAfterDays: del, moveToColdStorageAfterDays: cold } = rule
  if (del !== null && del < MIN_RETENTION_DAYS) return `rule ${rule.ruleName} deletes recovery points after ${del} day(s)`
  if (del !== null && cold !== null && del - cold < MIN_COLD_DAYS) {
    return `rule ${rule.ruleName} moves recovery points to cold storage after ${cold} days but deletes them after ${del}`
  }
  return null
}

/** Backup plan rules should keep recovery points at least 7 days, and use cold storage only for at least 90 days. */
export default defineCheck<BackupPlanAttributes>({
  id: 'aws-backup-plan-retention-minimum',
  title: 'AWS Backup plan rules retain recovery points for at least 7 days',
  resourceType: AWS.backupPlan,
  severity: 'medium',
  categories: ['resilience'],
  rationale:
    'Corruption, a bad deployment or ransomware is often noticed days after it happened; recovery points kept for less than a week may ' +
    'all postdate the damage. A cold-storage transition shorter than the 90-day minimum is billed for 90 days anyway and signals a misconfigured lifecycle.',
  remediation: {
    steps: [
      "Set each rule's lifecycle DeleteAfterDays to at least 7 (35 or more is common for daily backups).",
      'When using MoveToColdStorageAfterDays, keep DeleteAfterDays at least 90 days later.',
    ],
    cli: 'aws backup update-backup-plan --backup-plan-id <plan-id> --backup-plan file://plan.json',
    terraform: 'aws_backup_plan rule.lifecycle: delete_after >= 7 (and delete_after >= cold_storage_after + 90).',
    references: ['https://docs.aws.amazon.com/aws-backup/latest/devguide/plan-options-and-configuration.html'],
  },
  evaluate(plan, result) {
    const { planName } = plan.attributes
    const rules = known(plan.attributes.rules, `rules of backup plan ${planName}`)
    if (rules.length === 0) return result.fail(`Backup plan ${planName} has no rules, so it takes no backups.`)
    const problems = rules.map(problem).filter((p): p is string => p !== null)
    return problems.length > 0
      ? result.fail(`Backup plan ${planName}: ${problems.join('; ')}.`)
      : result.pass(`Every rule of backup plan ${planName} keeps recovery points at least ${MIN_RETENTION_DAYS} days.`)
  },
})
