import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type CodeBuildProjectAttributes } from '../../../normalize/aws/types.js'
import { secretsVerdict } from '../../_shared/secrets.js'

/** Source repository URLs should not carry credentials (https://user:token@host/...). */
export default defineCheck<CodeBuildProjectAttributes>({
  id: 'aws-codebuild-project-source-no-embedded-credentials',
  title: 'CodeBuild project source URLs contain no embedded credentials',
  resourceType: AWS.codebuildProject,
  severity: 'critical',
  categories: ['secrets'],
  rationale:
    'A user name and password or token in a source location is stored in clear text in the project and returned by ' +
    'BatchGetProjects, so anyone who can read the project configuration can use the credential to read or push to the repository.',
  remediation: {
    steps: [
      'Revoke the token or password found in the URL.',
      'Set the source location to the plain repository URL and authenticate through an AWS CodeConnections connection or CodeBuild source credentials.',
    ],
    cli: 'aws codebuild update-project --name <project> --source "type=BITBUCKET,location=https://bitbucket.org/<workspace>/<repo>.git"',
    terraform:
      'aws_codebuild_project: source { location = "https://<host>/<owner>/<repo>.git" } without user:token@, with auth through aws_codebuild_source_credential or a CodeConnections connection.',
    references: [
      'https://docs.aws.amazon.com/codebuild/latest/userguide/access-tokens.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/codebuild-controls.html#codebuild-1',
    ],
  },
  evaluate: (p, result) => secretsVerdict(p.attributes.sourceCredentials, `the source locations of project ${p.attributes.projectName}`, result),
})
