import {
  SFNClient,
  DescribeStateMachineCommand,
  paginateListStateMachines,
  type EncryptionConfiguration,
  type LoggingConfiguration,
  type StateMachineListItem,
  type TracingConfiguration,
} from '@aws-sdk/client-sfn'
import { mapLimit } from '../limiter.js'
import type { CallResult } from '../collector.js'
import type { AwsCollector } from './module.js'

/** The parts of DescribeStateMachine Posture keeps (never the definition). */
export interface StateMachineDetail {
  loggingConfiguration?: LoggingConfiguration | undefined
  tracingConfiguration?: TracingConfiguration | undefined
  encryptionConfiguration?: EncryptionConfiguration | undefined
}

/** Raw Step Functions data for one region. */
export interface StepFunctionsRaw {
  stateMachines: { item: StateMachineListItem; detail: CallResult<StateMachineDetail | null> }[]
}

const TYPES = ['aws.stepfunctions.state-machine']

/** State machines with their logging, tracing and encryption configuration. */
export const stepfunctionsCollector: AwsCollector<StepFunctionsRaw> = {
  service: 'stepfunctions',
  scope: 'regional',
  produces: TYPES,
  async collect(ctx, session) {
    const client = session.client(SFNClient, ctx.region)
    const list = await ctx.paginate(
      'ListStateMachines',
      (abortSignal) => paginateListStateMachines({ client, pageSize: 1000 }, {}, { abortSignal }),
      (p) => p.stateMachines,
      { affects: TYPES },
    )
    if (!list.ok) return { stateMachines: [] }
    const stateMachines = await mapLimit(list.value, 8, async (item) => ({
      item,
      detail: await ctx.call(
        'DescribeStateMachine',
        async (abortSignal) => {
          const d = await client.send(new DescribeStateMachineCommand({ stateMachineArn: item.stateMachineArn }), { abortSignal })
          return {
            loggingConfiguration: d.loggingConfiguration,
            tracingConfiguration: d.tracingConfiguration,
            encryptionConfiguration: d.encryptionConfiguration,
          }
        },
        { resource: item.stateMachineArn },
      ),
    }))
    return { stateMachines }
  },
}
