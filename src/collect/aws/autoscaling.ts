import {
  AutoScalingClient,
  paginateDescribeAutoScalingGroups,
  paginateDescribeLaunchConfigurations,
  type AutoScalingGroup,
  type LaunchConfiguration,
} from '@aws-sdk/client-auto-scaling'
import { listOf } from '../list-of.js'
import type { AwsCollector } from './module.js'

/** SDK shapes the normalizer reads (normalize/ does not import SDKs itself). */
export type { AutoScalingGroup, LaunchConfiguration } from '@aws-sdk/client-auto-scaling'

/** Raw Auto Scaling data of one region; a failed list call leaves an empty list (and a recorded error). */
export interface AutoscalingRaw {
  groups: AutoScalingGroup[]
  launchConfigurations: LaunchConfiguration[]
}

const GROUP = 'aws.autoscaling.group'
const LAUNCH_CONFIGURATION = 'aws.autoscaling.launch-configuration'

/** Auto Scaling groups and launch configurations (both lists carry every attribute the checks read). */
export const autoscalingCollector: AwsCollector<AutoscalingRaw> = {
  service: 'autoscaling',
  scope: 'regional',
  produces: [GROUP, LAUNCH_CONFIGURATION],
  async collect(ctx, session) {
    const autoscaling = session.client(AutoScalingClient, ctx.region)
    const [groups, launchConfigurations] = await Promise.all([
      listOf(
        ctx,
        'DescribeAutoScalingGroups',
        GROUP,
        (abortSignal) => paginateDescribeAutoScalingGroups({ client: autoscaling }, {}, { abortSignal }),
        (p) => p.AutoScalingGroups,
      ),
      listOf(
        ctx,
        'DescribeLaunchConfigurations',
        LAUNCH_CONFIGURATION,
        (abortSignal) => paginateDescribeLaunchConfigurations({ client: autoscaling }, {}, { abortSignal }),
        (p) => p.LaunchConfigurations,
      ),
    ])
    return { groups, launchConfigurations }
  },
}
