import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type CodeBuildProjectAttributes } from '../../../normalize/aws/types.js'

/** Build results (logs and artifacts) should not be visible to everyone on the internet. */
export default defineCheck<CodeBuildProjectAttributes>({
  id: 'aws-codebuild-project-not-public',
  title: 'CodeBuild project build results are not publicly visible',
  resourceType: AWS.codebuildProject,
  severity: 'critical',
  categories: ['data-exposure'],
  rationale:
    "With projectVisibility PUBLIC_READ, anyone on the internet can open the project's public URL and read its build logs and " +
    'download its artifacts, which commonly expose source code, internal endpoints and credentials printed by build steps.',
  remediation: {
    steps: ['Make the project private.', 'Review past build logs and artifacts for credentials and rotate any that were printed.'],
    cli: 'aws codebuild update-project-visibility --project-arn <project-arn> --project-visibility PRIVATE',
    terraform: 'aws_codebuild_project: project_visibility = "PRIVATE".',
    references: ['https://docs.aws.amazon.com/codebuild/latest/userguide/public-builds.html'],
  },
  evaluate(p, result) {
    const { projectName } = p.attributes
    const visibility = known(p.attributes.projectVisibility, `visibility of project ${projectName}`)
    return visibility === 'PUBLIC_READ'
      ? result.fail(`Project ${projectName} is public (PUBLIC_READ): anyone can read its build logs and artifacts.`)
      : result.pass(`Project ${projectName} is ${visibility.toLowerCase()}.`)
  },
})
