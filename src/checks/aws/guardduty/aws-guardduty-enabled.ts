import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type GuardDutyDetectorsAttributes } from '../../../normalize/aws/types.js'

/** GuardDuty must have an enabled detector in each region. */
export default defineCheck<GuardDutyDetectorsAttributes>({
  id: 'aws-guardduty-enabled',
  title: 'Amazon GuardDuty has an enabled detector in the region',
  resourceType: AWS.guardDutyDetectors,
  severity: 'high',
  categories: ['threat-detection'],
  rationale:
    'GuardDuty watches CloudTrail, VPC flow logs and DNS logs for compromised credentials, crypto-mining and reconnaissance; ' +
    'it is regional, so attackers using a region without a detector go unnoticed.',
  remediation: {
    steps: ['Create (or re-enable) a GuardDuty detector in every region, ideally through the organization delegated administrator.'],
    cli: 'aws guardduty create-detector --enable --region <region>  # or: aws guardduty update-detector --detector-id <id> --enable',
    terraform: 'aws_guardduty_detector with enable = true in each region provider.',
    references: [
      'https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_settingup.html',
      'https://docs.aws.amazon.com/guardduty/latest/APIReference/API_GetDetector.html',
    ],
  },
  evaluate(res, result) {
    const region = res.region
    const detectors = known(res.attributes.detectors, `GuardDuty detectors in ${region}`)
    if (detectors.length === 0) return result.fail(`No GuardDuty detector exists in ${region}.`)
    const enabled = detectors.find((d) => d.status === 'ENABLED')
    if (enabled) return result.pass(`GuardDuty detector ${enabled.detectorId} is enabled in ${region}.`)
    // A status that could not be read might be ENABLED: known() answers ERROR rather than FAIL.
    const seen = detectors.map((d) => `${d.detectorId} is ${known(d.status, `status of GuardDuty detector ${d.detectorId} in ${region}`)}`).join(', ')
    return result.fail(`No GuardDuty detector is enabled in ${region}: ${seen}.`)
  },
})
