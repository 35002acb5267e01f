import check from './aws-cloudwatch-s3-bucket-policy-changes-monitored.js'
import { describeMonitoringCheck } from '../../_shared/monitoring-testing.js'

describeMonitoringCheck(check, {
  compact:
    '{($.eventSource=s3.amazonaws.com)&&(($.eventName=DeleteBucketReplication)||($.eventName=DeleteBucketLifecycle)||($.eventName=DeleteBucketCors)||($.eventName=DeleteBucketPolicy)||($.eventName=PutBucketReplication)||($.eventName=PutBucketLifecycle)||($.eventName=PutBucketCors)||($.eventName=PutBucketPolicy)||($.eventName=PutBucketAcl))}',
  incomplete:
    '{($.eventSource=s3.amazonaws.com)&&(($.eventName=DeleteBucketLifecycle)||($.eventName=DeleteBucketCors)||($.eventName=DeleteBucketPolicy)||($.eventName=PutBucketReplication)||($.eventName=PutBucketLifecycle)||($.eventName=PutBucketCors)||($.eventName=PutBucketPolicy)||($.eventName=PutBucketAcl))}',
  missing: 'DeleteBucketReplication',
})
