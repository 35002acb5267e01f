import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type CodeBuildProjectAttributes } from '../../../normalize/aws/types.js'

/** S3 build artifacts should not have encryption disabled. */
export default defineCheck<CodeBuildProjectAttributes>({
  id: 'aws-codebuild-project-artifacts-encrypted',
  title: 'CodeBuild project does not disable encryption of its S3 artifacts',
  resourceType: AWS.codebuildProject,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    'With encryptionDisabled, CodeBuild uploads build outputs (packages, images, deployment bundles) to S3 without its KMS ' +
    "encryption, so reading them no longer requires permission on the project's key and the upload is not protected by it.",
  remediation: {
    steps: ['Set encryptionDisabled to false for the primary and every secondary S3 artifact.'],
    cli: 'aws codebuild update-project --name <project> --artifacts "type=S3,location=<bucket>,encryptionDisabled=false"',
    terraform: 'aws_codebuild_project: artifacts { encryption_disabled = false } and secondary_artifacts { encryption_disabled = false }.',
    references: [
      'https://docs.aws.amazon.com/codebuild/latest/APIReference/API_ProjectArtifacts.html',
      'https://docs.aws.amazon.com/controltower/latest/controlreference/codebuild-rules.html',
    ],
  },
  evaluate(p, result) {
    const { projectName } = p.attributes
    const artifacts = known(p.attributes.artifacts, `artifacts of project ${projectName}`).filter((a) => a.type === 'S3')
    if (artifacts.length === 0) return result.pass(`Project ${projectName} writes no S3 artifacts.`)
    const plain = artifacts.filter((a) => a.encryptionDisabled).map((a) => a.id)
    return plain.length === 0
      ? result.pass(`Project ${projectName} encrypts all ${artifacts.length} S3 artifact output(s).`)
      : result.fail(`Project ${projectName} has encryption disabled for S3 artifacts: ${plain.join(', ')}.`)
  },
})
