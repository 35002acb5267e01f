import {
  LambdaClient,
  paginateListFunctions,
  GetPolicyCommand,
  GetFunctionUrlConfigCommand,
  GetFunctionEventInvokeConfigCommand,
  GetFunctionCodeSigningConfigCommand,
  type FunctionConfiguration,
} from '@aws-sdk/client-lambda'
import { mapLimit } from '../limiter.js'
import type { CallResult } from '../collector.js'
import type { AwsCollector } from './module.js'

/** SDK shapes the normalizer reads (normalize/ does not import SDKs itself). */
export type { FunctionConfiguration } from '@aws-sdk/client-lambda'

/** One function with its per-function settings; `null` values mean "not configured" (ResourceNotFoundException). */
export interface LambdaFunctionRaw {
  configuration: FunctionConfiguration
  /** GetPolicy Policy (JSON text). */
  policy: CallResult<string | null>
  /** GetFunctionUrlConfig of the unqualified function. */
  url: CallResult<{ FunctionUrl?: string | undefined; AuthType?: string | undefined } | null>
  /** GetFunctionEventInvokeConfig DestinationConfig.OnFailure.Destination. */
  onFailure: CallResult<string | null>
  /** GetFunctionCodeSigningConfig CodeSigningConfigArn. */
  codeSigning: CallResult<string | null>
}

/** Raw Lambda data of one region. */
export interface LambdaRaw {
  functions: LambdaFunctionRaw[]
}

const TYPES = ['aws.lambda.function']
const NOT_FOUND = ['ResourceNotFoundException']

/** Lambda functions (runtime, environment, tracing, VPC, DLQ) with their resource policy, URL, async destinations and code signing. */
export const lambdaCollector: AwsCollector<LambdaRaw> = {
  service: 'lambda',
  scope: 'regional',
  produces: TYPES,
  async collect(ctx, session) {
    const lambda = session.client(LambdaClient, ctx.region)
    const list = await ctx.paginate(
      'ListFunctions',
      (abortSignal) => paginateListFunctions({ client: lambda }, {}, { abortSignal }),
      (p) => p.Functions,
      { affects: TYPES },
    )
    if (!list.ok) return { functions: [] }
    const functions = await mapLimit(list.value, 8, async (configuration): Promise<LambdaFunctionRaw> => {
      const FunctionName = configuration.FunctionName
      const resource = configuration.FunctionArn ?? FunctionName
      const [policy, url, onFailure, codeSigning] = await Promise.all([
        ctx.call('GetPolicy', async (abortSignal) => (await lambda.send(new GetPolicyCommand({ FunctionName }), { abortSignal })).Policy ?? null, {
          resource,
          absentOn: NOT_FOUND,
        }),
        ctx.call(
          'GetFunctionUrlConfig',
          async (abortSignal) => {
            const out = await lambda.send(new GetFunctionUrlConfigCommand({ FunctionName }), { abortSignal })
            return { FunctionUrl: out.FunctionUrl, AuthType: out.AuthType }
          },
          { resource, absentOn: NOT_FOUND },
        ),
        ctx.call(
          'GetFunctionEventInvokeConfig',
          async (abortSignal) =>
            (await lambda.send(new GetFunctionEventInvokeConfigCommand({ FunctionName }), { abortSignal })).DestinationConfig?.OnFailure
              ?.Destination ?? null,
          { resource, absentOn: NOT_FOUND },
        ),
        ctx.call(
          'GetFunctionCodeSigningConfig',
          async (abortSignal) =>
            (await lambda.send(new GetFunctionCodeSigningConfigCommand({ FunctionName }), { abortSignal })).CodeSigningConfigArn || null,
          { resource },
        ),
      ])
      return { configuration, policy, url, onFailure, codeSigning }
    })
    return { functions }
  },
}
