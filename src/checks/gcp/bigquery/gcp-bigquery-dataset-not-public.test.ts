import { describe, expect, it } from 'vitest'
import check from './gcp-bigquery-dataset-not-public.js'
import { unknown } from '../../../core/unknown.js'
import type { BigQueryDatasetAttributes } from '../../../normalize/gcp/types-data.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { datasetFixture } from '../../_shared/gcp-data-fixtures.js'

describe(check.id, () => {
  const owners = { role: 'OWNER', kind: 'specialGroup', member: 'projectOwners' } as const
  it.each<{ name: string; access: BigQueryDatasetAttributes['access']; expected: string }>([
    { name: 'project groups and a service account', access: datasetFixture().attributes.access, expected: 'pass' },
    { name: 'a domain', access: [owners, { role: 'READER', kind: 'domain', member: 'example.com' }], expected: 'pass' },
    { name: 'allAuthenticatedUsers', access: [owners, { role: 'READER', kind: 'specialGroup', member: 'allAuthenticatedUsers' }], expected: 'fail' },
    {
      name: 'allUsers as an IAM member',
      access: [owners, { role: 'roles/bigquery.dataViewer', kind: 'iamMember', member: 'allUsers' }],
      expected: 'fail',
    },
    { name: 'access list not collected', access: unknown('bigquery.datasets.get: PERMISSION_DENIED'), expected: 'error' },
  ])('$name → $expected', ({ access, expected }) => {
    expect(runCheck(check, datasetFixture({ access })).status).toBe(expected)
  })

  it('names the grant', () => {
    const access = [owners, { role: 'READER', kind: 'specialGroup', member: 'allAuthenticatedUsers' } as const]
    expect(runCheck(check, datasetFixture({ access })).message).toBe('Dataset sales grants READER to allAuthenticatedUsers.')
  })

  it('dataset list not collected → error', () => {
    expect(statusesWhenListFails(check, 'bigquery', 'bigquery.datasets.list')).toEqual(['error'])
  })
})
