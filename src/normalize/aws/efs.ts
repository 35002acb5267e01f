import type { Resource } from '../../core/resource.js'
import type { EfsRaw } from '../../collect/aws/efs.js'
import { partitionOf } from '../../collect/aws/ec2-arn.js'
import { AWS, type EfsFileSystemAttributes } from './types.js'
import { awsResource, maybePolicy, tagsOf, type NormalizeScope } from './helpers.js'

/** EFS file systems → aws.efs.file-system. */
export function normalizeEfs(raw: EfsRaw, scope: NormalizeScope): Resource<EfsFileSystemAttributes>[] {
  return raw.fileSystems.map(({ fileSystem: fs, policy }) => {
    const id = fs.FileSystemId ?? ''
    const kmsKeyId = fs.KmsKeyId ?? null
    return awsResource<EfsFileSystemAttributes>({
      uid: fs.FileSystemArn ?? `arn:${partitionOf(scope.region)}:elasticfilesystem:${scope.region}:${scope.account}:file-system/${id}`,
      type: AWS.efsFileSystem,
      account: scope.account,
      region: scope.region,
      name: fs.Name ?? id,
      tags: tagsOf(fs.Tags),
      relations: kmsKeyId ? [{ kind: 'uses-kms-key', target: kmsKeyId }] : [],
      attributes: {
        fileSystemId: id,
        encrypted: fs.Encrypted === true,
        kmsKeyId,
        policy: maybePolicy(policy, 'elasticfilesystem:DescribeFileSystemPolicy'),
      },
    })
  })
}
