import {
  GlueClient,
  GetDataCatalogEncryptionSettingsCommand,
  paginateGetConnections,
  paginateGetJobs,
  paginateGetSecurityConfigurations,
  type Connection,
  type DataCatalogEncryptionSettings,
  type Job,
  type SecurityConfiguration,
} from '@aws-sdk/client-glue'
import type { CallResult } from '../collector.js'
import { listOf } from '../list-of.js'
import type { AwsCollector } from './module.js'

export type { Connection as GlueConnectionInfo, DataCatalogEncryptionSettings, Job as GlueJobInfo, SecurityConfiguration }

/** Raw Glue data for one region. Job default arguments may hold secrets: the normalizer keeps only their names. */
export interface GlueRaw {
  catalogEncryption: CallResult<DataCatalogEncryptionSettings | null>
  securityConfigurations: CallResult<SecurityConfiguration[]>
  jobs: Job[]
  connections: Connection[]
}

const CATALOG = 'aws.glue.data-catalog-encryption'
const JOB = 'aws.glue.job'
const CONNECTION = 'aws.glue.connection'

/** Data Catalog encryption settings, security configurations, jobs and connections (passwords hidden). */
export const glueCollector: AwsCollector<GlueRaw> = {
  service: 'glue',
  scope: 'regional',
  produces: [CATALOG, JOB, CONNECTION],
  async collect(ctx, session) {
    const client = session.client(GlueClient, ctx.region)
    const [catalogEncryption, securityConfigurations, jobs, connections] = await Promise.all([
      // resource = the setting's documented uid (settingUid in normalize/aws/types.ts), so only its attribute is Unknown.
      ctx.call(
        'GetDataCatalogEncryptionSettings',
        async (abortSignal) =>
          (await client.send(new GetDataCatalogEncryptionSettingsCommand({}), { abortSignal })).DataCatalogEncryptionSettings ?? null,
        { resource: `aws:${ctx.account}:${ctx.region}:glue-data-catalog-encryption` },
      ),
      // Not a resource type of its own: a failure leaves the encryption of jobs that name a configuration Unknown.
      ctx.paginate(
        'GetSecurityConfigurations',
        (abortSignal) => paginateGetSecurityConfigurations({ client, pageSize: 1000 }, {}, { abortSignal }),
        (p) => p.SecurityConfigurations,
      ),
      listOf(
        ctx,
        'GetJobs',
        JOB,
        (abortSignal) => paginateGetJobs({ client, pageSize: 1000 }, {}, { abortSignal }),
        (p) => p.Jobs,
      ),
      listOf(
        ctx,
        'GetConnections',
        CONNECTION,
        (abortSignal) => paginateGetConnections({ client, pageSize: 1000 }, { HidePassword: true }, { abortSignal }),
        (p) => p.ConnectionList,
      ),
    ])
    return { catalogEncryption, securityConfigurations, jobs, connections }
  },
}
