import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type CodeBuildSourceCredentialsAttributes } from '../../../normalize/aws/types.js'

/** Auth types that store a long-lived personal secret of one user. */
const PERSONAL = new Set(['PERSONAL_ACCESS_TOKEN', 'BASIC_AUTH'])

/** CodeBuild should reach source providers through OAuth apps or CodeConnections, not personal access tokens or passwords. */
export default defineCheck<CodeBuildSourceCredentialsAttributes>({
  id: 'aws-codebuild-source-credentials-no-personal-tokens',
  title: 'CodeBuild source credentials use connections rather than personal access tokens',
  resourceType: AWS.codebuildSourceCredentials,
  severity: 'low',
  categories: ['identity'],
  rationale:
    'A personal access token or app password acts as one person, usually on every repository they can reach, never expires ' +
    'unless they set it to, and breaks when they leave; a CodeConnections connection or OAuth app is scoped to the organisation ' +
    'and can be revoked and audited centrally.',
  remediation: {
    steps: [
      'Create an AWS CodeConnections connection to the provider and import it as the source credential (auth type CODECONNECTIONS).',
      'Delete the personal access token or basic-auth credential from CodeBuild and revoke it at the provider.',
    ],
    cli: 'aws codebuild import-source-credentials --server-type GITHUB --auth-type CODECONNECTIONS --token <connection-arn>',
    terraform: 'aws_codebuild_source_credential: auth_type = "CODECONNECTIONS", token = <aws_codestarconnections_connection ARN>.',
    references: ['https://docs.aws.amazon.com/codebuild/latest/userguide/access-tokens.html'],
  },
  evaluate(settings, result) {
    const credentials = known(settings.attributes.credentials, `CodeBuild source credentials in ${settings.region}`)
    const personal = credentials.filter((c) => PERSONAL.has(c.authType))
    if (personal.length === 0)
      return result.pass(
        credentials.length === 0
          ? `No CodeBuild source credentials are stored in ${settings.region}.`
          : `CodeBuild source credentials in ${settings.region} use ${[...new Set(credentials.map((c) => c.authType))].join(', ')}.`,
      )
    return result.fail(
      `CodeBuild in ${settings.region} stores personal credentials: ${personal.map((c) => `${c.serverType} ${c.authType}`).join(', ')}.`,
    )
  },
})
