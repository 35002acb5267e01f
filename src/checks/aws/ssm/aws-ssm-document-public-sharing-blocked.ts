import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type SsmDocumentSharingSettingAttributes } from '../../../normalize/aws/types.js'

/** The region-level block of public SSM document sharing should be on, so no document can be made public by mistake. */
export default defineCheck<SsmDocumentSharingSettingAttributes>({
  id: 'aws-ssm-document-public-sharing-blocked',
  title: 'SSM block public sharing for documents is enabled in the region',
  resourceType: AWS.ssmDocumentSharingSetting,
  severity: 'high',
  categories: ['data-exposure'],
  rationale:
    "Unless public sharing is blocked, anyone allowed ssm:ModifyDocumentPermission can publish any of the account's documents to every AWS " +
    'account with one call. The block is an account- and region-wide preventive control that makes such a mistake impossible.',
  remediation: {
    steps: [
      'In Systems Manager > Documents > Preferences, turn on "Block public sharing" in every region you use.',
      'Or set the service setting /ssm/documents/console/public-sharing-permission to Disable.',
    ],
    cli: 'aws ssm update-service-setting --setting-id /ssm/documents/console/public-sharing-permission --setting-value Disable --region <region>',
    terraform: 'aws_ssm_service_setting: setting_id = "/ssm/documents/console/public-sharing-permission", setting_value = "Disable".',
    references: ['https://docs.aws.amazon.com/systems-manager/latest/userguide/documents-ssm-sharing.html#block-public-access'],
  },
  evaluate(setting, result) {
    const value = known(setting.attributes.publicSharingPermission, `public sharing setting of SSM documents in ${setting.region}`)
    return value === 'Disable'
      ? result.pass(`Public sharing of SSM documents is blocked in ${setting.region}.`)
      : result.fail(`Public sharing of SSM documents is allowed in ${setting.region} (setting value "${value}").`)
  },
})
