import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type AccountAttributes } from '../../../normalize/aws/types.js'
import { s3DataEventsVerdict } from '../../_shared/trails.js'

/** Object-level S3 reads (GetObject) are only audited when a trail records data events (CIS AWS Foundations v1.4 3.11). */
export default defineCheck<AccountAttributes>({
  id: 'aws-cloudtrail-s3-data-events-read',
  title: 'A multi-region trail records S3 object-level read events for all buckets',
  resourceType: AWS.account,
  severity: 'low',
  categories: ['logging'],
  rationale:
    'Management events do not include GetObject; without read data events an exfiltration of bucket contents with stolen credentials ' +
    'leaves no record of which objects were taken or by whom.',
  remediation: {
    steps: [
      'On a multi-region trail, add an advanced event selector for S3 object data events with readOnly = true (or omit readOnly to record reads and writes).',
      'Keep a management-events selector in the same call: put-advanced-event-selectors replaces all selectors.',
    ],
    cli:
      'aws cloudtrail put-advanced-event-selectors --trail-name <trail> --advanced-event-selectors ' +
      '\'[{"Name":"Management events","FieldSelectors":[{"Field":"eventCategory","Equals":["Management"]}]},' +
      '{"Name":"S3 object reads","FieldSelectors":[{"Field":"eventCategory","Equals":["Data"]},{"Field":"resources.type","Equals":["AWS::S3::Object"]},{"Field":"readOnly","Equals":["true"]}]}]\'',
    terraform:
      'aws_cloudtrail (is_multi_region_trail = true): an advanced_event_selector with field_selector eventCategory = ["Data"], ' +
      'resources.type = ["AWS::S3::Object"], readOnly = ["true"] (or event_selector.data_resource type "AWS::S3::Object", values ["arn:aws:s3"]).',
    references: [
      'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-data-events-with-cloudtrail.html',
      'https://www.cisecurity.org/benchmark/amazon_web_services',
    ],
  },
  evaluate: (account, result, ctx) => s3DataEventsVerdict(account, 'read', result, ctx),
})
