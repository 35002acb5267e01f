import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type BackupRegionPlansAttributes } from '../../../normalize/aws/types.js'

/** Every scanned region should have at least one AWS Backup plan. */
export default defineCheck<BackupRegionPlansAttributes>({
  id: 'aws-backup-plan-exists-in-region',
  title: 'AWS Backup has at least one backup plan in the region',
  resourceType: AWS.backupRegionPlans,
  severity: 'medium',
  categories: ['resilience'],
  rationale:
    "Without a backup plan, resources in the region are backed up only where each service's own feature happens to be on; EFS, DynamoDB " +
    'and EBS data deleted by mistake or by ransomware then cannot be restored. A plan gives scheduled, retained and centrally visible backups.',
  remediation: {
    steps: [
      'Create a backup plan in the region with a daily rule and a retention that matches your recovery point objective.',
      'Assign resources to it by tag or resource ARN (a backup selection).',
    ],
    cli: 'aws backup create-backup-plan --backup-plan file://plan.json --region <region>',
    terraform: 'aws_backup_plan with a rule block, and aws_backup_selection assigning resources to it.',
    references: ['https://docs.aws.amazon.com/aws-backup/latest/devguide/creating-a-backup-plan.html'],
  },
  evaluate(setting, result) {
    const plans = known(setting.attributes.planNames, `backup plans in ${setting.region}`)
    return plans.length === 0
      ? result.fail(`No AWS Backup plan exists in ${setting.region}.`)
      : result.pass(`${plans.length} backup plan(s) exist in ${setting.region}: ${plans.join(', ')}.`)
  },
})
