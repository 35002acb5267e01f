import { EFSClient, paginateDescribeFileSystems, DescribeFileSystemPolicyCommand, type FileSystemDescription } from '@aws-sdk/client-efs'
import { mapLimit } from '../limiter.js'
import type { CallResult } from '../collector.js'
import type { AwsCollector } from './module.js'

export type { FileSystemDescription }

/** Raw EFS data for one region: each file system with its resource policy (null = none, or the call failed). */
export interface EfsRaw {
  fileSystems: { fileSystem: FileSystemDescription; policy: CallResult<string | null> }[]
}

const TYPES = ['aws.efs.file-system']

/** EFS file systems (encryption at rest) with their file system policies. */
export const efsCollector: AwsCollector<EfsRaw> = {
  service: 'efs',
  scope: 'regional',
  produces: TYPES,
  async collect(ctx, session) {
    const efs = session.client(EFSClient, ctx.region)
    const list = await ctx.paginate(
      'DescribeFileSystems',
      () => paginateDescribeFileSystems({ client: efs }, {}),
      (p) => p.FileSystems,
      { affects: TYPES },
    )
    if (!list.ok) return { fileSystems: [] }
    const fileSystems = await mapLimit(list.value, 8, async (fileSystem) => ({
      fileSystem,
      // PolicyNotFound = no file system policy (the default); any other failure leaves the policy Unknown.
      policy: await ctx.call(
        'DescribeFileSystemPolicy',
        async (abortSignal) =>
          (await efs.send(new DescribeFileSystemPolicyCommand({ FileSystemId: fileSystem.FileSystemId }), { abortSignal })).Policy ?? null,
        { resource: fileSystem.FileSystemArn ?? fileSystem.FileSystemId, absentOn: ['PolicyNotFound'] },
      ),
    }))
    return { fileSystems }
  },
}
