import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type TrailAttributes } from '../../../normalize/aws/types.js'

/** Digest files let investigators prove that delivered CloudTrail logs were not altered or removed (CIS AWS Foundations v1.4 3.2). */
export default defineCheck<TrailAttributes>({
  id: 'aws-cloudtrail-log-file-validation-enabled',
  title: 'CloudTrail trail has log file integrity validation enabled',
  resourceType: AWS.cloudtrailTrail,
  severity: 'medium',
  categories: ['logging'],
  rationale:
    'An intruder with write access to the log bucket can edit or delete log files to hide their tracks; without the signed hourly ' +
    'digest files there is no way to detect it, and the logs lose their value as evidence.',
  remediation: {
    steps: ['Enable log file validation on the trail.', 'Periodically run aws cloudtrail validate-logs against the trail.'],
    cli: 'aws cloudtrail update-trail --name <trail> --enable-log-file-validation',
    terraform: 'aws_cloudtrail: enable_log_file_validation = true.',
    references: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html'],
  },
  evaluate(trail, result) {
    return trail.attributes.logFileValidation
      ? result.pass(`Trail ${trail.attributes.name} delivers signed digest files for its logs.`)
      : result.fail(`Trail ${trail.attributes.name} has log file validation turned off, so tampering with its logs would go unnoticed.`)
  },
})
