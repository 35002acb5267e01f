import {
  APIGatewayClient,
  GetStagesCommand,
  paginateGetDomainNames,
  paginateGetResources,
  paginateGetRestApis,
  type DomainName,
  type Resource as ApiResource,
  type RestApi,
  type Stage,
} from '@aws-sdk/client-api-gateway'
import { mapLimit } from '../limiter.js'
import type { CallResult } from '../collector.js'
import { listOf } from '../list-of.js'
import { partitionOf } from './ec2-arn.js'
import type { AwsCollector } from './module.js'

export type { DomainName, ApiResource, RestApi, Stage }

/** Raw API Gateway (REST) data for one region: each API with its stages and resources (methods embedded). */
export interface ApiGatewayRaw {
  apis: { api: RestApi; stages: Stage[]; resources: CallResult<ApiResource[] | null> }[]
  domainNames: DomainName[]
}

const REST_API = 'aws.apigateway.rest-api'
const STAGE = 'aws.apigateway.stage'
const DOMAIN = 'aws.apigateway.domain-name'
const TYPES = [REST_API, STAGE, DOMAIN]

/** ARN of a REST API (API Gateway resource paths, as IAM and WAF use them). */
export function restApiArn(region: string, apiId: string): string {
  return `arn:${partitionOf(region)}:apigateway:${region}::/restapis/${apiId}`
}

/** REST APIs with their stages and methods, and custom domain names (shared with HTTP APIs). */
export const apigatewayCollector: AwsCollector<ApiGatewayRaw> = {
  service: 'apigateway',
  scope: 'regional',
  produces: TYPES,
  async collect(ctx, session) {
    const client = session.client(APIGatewayClient, ctx.region)
    const [restApis, domainNames] = await Promise.all([
      ctx.paginate(
        'GetRestApis',
        (abortSignal) => paginateGetRestApis({ client, pageSize: 500 }, {}, { abortSignal }),
        (p) => p.items,
        { affects: [REST_API, STAGE] },
      ),
      listOf(
        ctx,
        'GetDomainNames',
        DOMAIN,
        (abortSignal) => paginateGetDomainNames({ client, pageSize: 500 }, {}, { abortSignal }),
        (p) => p.items,
      ),
    ])
    if (!restApis.ok) return { apis: [], domainNames }
    const apis = await mapLimit(restApis.value, 8, async (api) => {
      const arn = restApiArn(ctx.region, api.id ?? '')
      const [stages, resources] = await Promise.all([
        // A failed GetStages leaves this API's stages out of the inventory, so the stage type is incomplete.
        ctx.call('GetStages', async (abortSignal) => (await client.send(new GetStagesCommand({ restApiId: api.id }), { abortSignal })).item ?? [], {
          affects: [STAGE],
        }),
        ctx.paginate(
          'GetResources',
          (abortSignal) => paginateGetResources({ client, pageSize: 500 }, { restApiId: api.id, embed: ['methods'] }, { abortSignal }),
          (p) => p.items,
          { resource: arn },
        ),
      ])
      return { api, stages: stages.ok ? (stages.value ?? []) : [], resources }
    })
    return { apis, domainNames }
  },
}
