import {
  ApiGatewayV2Client,
  GetApisCommand,
  GetRoutesCommand,
  GetStagesCommand,
  type Api,
  type Route,
  type Stage,
} from '@aws-sdk/client-apigatewayv2'
import { mapLimit } from '../limiter.js'
import type { CallResult } from '../collector.js'
import { partitionOf } from './ec2-arn.js'
import type { AwsCollector } from './module.js'

export type { Api as V2Api, Route as V2Route, Stage as V2Stage }

/** Raw API Gateway v2 data for one region: each HTTP or WebSocket API with its stages and routes. */
export interface ApiGatewayV2Raw {
  apis: { api: Api; stages: Stage[]; routes: CallResult<Route[] | null> }[]
}

const API = 'aws.apigateway.v2-api'
const STAGE = 'aws.apigateway.v2-stage'
const TYPES = [API, STAGE]

/** ARN of an HTTP or WebSocket API. */
export function v2ApiArn(region: string, apiId: string): string {
  return `arn:${partitionOf(region)}:apigateway:${region}::/apis/${apiId}`
}

/** Follows NextToken through a v2 list operation (the SDK has no paginators for them). */
async function* pages<P extends { NextToken?: string | undefined }>(fetch: (token: string | undefined) => Promise<P>): AsyncIterable<P> {
  let token: string | undefined
  do {
    const page = await fetch(token)
    yield page
    token = page.NextToken
  } while (token)
}

/** HTTP and WebSocket APIs with their stages (access logging) and routes (authorization). Custom domain names are
 * shared with REST APIs and collected by the apigateway collector. */
export const apigatewayv2Collector: AwsCollector<ApiGatewayV2Raw> = {
  service: 'apigatewayv2',
  scope: 'regional',
  produces: TYPES,
  async collect(ctx, session) {
    const client = session.client(ApiGatewayV2Client, ctx.region)
    const list = await ctx.paginate(
      'GetApis',
      (abortSignal) => pages((NextToken) => client.send(new GetApisCommand({ NextToken, MaxResults: '500' }), { abortSignal })),
      (p) => p.Items,
      { affects: TYPES },
    )
    if (!list.ok) return { apis: [] }
    const apis = await mapLimit(list.value, 8, async (api) => {
      const arn = v2ApiArn(ctx.region, api.ApiId ?? '')
      const [stages, routes] = await Promise.all([
        ctx.paginate(
          'GetStages',
          (abortSignal) =>
            pages((NextToken) => client.send(new GetStagesCommand({ ApiId: api.ApiId, NextToken, MaxResults: '500' }), { abortSignal })),
          (p) => p.Items,
          // A failed GetStages leaves this API's stages out of the inventory, so the stage type is incomplete.
          { affects: [STAGE] },
        ),
        ctx.paginate(
          'GetRoutes',
          (abortSignal) =>
            pages((NextToken) => client.send(new GetRoutesCommand({ ApiId: api.ApiId, NextToken, MaxResults: '500' }), { abortSignal })),
          (p) => p.Items,
          { resource: arn },
        ),
      ])
      return { api, stages: stages.ok ? stages.value : [], routes }
    })
    return { apis }
  },
}
