import { CloudFormationClient, paginateDescribeStacks, type Stack } from '@aws-sdk/client-cloudformation'
import type { AwsCollector } from './module.js'

export type { Stack }

/** Raw CloudFormation data for one region: every stack as DescribeStacks returns it (outputs included). */
export interface CloudformationRaw {
  stacks: Stack[]
}

const TYPES = ['aws.cloudformation.stack']

/**
 * CloudFormation stacks. DescribeStacks without a name lists every stack that is not deleted, with termination
 * protection, notifications, role, outputs and the result of the last drift detection. DetectStackDrift starts a
 * detection (a write), so Posture only reads DriftInformation.
 */
export const cloudformationCollector: AwsCollector<CloudformationRaw> = {
  service: 'cloudformation',
  scope: 'regional',
  produces: TYPES,
  async collect(ctx, session) {
    const cfn = session.client(CloudFormationClient, ctx.region)
    const list = await ctx.paginate(
      'DescribeStacks',
      () => paginateDescribeStacks({ client: cfn }, {}),
      (p) => p.Stacks,
      { affects: TYPES },
    )
    return { stacks: list.ok ? list.value : [] }
  },
}
