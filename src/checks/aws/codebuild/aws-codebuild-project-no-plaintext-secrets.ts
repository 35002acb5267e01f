import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type CodeBuildProjectAttributes } from '../../../normalize/aws/types.js'
import { secretsVerdict } from '../../_shared/secrets.js'

/** Credentials belong in PARAMETER_STORE or SECRETS_MANAGER environment variables, not PLAINTEXT ones. */
export default defineCheck<CodeBuildProjectAttributes>({
  id: 'aws-codebuild-project-no-plaintext-secrets',
  title: 'CodeBuild project has no credentials in plaintext environment variables',
  resourceType: AWS.codebuildProject,
  severity: 'critical',
  categories: ['secrets'],
  rationale:
    'PLAINTEXT environment variables are stored in the project definition and shown to anyone allowed codebuild:BatchGetProjects ' +
    '(and in the console); a token or password there is already disclosed to every such reader and to every build log that echoes the environment.',
  remediation: {
    steps: [
      'Store the value in AWS Secrets Manager or SSM Parameter Store and rotate it, since it has been exposed.',
      "Change the variable's type to SECRETS_MANAGER or PARAMETER_STORE with the secret or parameter name as its value, and let the service role read it.",
    ],
    cli: 'aws codebuild update-project --name <project> --environment file://environment-with-secrets-manager-variables.json',
    terraform:
      'aws_codebuild_project: environment { environment_variable { name = ..., type = "SECRETS_MANAGER", value = "<secret-id>:<json-key>" } }.',
    references: [
      'https://docs.aws.amazon.com/codebuild/latest/APIReference/API_EnvironmentVariable.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/codebuild-controls.html#codebuild-2',
    ],
  },
  evaluate: (p, result) =>
    secretsVerdict(p.attributes.plaintextSecrets, `the plaintext environment variables of project ${p.attributes.projectName}`, result),
})
