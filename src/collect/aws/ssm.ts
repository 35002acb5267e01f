import {
  SSMClient,
  paginateListDocuments,
  paginateDescribeParameters,
  DescribeDocumentPermissionCommand,
  GetServiceSettingCommand,
  type DocumentIdentifier,
  type ParameterMetadata,
} from '@aws-sdk/client-ssm'
import { mapLimit } from '../limiter.js'
import type { CallResult } from '../collector.js'
import type { AwsCollector } from './module.js'

export type { DocumentIdentifier, ParameterMetadata }

/** Raw SSM data for one region: owned documents with who they are shared with, parameter metadata, the public-sharing setting. */
export interface SsmRaw {
  documents: { document: DocumentIdentifier; sharedWith: CallResult<string[] | null> }[]
  parameters: ParameterMetadata[]
  publicSharing: CallResult<string | null>
}

const DOCUMENT = 'aws.ssm.document'
const PARAMETER = 'aws.ssm.parameter'
const SETTING = 'aws.ssm.document-sharing-setting'

/** The service setting that allows or blocks public sharing of SSM documents (SSM user guide, "Block public sharing"). */
export const PUBLIC_SHARING_SETTING = '/ssm/documents/console/public-sharing-permission'

/** Uid of the region's document-sharing setting (must match the normalizer's). */
export function ssmSharingSettingUid(account: string, region: string): string {
  return `aws:${account}:${region}:ssm-document-public-sharing`
}

/** Every account id a document is shared with ('all' = public), following NextToken. */
async function sharedWith(ssm: SSMClient, name: string, abortSignal: AbortSignal): Promise<string[]> {
  const ids: string[] = []
  let NextToken: string | undefined
  do {
    const out = await ssm.send(new DescribeDocumentPermissionCommand({ Name: name, PermissionType: 'Share', MaxResults: 200, NextToken }), {
      abortSignal,
    })
    ids.push(...(out.AccountIds ?? []))
    NextToken = out.NextToken
  } while (NextToken)
  return ids
}

/** SSM documents owned by the account (and their sharing), parameters (metadata only, never values) and the public-sharing block. */
export const ssmCollector: AwsCollector<SsmRaw> = {
  service: 'ssm',
  scope: 'regional',
  produces: [DOCUMENT, PARAMETER, SETTING],
  async collect(ctx, session) {
    const ssm = session.client(SSMClient, ctx.region)
    const [documents, parameters, publicSharing] = await Promise.all([
      ctx.paginate(
        'ListDocuments',
        () => paginateListDocuments({ client: ssm }, { Filters: [{ Key: 'Owner', Values: ['Self'] }], MaxResults: 50 }),
        (p) => p.DocumentIdentifiers,
        { affects: [DOCUMENT] },
      ),
      ctx.paginate(
        'DescribeParameters',
        () => paginateDescribeParameters({ client: ssm }, { MaxResults: 50 }),
        (p) => p.Parameters,
        { affects: [PARAMETER] },
      ),
      ctx.call(
        'GetServiceSetting',
        async (abortSignal) =>
          (await ssm.send(new GetServiceSettingCommand({ SettingId: PUBLIC_SHARING_SETTING }), { abortSignal })).ServiceSetting?.SettingValue ?? null,
        { resource: ssmSharingSettingUid(ctx.account, ctx.region) },
      ),
    ])
    const docs = documents.ok
      ? await mapLimit(documents.value, 8, async (document) => ({
          document,
          sharedWith: await ctx.call('DescribeDocumentPermission', (abortSignal) => sharedWith(ssm, document.Name ?? '', abortSignal), {
            resource: document.Name,
          }),
        }))
      : []
    return { documents: docs, parameters: parameters.ok ? parameters.value : [], publicSharing }
  },
}
