import { EventBridgeClient, DescribeEventBusCommand, ListEventBusesCommand, type EventBus } from '@aws-sdk/client-eventbridge'
import { mapLimit } from '../limiter.js'
import type { CallResult } from '../collector.js'
import type { AwsCollector } from './module.js'

/** What DescribeEventBus tells about one bus (its policy text and encryption key). */
export interface EventBusDetail {
  Policy?: string | undefined
  KmsKeyIdentifier?: string | undefined
}

/** Raw EventBridge data for one region: each event bus with its DescribeEventBus answer. */
export interface EventBridgeRaw {
  buses: { bus: EventBus; detail: CallResult<EventBusDetail | null> }[]
}

const TYPES = ['aws.eventbridge.event-bus']

/** Event buses (default, custom and partner) with their resource policies. */
export const eventbridgeCollector: AwsCollector<EventBridgeRaw> = {
  service: 'eventbridge',
  scope: 'regional',
  produces: TYPES,
  async collect(ctx, session) {
    const client = session.client(EventBridgeClient, ctx.region)
    const list = await ctx.paginate(
      'ListEventBuses',
      async function* (abortSignal) {
        let NextToken: string | undefined
        do {
          const page = await client.send(new ListEventBusesCommand({ NextToken, Limit: 100 }), { abortSignal })
          yield page
          NextToken = page.NextToken
        } while (NextToken)
      },
      (p) => p.EventBuses,
      { affects: TYPES },
    )
    if (!list.ok) return { buses: [] }
    const buses = await mapLimit(list.value, 8, async (bus) => ({
      bus,
      detail: await ctx.call(
        'DescribeEventBus',
        async (abortSignal) => {
          const d = await client.send(new DescribeEventBusCommand({ Name: bus.Arn ?? bus.Name }), { abortSignal })
          return { Policy: d.Policy, KmsKeyIdentifier: d.KmsKeyIdentifier }
        },
        { resource: bus.Arn ?? bus.Name },
      ),
    }))
    return { buses }
  },
}
