import {
  ConfigServiceClient,
  DescribeConfigurationRecordersCommand,
  DescribeConfigurationRecorderStatusCommand,
  DescribeDeliveryChannelsCommand,
  type ConfigurationRecorder,
  type ConfigurationRecorderStatus,
  type DeliveryChannel,
} from '@aws-sdk/client-config-service'
import type { CallResult } from '../collector.js'
import type { AwsCollector } from './module.js'

/** Raw AWS Config data for one region: recorders, their status, and delivery channels (each call may have failed). */
export interface ConfigRaw {
  recorders: CallResult<ConfigurationRecorder[] | null>
  statuses: CallResult<ConfigurationRecorderStatus[] | null>
  deliveryChannels: CallResult<DeliveryChannel[] | null>
}

const TYPES = ['aws.config.recorders']

/**
 * The region's one config-recorders resource is always emitted (normalize/aws/types.ts settingUid), so a failed call makes
 * its attributes Unknown (one ERROR per check) rather than marking the whole type missing (which would add a second).
 */
function settingResource(ctx: { account: string; region: string }): string {
  return `aws:${ctx.account}:${ctx.region}:config-recorders`
}

/** AWS Config recorders and delivery channels of a region (none of these calls is paginated). */
export const configCollector: AwsCollector<ConfigRaw> = {
  service: 'config',
  scope: 'regional',
  produces: TYPES,
  async collect(ctx, session) {
    const config = session.client(ConfigServiceClient, ctx.region)
    const [recorders, statuses, deliveryChannels] = await Promise.all([
      ctx.call(
        'DescribeConfigurationRecorders',
        async (abortSignal) => (await config.send(new DescribeConfigurationRecordersCommand({}), { abortSignal })).ConfigurationRecorders ?? [],
        { resource: settingResource(ctx) },
      ),
      ctx.call(
        'DescribeConfigurationRecorderStatus',
        async (abortSignal) =>
          (await config.send(new DescribeConfigurationRecorderStatusCommand({}), { abortSignal })).ConfigurationRecordersStatus ?? [],
        { resource: settingResource(ctx) },
      ),
      ctx.call(
        'DescribeDeliveryChannels',
        async (abortSignal) => (await config.send(new DescribeDeliveryChannelsCommand({}), { abortSignal })).DeliveryChannels ?? [],
        { resource: settingResource(ctx) },
      ),
    ])
    return { recorders, statuses, deliveryChannels }
  },
}
