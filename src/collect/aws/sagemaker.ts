import {
  SageMakerClient,
  paginateListNotebookInstances,
  paginateListEndpointConfigs,
  paginateListModels,
  paginateListNotebookInstanceLifecycleConfigs,
  DescribeNotebookInstanceLifecycleConfigCommand,
  type NotebookInstanceLifecycleConfigSummary,
  type DescribeNotebookInstanceLifecycleConfigCommandOutput,
  DescribeNotebookInstanceCommand,
  DescribeEndpointConfigCommand,
  DescribeModelCommand,
  type NotebookInstanceSummary,
  type EndpointConfigSummary,
  type ModelSummary,
  type DescribeNotebookInstanceCommandOutput,
  type DescribeEndpointConfigCommandOutput,
  type DescribeModelCommandOutput,
} from '@aws-sdk/client-sagemaker'
import { mapLimit } from '../limiter.js'
import type { CallResult } from '../collector.js'
import type { AwsCollector } from './module.js'

/** DescribeNotebookInstance output without the SDK's response metadata. */
export type SageMakerNotebookDetail = Omit<DescribeNotebookInstanceCommandOutput, '$metadata'>
/** DescribeEndpointConfig output without the SDK's response metadata. */
export type SageMakerEndpointConfigDetail = Omit<DescribeEndpointConfigCommandOutput, '$metadata'>
/** DescribeModel output without the SDK's response metadata. */
export type SageMakerModelDetail = Omit<DescribeModelCommandOutput, '$metadata'>

/** DescribeNotebookInstanceLifecycleConfig output without the SDK's response metadata (scripts are base64). */
export type SageMakerLifecycleConfigDetail = Omit<DescribeNotebookInstanceLifecycleConfigCommandOutput, '$metadata'>

/** Raw SageMaker data for one region: each listed object with the result of its Describe call. */
export interface SageMakerRaw {
  notebooks: { summary: NotebookInstanceSummary; detail: CallResult<SageMakerNotebookDetail | null> }[]
  endpointConfigs: { summary: EndpointConfigSummary; detail: CallResult<SageMakerEndpointConfigDetail | null> }[]
  models: { summary: ModelSummary; detail: CallResult<SageMakerModelDetail | null> }[]
  lifecycleConfigs: { summary: NotebookInstanceLifecycleConfigSummary; detail: CallResult<SageMakerLifecycleConfigDetail | null> }[]
}

const NOTEBOOK = 'aws.sagemaker.notebook-instance'
const ENDPOINT_CONFIG = 'aws.sagemaker.endpoint-config'
const MODEL = 'aws.sagemaker.model'
const LIFECYCLE = 'aws.sagemaker.notebook-lifecycle-config'
const TYPES = [NOTEBOOK, ENDPOINT_CONFIG, MODEL, LIFECYCLE]

/** Drops `$metadata` so raw data holds only the documented response fields. */
function body<T extends { $metadata?: unknown }>(out: T): Omit<T, '$metadata'> {
  const { $metadata, ...rest } = out
  void $metadata
  return rest
}

/** SageMaker notebook instances, endpoint configurations, models and notebook lifecycle configurations, each described. */
export const sagemakerCollector: AwsCollector<SageMakerRaw> = {
  service: 'sagemaker',
  scope: 'regional',
  produces: TYPES,
  async collect(ctx, session) {
    const sm = session.client(SageMakerClient, ctx.region)
    const [notebookList, configList, modelList, lifecycleList] = await Promise.all([
      ctx.paginate(
        'ListNotebookInstances',
        () => paginateListNotebookInstances({ client: sm }, { MaxResults: 100 }),
        (p) => p.NotebookInstances,
        { affects: [NOTEBOOK] },
      ),
      ctx.paginate(
        'ListEndpointConfigs',
        () => paginateListEndpointConfigs({ client: sm }, { MaxResults: 100 }),
        (p) => p.EndpointConfigs,
        { affects: [ENDPOINT_CONFIG] },
      ),
      ctx.paginate(
        'ListModels',
        () => paginateListModels({ client: sm }, { MaxResults: 100 }),
        (p) => p.Models,
        { affects: [MODEL] },
      ),
      ctx.paginate(
        'ListNotebookInstanceLifecycleConfigs',
        () => paginateListNotebookInstanceLifecycleConfigs({ client: sm }, { MaxResults: 100 }),
        (p) => p.NotebookInstanceLifecycleConfigs,
        { affects: [LIFECYCLE] },
      ),
    ])
    const notebooks = await mapLimit(notebookList.ok ? notebookList.value : [], 8, async (summary) => ({
      summary,
      detail: await ctx.call(
        'DescribeNotebookInstance',
        async (abortSignal) =>
          body(await sm.send(new DescribeNotebookInstanceCommand({ NotebookInstanceName: summary.NotebookInstanceName }), { abortSignal })),
        { resource: summary.NotebookInstanceArn ?? summary.NotebookInstanceName },
      ),
    }))
    const endpointConfigs = await mapLimit(configList.ok ? configList.value : [], 8, async (summary) => ({
      summary,
      detail: await ctx.call(
        'DescribeEndpointConfig',
        async (abortSignal) =>
          body(await sm.send(new DescribeEndpointConfigCommand({ EndpointConfigName: summary.EndpointConfigName }), { abortSignal })),
        { resource: summary.EndpointConfigArn ?? summary.EndpointConfigName },
      ),
    }))
    const models = await mapLimit(modelList.ok ? modelList.value : [], 8, async (summary) => ({
      summary,
      detail: await ctx.call(
        'DescribeModel',
        async (abortSignal) => body(await sm.send(new DescribeModelCommand({ ModelName: summary.ModelName }), { abortSignal })),
        { resource: summary.ModelArn ?? summary.ModelName },
      ),
    }))
    const lifecycleConfigs = await mapLimit(lifecycleList.ok ? lifecycleList.value : [], 8, async (summary) => ({
      summary,
      detail: await ctx.call(
        'DescribeNotebookInstanceLifecycleConfig',
        async (abortSignal) =>
          body(
            await sm.send(
              new DescribeNotebookInstanceLifecycleConfigCommand({
                NotebookInstanceLifecycleConfigName: summary.NotebookInstanceLifecycleConfigName,
              }),
              { abortSignal },
            ),
          ),
        { resource: summary.NotebookInstanceLifecycleConfigArn ?? summary.NotebookInstanceLifecycleConfigName },
      ),
    }))
    return { notebooks, endpointConfigs, models, lifecycleConfigs }
  },
}
