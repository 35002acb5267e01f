import {
  EC2Client,
  paginateDescribeLaunchTemplates,
  DescribeLaunchTemplateVersionsCommand,
  type LaunchTemplate,
  type LaunchTemplateVersion,
} from '@aws-sdk/client-ec2'
import { mapLimit } from '../limiter.js'
import type { CallResult } from '../collector.js'
import type { AwsCollector } from './module.js'
import { partitionOf } from './ec2-arn.js'

/** SDK shapes the normalizer reads (normalize/ does not import SDKs itself). */
export type { LaunchTemplate, LaunchTemplateVersion } from '@aws-sdk/client-ec2'

/** Raw launch templates of one region, each with its default and latest versions. */
export interface Ec2LaunchTemplatesRaw {
  launchTemplates: { template: LaunchTemplate; versions: CallResult<LaunchTemplateVersion[] | null> }[]
}

const TYPES = ['aws.ec2.launch-template']

/** EC2 launch templates with the data of their default and latest versions (IMDS, network interfaces, EBS, user data). */
export const ec2LaunchTemplatesCollector: AwsCollector<Ec2LaunchTemplatesRaw> = {
  service: 'ec2',
  scope: 'regional',
  produces: TYPES,
  async collect(ctx, session) {
    const ec2 = session.client(EC2Client, ctx.region)
    const list = await ctx.paginate(
      'DescribeLaunchTemplates',
      (abortSignal) => paginateDescribeLaunchTemplates({ client: ec2 }, {}, { abortSignal }),
      (p) => p.LaunchTemplates,
      { affects: TYPES },
    )
    if (!list.ok) return { launchTemplates: [] }
    const launchTemplates = await mapLimit(list.value, 8, async (template) => ({
      template,
      // $Default and $Latest are the versions launches use when none is named (EC2 API reference, DescribeLaunchTemplateVersions).
      versions: await ctx.call(
        'DescribeLaunchTemplateVersions',
        async (abortSignal) =>
          (
            await ec2.send(
              new DescribeLaunchTemplateVersionsCommand({ LaunchTemplateId: template.LaunchTemplateId, Versions: ['$Default', '$Latest'] }),
              {
                abortSignal,
              },
            )
          ).LaunchTemplateVersions ?? [],
        { resource: `arn:${partitionOf(ctx.region)}:ec2:${ctx.region}:${ctx.account}:launch-template/${template.LaunchTemplateId ?? ''}` },
      ),
    }))
    return { launchTemplates }
  },
}
