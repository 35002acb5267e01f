import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type EfsFileSystemAttributes } from '../../../normalize/aws/types.js'

/** EFS file systems must be encrypted at rest (CIS AWS Foundations 3.3.1); encryption can only be chosen at creation. */
export default defineCheck<EfsFileSystemAttributes>({
  id: 'aws-efs-file-system-encrypted',
  title: 'EFS file system is encrypted at rest',
  resourceType: AWS.efsFileSystem,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    'Encryption at rest protects file data and metadata on the underlying storage and puts access to it under a KMS key policy; ' +
    'an unencrypted file system cannot be encrypted later, only replaced.',
  remediation: {
    steps: [
      'Create a new file system with encryption at rest enabled (optionally with a customer-managed KMS key).',
      'Copy the data across (e.g. with AWS DataSync), switch clients to the new file system and delete the old one.',
    ],
    cli: 'aws efs create-file-system --encrypted --kms-key-id <key-arn> --creation-token <token>',
    terraform: 'aws_efs_file_system: encrypted = true (kms_key_id = <key-arn>).',
    references: ['https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html'],
  },
  evaluate(fs, result) {
    const { fileSystemId, encrypted, kmsKeyId } = fs.attributes
    if (!encrypted) return result.fail(`File system ${fileSystemId} is not encrypted at rest.`)
    return result.pass(`File system ${fileSystemId} is encrypted at rest${kmsKeyId ? ` with ${kmsKeyId}` : ''}.`)
  },
})
