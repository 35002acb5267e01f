import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type CodeBuildProjectAttributes } from '../../../normalize/aws/types.js'

/** Build logs should go to CloudWatch Logs or S3. */
export default defineCheck<CodeBuildProjectAttributes>({
  id: 'aws-codebuild-project-logging-enabled',
  title: 'CodeBuild project sends build logs to CloudWatch Logs or S3',
  resourceType: AWS.codebuildProject,
  severity: 'medium',
  categories: ['logging'],
  rationale:
    'Build logs record which commands ran, what was downloaded and what was published; with both CloudWatch Logs and S3 logging ' +
    'off, a tampered build (a poisoned dependency or modified buildspec) leaves no trace to investigate.',
  remediation: {
    steps: ['Enable CloudWatch Logs for the project (or S3 logs to a bucket with restricted access) and set a retention period.'],
    cli: 'aws codebuild update-project --name <project> --logs-config "cloudWatchLogs={status=ENABLED}"',
    terraform: 'aws_codebuild_project: logs_config { cloudwatch_logs { status = "ENABLED" } } (or s3_logs { status = "ENABLED", location = ... }).',
    references: [
      'https://docs.aws.amazon.com/codebuild/latest/APIReference/API_LogsConfig.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/codebuild-controls.html#codebuild-4',
    ],
  },
  evaluate(p, result) {
    const { projectName } = p.attributes
    const cw = known(p.attributes.cloudWatchLogsEnabled, `logs configuration of project ${projectName}`)
    const s3 = known(p.attributes.s3LogsEnabled, `logs configuration of project ${projectName}`)
    if (!cw && !s3) return result.fail(`Project ${projectName} has both CloudWatch Logs and S3 logging disabled.`)
    const where = [cw ? 'CloudWatch Logs' : '', s3 ? 'S3' : ''].filter(Boolean).join(' and ')
    return result.pass(`Project ${projectName} sends build logs to ${where}.`)
  },
})
