import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type TrailAttributes } from '../../../normalize/aws/types.js'

/** Events delivered to CloudWatch Logs can drive metric filters and alarms in near real time (CIS AWS Foundations v1.4 3.4). */
export default defineCheck<TrailAttributes>({
  id: 'aws-cloudtrail-cloudwatch-logs-integrated',
  title: 'CloudTrail trail sends its events to CloudWatch Logs',
  resourceType: AWS.cloudtrailTrail,
  severity: 'low',
  categories: ['logging', 'threat-detection'],
  rationale:
    'Log files in S3 arrive every few minutes and nobody watches them; sending events to CloudWatch Logs is what makes real-time ' +
    'metric filters and alarms on root use, policy changes or failed sign-ins possible.',
  remediation: {
    steps: [
      'Create a log group and an IAM role that CloudTrail can assume to write to it (logs:CreateLogStream, logs:PutLogEvents).',
      'Point the trail at the log group.',
    ],
    cli: 'aws cloudtrail update-trail --name <trail> --cloud-watch-logs-log-group-arn <log-group-arn>:* --cloud-watch-logs-role-arn <role-arn>',
    terraform:
      'aws_cloudtrail: cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.<g>.arn}:*" and cloud_watch_logs_role_arn = aws_iam_role.<r>.arn.',
    references: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html'],
  },
  evaluate(trail, result) {
    const group = trail.attributes.cloudWatchLogsLogGroupArn
    return group
      ? result.pass(`Trail ${trail.attributes.name} sends its events to log group ${group}.`)
      : result.fail(`Trail ${trail.attributes.name} delivers only to S3; no CloudWatch Logs group is set.`)
  },
})
