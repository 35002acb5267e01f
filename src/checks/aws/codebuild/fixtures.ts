/** Test fixtures for CodeBuild checks (not a check: no `aws-` prefix). */
import { AWS, type CodeBuildProjectAttributes, type CodeBuildSourceCredentialsAttributes } from '../../../normalize/aws/types.js'
import { awsFixture } from '../../_shared/testing.js'

/** A project that passes every project check. */
export const project = (attrs: Partial<CodeBuildProjectAttributes> = {}) =>
  awsFixture<CodeBuildProjectAttributes>(
    AWS.codebuildProject,
    {
      projectName: 'api-build',
      privilegedMode: false,
      environmentVariables: [
        { name: 'STAGE', type: 'PLAINTEXT' },
        { name: 'NPM_TOKEN', type: 'SECRETS_MANAGER' },
      ],
      plaintextSecrets: [],
      sources: [{ id: 'primary', type: 'GITHUB', location: 'https://github.com/example/api.git' }],
      sourceCredentials: [],
      artifacts: [{ id: 'primary', type: 'S3', encryptionDisabled: false }],
      cloudWatchLogsEnabled: true,
      s3LogsEnabled: false,
      s3LogsEncryptionDisabled: null,
      projectVisibility: 'PRIVATE',
      ...attrs,
    },
    { name: 'api-build', uid: 'arn:aws:codebuild:us-east-1:111122223333:project/api-build' },
  )

export const sourceCredentials = (attrs: Partial<CodeBuildSourceCredentialsAttributes> = {}) =>
  awsFixture<CodeBuildSourceCredentialsAttributes>(
    AWS.codebuildSourceCredentials,
    { credentials: [], ...attrs },
    { name: 'codebuild-source-credentials (us-east-1)', uid: 'aws:111122223333:us-east-1:codebuild-source-credentials' },
  )
