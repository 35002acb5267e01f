import { describe, expect, it } from 'vitest'
import type { Resource } from '../../core/resource.js'
import { accessEntry, normalizeBigQuery } from './bigquery.js'
import type { BigQueryDatasetAttributes } from './types-data.js'

const scope = { project: 'posture-test-project', projectNumber: '123456789012' }
const item = { datasetReference: { projectId: 'posture-test-project', datasetId: 'ds' }, location: 'europe-west1' }

describe('accessEntry', () => {
  it.each([
    [
      { role: 'READER', specialGroup: 'allAuthenticatedUsers' },
      { role: 'READER', kind: 'specialGroup', member: 'allAuthenticatedUsers' },
    ],
    [
      { role: 'roles/bigquery.dataViewer', iamMember: 'allUsers' },
      { role: 'roles/bigquery.dataViewer', kind: 'iamMember', member: 'allUsers' },
    ],
    [
      { role: 'OWNER', userByEmail: 'a@example.com' },
      { role: 'OWNER', kind: 'userByEmail', member: 'a@example.com' },
    ],
    [
      { role: 'READER', domain: 'example.com' },
      { role: 'READER', kind: 'domain', member: 'example.com' },
    ],
    [{ view: { projectId: 'p', datasetId: 'd', tableId: 't' } }, { role: null, kind: 'view', member: 'p.d.t' }],
    [{ dataset: { dataset: { projectId: 'p', datasetId: 'd' } } }, { role: null, kind: 'dataset', member: 'p.d' }],
  ])('%j', (raw, expected) => {
    expect(accessEntry(raw)).toEqual(expected)
  })
})

describe('normalizeBigQuery', () => {
  it('a dataset without default key or access entries', () => {
    const [r] = normalizeBigQuery(
      { datasets: [{ item, detail: { ok: true, value: { location: 'europe-west1' } } }] },
      scope,
    ) as Resource<BigQueryDatasetAttributes>[]
    expect(r).toMatchObject({
      uid: '//bigquery.googleapis.com/projects/posture-test-project/datasets/ds',
      region: 'europe-west1',
      attributes: { access: [], defaultKmsKeyName: null },
      relations: [],
    })
  })

  it('a failed datasets.get leaves access and key Unknown, the rest known', () => {
    const [r] = normalizeBigQuery(
      { datasets: [{ item, detail: { ok: false, reason: 'PERMISSION_DENIED: denied', code: 'IAM_PERMISSION_DENIED' } }] },
      scope,
    ) as Resource<BigQueryDatasetAttributes>[]
    expect(r!.attributes).toEqual({
      datasetId: 'ds',
      location: 'europe-west1',
      friendlyName: null,
      access: { $unknown: 'bigquery.datasets.get: PERMISSION_DENIED: denied' },
      defaultKmsKeyName: { $unknown: 'bigquery.datasets.get: PERMISSION_DENIED: denied' },
    })
  })
})
