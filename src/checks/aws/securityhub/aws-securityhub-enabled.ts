import { defineCheck } from '../../../evaluate/define-check.js'
import { isUnknown, known } from '../../../core/unknown.js'
import { AWS, type SecurityHubAttributes } from '../../../normalize/aws/types.js'

/** Security Hub must be enabled in each region (CIS AWS Foundations 5.16). */
export default defineCheck<SecurityHubAttributes>({
  id: 'aws-securityhub-enabled',
  title: 'AWS Security Hub is enabled in the region',
  resourceType: AWS.securityHub,
  severity: 'medium',
  categories: ['threat-detection'],
  rationale:
    'Security Hub aggregates GuardDuty, Inspector, Macie and Config findings and runs the AWS security standards; it is ' +
    'regional, so a region without a hub has no central view of its findings.',
  remediation: {
    steps: ['Enable Security Hub in every region in use (or through the delegated administrator for the organization).'],
    cli: 'aws securityhub enable-security-hub --enable-default-standards --region <region>',
    terraform: 'aws_securityhub_account in each region provider (plus aws_securityhub_standards_subscription as needed).',
    references: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-settingup.html',
      'https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_DescribeHub.html',
    ],
  },
  evaluate(res, result) {
    const region = res.region
    const enabled = known(res.attributes.enabled, `Security Hub state in ${region}`)
    if (!enabled) return result.fail(`Security Hub is not enabled in ${region}.`)
    const standards = res.attributes.enabledStandards
    const count = standards === null || isUnknown(standards) ? 'standards not read' : `${standards.length} standard(s) enabled`
    return result.pass(`Security Hub is enabled in ${region} (${count}).`)
  },
})
