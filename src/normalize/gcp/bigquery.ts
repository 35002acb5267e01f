import { isUnknown } from '../../core/unknown.js'
import type { Relation, Resource } from '../../core/resource.js'
import type { BigQueryDatasetRaw, BigQueryRaw, DatasetAccessRaw } from '../../collect/gcp/bigquery.js'
import { maybe } from '../common.js'
import { gcpName, gcpResource, type GcpNormalizeScope } from './helpers.js'
import { GCP_DATA_TYPES, type BigQueryAccessEntry, type BigQueryDatasetAttributes } from './types-data.js'

/** One access entry in the contract's shape: which member field is set and its value. */
export function accessEntry(a: DatasetAccessRaw): BigQueryAccessEntry {
  const role = a.role ?? null
  if (a.specialGroup) return { role, kind: 'specialGroup', member: a.specialGroup }
  if (a.iamMember) return { role, kind: 'iamMember', member: a.iamMember }
  if (a.userByEmail) return { role, kind: 'userByEmail', member: a.userByEmail }
  if (a.groupByEmail) return { role, kind: 'groupByEmail', member: a.groupByEmail }
  if (a.domain) return { role, kind: 'domain', member: a.domain }
  if (a.view) return { role, kind: 'view', member: `${a.view.projectId}.${a.view.datasetId}.${a.view.tableId}` }
  if (a.routine) return { role, kind: 'routine', member: `${a.routine.projectId}.${a.routine.datasetId}.${a.routine.routineId}` }
  if (a.dataset?.dataset) return { role, kind: 'dataset', member: `${a.dataset.dataset.projectId}.${a.dataset.dataset.datasetId}` }
  return { role, kind: 'other', member: '' }
}

function datasetResource(raw: BigQueryDatasetRaw, scope: GcpNormalizeScope): Resource<BigQueryDatasetAttributes> {
  const datasetId = raw.item.datasetReference?.datasetId ?? ''
  const detail = maybe(raw.detail, 'bigquery.datasets.get')
  const known = isUnknown(detail) ? undefined : detail
  const key = known ? (known.defaultEncryptionConfiguration?.kmsKeyName ?? null) : null
  const relations: Relation[] = key ? [{ kind: 'encrypted-by', target: gcpName('cloudkms', key) }] : []
  return gcpResource<BigQueryDatasetAttributes>({
    uid: gcpName('bigquery', `projects/${scope.project}/datasets/${datasetId}`),
    type: GCP_DATA_TYPES.bigqueryDataset,
    project: scope.project,
    name: datasetId,
    location: raw.item.location,
    labels: raw.item.labels,
    attributes: {
      datasetId,
      location: raw.item.location ?? known?.location ?? '',
      friendlyName: raw.item.friendlyName ?? null,
      access: isUnknown(detail) ? detail : (detail?.access ?? []).map(accessEntry),
      defaultKmsKeyName: isUnknown(detail) ? detail : key,
    },
    relations,
  })
}

/** Datasets → gcp.bigquery.dataset; access list and default key are Unknown where datasets.get failed. */
export function normalizeBigQuery(raw: BigQueryRaw, scope: GcpNormalizeScope): Resource[] {
  return raw.datasets.map((d) => datasetResource(d, scope))
}
