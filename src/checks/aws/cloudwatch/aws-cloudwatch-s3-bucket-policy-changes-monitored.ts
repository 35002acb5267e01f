import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type AccountAttributes } from '../../../normalize/aws/types.js'
import { evaluateMonitoring, monitoringRemediation, type MonitoringSpec } from '../../_shared/metric-filter.js'

// CIS AWS Foundations v1.4 4.8; AWS Security Hub CloudWatch.8.
const SPEC: MonitoringSpec = {
  subject: 'S3 bucket policy changes',
  metricName: 'S3BucketPolicyChanges',
  pattern:
    '{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketAcl) || ($.eventName = PutBucketPolicy) || ' +
    '($.eventName = PutBucketCors) || ($.eventName = PutBucketLifecycle) || ($.eventName = PutBucketReplication) || ' +
    '($.eventName = DeleteBucketPolicy) || ($.eventName = DeleteBucketCors) || ' +
    '($.eventName = DeleteBucketLifecycle) || ($.eventName = DeleteBucketReplication)) }',
  reference: 'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-8',
}

/** Bucket policy and ACL edits can expose data publicly in a single call. */
export default defineCheck<AccountAttributes>({
  id: 'aws-cloudwatch-s3-bucket-policy-changes-monitored',
  title: 'CloudWatch alarm notifies on S3 bucket policy changes',
  resourceType: AWS.account,
  severity: 'medium',
  categories: ['logging', 'threat-detection'],
  rationale:
    'One PutBucketPolicy or PutBucketAcl call can make a bucket public or grant another account access; alerting on bucket policy, ' +
    'ACL, CORS, lifecycle and replication changes shortens the exposure window.',
  remediation: monitoringRemediation(SPEC),
  evaluate: (account, result, ctx) => evaluateMonitoring(account, SPEC, result, ctx),
})
