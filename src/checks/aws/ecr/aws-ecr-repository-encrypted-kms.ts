import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type EcrRepositoryAttributes } from '../../../normalize/aws/types.js'

/** Repositories should encrypt images with a KMS key rather than the default AES256 (ECR-managed keys). */
export default defineCheck<EcrRepositoryAttributes>({
  id: 'aws-ecr-repository-encrypted-kms',
  title: 'ECR repository encrypts images with a KMS key',
  resourceType: AWS.ecrRepository,
  severity: 'low',
  categories: ['encryption'],
  rationale:
    'ECR always encrypts images at rest; by default (AES256) with keys ECR manages, which no key policy can restrict. With KMS ' +
    'encryption, pulling also needs kms:Decrypt on the key, which can be limited and is logged in CloudTrail.',
  remediation: {
    steps: [
      'Encryption is fixed at creation: create a new repository with encryptionType KMS (ideally a customer-managed key),',
      'copy the images into it, move the consumers, and delete the old repository.',
    ],
    cli: 'aws ecr create-repository --repository-name <name> --encryption-configuration encryptionType=KMS,kmsKey=<key-arn>',
    terraform: 'aws_ecr_repository: encryption_configuration { encryption_type = "KMS", kms_key = aws_kms_key.<name>.arn }.',
    references: ['https://docs.aws.amazon.com/AmazonECR/latest/userguide/encryption-at-rest.html'],
  },
  evaluate(repo, result) {
    const { repositoryName: name, encryptionType, kmsKey } = repo.attributes
    return encryptionType.startsWith('KMS')
      ? result.pass(`Repository ${name} is encrypted with ${encryptionType}${kmsKey ? ` (${kmsKey})` : ''}.`)
      : result.fail(`Repository ${name} is encrypted with ${encryptionType} (ECR-managed keys), not a KMS key.`)
  },
})
