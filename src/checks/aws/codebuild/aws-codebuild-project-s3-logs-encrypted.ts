import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type CodeBuildProjectAttributes } from '../../../normalize/aws/types.js'

/** Build logs written to S3 should not have encryption disabled. */
export default defineCheck<CodeBuildProjectAttributes>({
  id: 'aws-codebuild-project-s3-logs-encrypted',
  title: 'CodeBuild project does not disable encryption of its S3 build logs',
  resourceType: AWS.codebuildProject,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    'Build logs often contain internal hostnames, dependency versions and accidentally echoed configuration; with s3Logs ' +
    "encryptionDisabled they are stored without the project's encryption, so anyone who can read the bucket reads them.",
  remediation: {
    steps: ["Set encryptionDisabled to false in the project's S3 logs configuration."],
    cli: 'aws codebuild update-project --name <project> --logs-config "s3Logs={status=ENABLED,location=<bucket>/<prefix>,encryptionDisabled=false}"',
    terraform: 'aws_codebuild_project: logs_config { s3_logs { status = "ENABLED", encryption_disabled = false } }.',
    references: [
      'https://docs.aws.amazon.com/codebuild/latest/APIReference/API_S3LogsConfig.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/codebuild-controls.html#codebuild-3',
    ],
  },
  // Only projects that write logs to S3 have this setting.
  applies: (p) => p.attributes.s3LogsEnabled !== false,
  evaluate(p, result) {
    const { projectName } = p.attributes
    const disabled = known(p.attributes.s3LogsEncryptionDisabled, `S3 logs configuration of project ${projectName}`)
    if (disabled === null) return result.pass(`Project ${projectName} does not write logs to S3.`)
    return disabled
      ? result.fail(`Project ${projectName} writes build logs to S3 with encryption disabled.`)
      : result.pass(`Project ${projectName} encrypts its S3 build logs.`)
  },
})
