import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type EcrRepositoryAttributes } from '../../../normalize/aws/types.js'

/** Image tags should be immutable so a tag always names the image that was tested and approved. */
export default defineCheck<EcrRepositoryAttributes>({
  id: 'aws-ecr-repository-tag-immutability',
  title: 'ECR repository has image tag immutability enabled',
  resourceType: AWS.ecrRepository,
  severity: 'low',
  categories: ['patching'],
  rationale:
    'With mutable tags, anyone allowed to push can silently replace the image behind a tag such as "prod" or "v1.4.2", and every ' +
    'deployment that pulls by tag then runs the replacement; immutable tags make a tag point to one image for good.',
  remediation: {
    steps: [
      'Set the repository tag mutability to IMMUTABLE (or IMMUTABLE_WITH_EXCLUSION for tags such as "latest").',
      'Deploy by digest where possible.',
    ],
    cli: 'aws ecr put-image-tag-mutability --repository-name <name> --image-tag-mutability IMMUTABLE',
    terraform: 'aws_ecr_repository: image_tag_mutability = "IMMUTABLE".',
    references: [
      'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ecr-controls.html#ecr-2',
    ],
  },
  evaluate(repo, result) {
    const { repositoryName: name, imageTagMutability: m } = repo.attributes
    return m.startsWith('IMMUTABLE')
      ? result.pass(`Repository ${name} has immutable tags (${m}).`)
      : result.fail(`Repository ${name} has mutable tags (${m}): pushed tags can be overwritten.`)
  },
})
