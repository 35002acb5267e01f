import type { CallResult } from '../collector.js'
import { mapLimit } from '../limiter.js'
import type { GcpCollector } from './module.js'
import { DISABLED, tokenPages } from './pages.js'

/** A dataset as bigquery v2 datasets.list returns it (REST; https://cloud.google.com/bigquery/docs/reference/rest/v2/datasets/list). */
export interface DatasetListItemRaw {
  id?: string
  datasetReference?: { projectId?: string; datasetId?: string }
  friendlyName?: string
  labels?: Record<string, string>
  location?: string
}

/** One access entry of a dataset (exactly one member field is set). */
export interface DatasetAccessRaw {
  role?: string
  specialGroup?: string
  iamMember?: string
  userByEmail?: string
  groupByEmail?: string
  domain?: string
  view?: { projectId?: string; datasetId?: string; tableId?: string }
  routine?: { projectId?: string; datasetId?: string; routineId?: string }
  dataset?: { dataset?: { projectId?: string; datasetId?: string } }
}

/** The fields of datasets.get read downstream (https://cloud.google.com/bigquery/docs/reference/rest/v2/datasets#Dataset). */
export interface DatasetRaw {
  access?: DatasetAccessRaw[]
  defaultEncryptionConfiguration?: { kmsKeyName?: string }
  location?: string
  creationTime?: string
}

/** A listed dataset and its datasets.get result. */
export interface BigQueryDatasetRaw {
  item: DatasetListItemRaw
  detail: CallResult<DatasetRaw | null>
}

/** Raw BigQuery data of one project. */
export interface BigQueryRaw {
  datasets: BigQueryDatasetRaw[]
}

interface DatasetPage {
  datasets?: DatasetListItemRaw[]
  nextPageToken?: string
}

const DATASET = 'gcp.bigquery.dataset'

/** Datasets of the project, each with its access list and default key (datasets.get; a failure leaves only those Unknown). */
export const bigqueryCollector: GcpCollector<BigQueryRaw> = {
  service: 'bigquery',
  scope: 'global',
  produces: [DATASET],
  async collect(ctx, session) {
    const base = `bigquery/v2/projects/${ctx.account}/datasets`
    const list = await ctx.paginate(
      'bigquery.datasets.list',
      (signal) => tokenPages((pageToken) => session.getJson<DatasetPage>('bigquery', base, signal, pageToken ? { pageToken } : {})),
      (page) => page.datasets,
      { affects: [DATASET], absentOn: DISABLED },
    )
    if (!list.ok) return { datasets: [] }
    const datasets = await mapLimit(list.value, 8, async (item) => {
      const id = item.datasetReference?.datasetId ?? ''
      const detail = await ctx.call(
        'bigquery.datasets.get',
        (signal) => session.getJson<DatasetRaw>('bigquery', `${base}/${encodeURIComponent(id)}`, signal),
        // Deleted between the list and the get: it is gone, not unknown.
        { resource: `//bigquery.googleapis.com/projects/${ctx.account}/datasets/${id}`, absentOn: ['NOT_FOUND', 'notFound'] },
      )
      return { item, detail }
    })
    return { datasets: datasets.filter((d) => !(d.detail.ok && d.detail.value === null)) }
  },
}
