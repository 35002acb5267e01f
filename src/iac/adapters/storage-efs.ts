/**
 * EFS file systems from code: Terraform `aws_efs_file_system` (+ `aws_efs_file_system_policy`), CloudFormation
 * `AWS::EFS::FileSystem` (policy inline as FileSystemPolicy). Left out: not encrypted (CreateFileSystem's
 * Encrypted defaults to false; only the console turns it on), no file system policy
 * (https://docs.aws.amazon.com/efs/latest/ug/API_CreateFileSystem.html).
 */
import { isUnknown } from '../../core/unknown.js'
import { AWS, type EfsFileSystemAttributes } from '../../normalize/aws/types.js'
import { partsAdapter, type AdaptContext, type AdaptedResource, type Adapter, type IacResource } from '../model.js'
import { keyLabel, kmsKeyRef, kmsRelations, unattributed } from './storage-common.js'
import { bool, cfnTags, policyOf, str, tfTags, withUnknowns } from './values.js'

function fileSystem(
  r: IacResource,
  fields: { encrypted: unknown; kmsKey: unknown; policy: unknown; name: unknown },
  tags: Record<string, string>,
  ctx: AdaptContext,
): AdaptedResource<EfsFileSystemAttributes>[] {
  const encrypted = bool(fields.encrypted, false)
  const key = kmsKeyRef(fields.kmsKey, ctx)
  const isEncrypted = isUnknown(encrypted) ? encrypted : encrypted === true
  const name = str(fields.name, null)
  const attributes = withUnknowns<EfsFileSystemAttributes>(
    {
      // The file system id (fs-…) is generated at creation; the address names it in messages.
      fileSystemId: r.address,
      encrypted: isUnknown(isEncrypted) ? false : isEncrypted,
      kmsKeyId: keyLabel(key.ref),
      policy: policyOf(fields.policy),
    },
    isUnknown(isEncrypted) ? { encrypted: isEncrypted } : {},
  )
  return [{ type: AWS.efsFileSystem, name: typeof name === 'string' ? name : r.address, tags, attributes, relations: kmsRelations(key) }]
}

function tfFileSystem(r: IacResource, ctx: AdaptContext): AdaptedResource<EfsFileSystemAttributes>[] {
  const v = r.values
  const policyRes = ctx.referencing('aws_efs_file_system_policy', 'file_system_id', r)[0]
  const tags = tfTags(v)
  return fileSystem(
    r,
    {
      encrypted: v.encrypted,
      kmsKey: v.kms_key_id,
      policy: policyRes ? policyRes.values.policy : unattributed(ctx, 'aws_efs_file_system_policy', 'file_system_id'),
      name: tags.Name,
    },
    tags,
    ctx,
  )
}

function cfnFileSystem(r: IacResource, ctx: AdaptContext): AdaptedResource<EfsFileSystemAttributes>[] {
  const v = r.values
  const tags = cfnTags(v, 'FileSystemTags')
  return fileSystem(r, { encrypted: v.Encrypted, kmsKey: v.KmsKeyId, policy: v.FileSystemPolicy, name: tags.Name }, tags, ctx)
}

/** EFS adapters (Terraform and CloudFormation). */
export const efsAdapters: Adapter[] = [
  { language: 'terraform', types: ['aws_efs_file_system'], produces: [AWS.efsFileSystem], adapt: tfFileSystem },
  { language: 'cloudformation', types: ['AWS::EFS::FileSystem'], produces: [AWS.efsFileSystem], adapt: cfnFileSystem },
  // The policy is read as part of its file system; backup policies configure nothing the checks read.
  partsAdapter('terraform', ['aws_efs_file_system_policy', 'aws_efs_backup_policy']),
]
