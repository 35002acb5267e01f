import { describe, expect, it } from 'vitest'
import check from './gcp-bigquery-dataset-cmk.js'
import { unknown } from '../../../core/unknown.js'
import type { BigQueryDatasetAttributes } from '../../../normalize/gcp/types-data.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { datasetFixture } from '../../_shared/gcp-data-fixtures.js'

describe(check.id, () => {
  it.each<{ name: string; key: BigQueryDatasetAttributes['defaultKmsKeyName']; expected: string }>([
    { name: 'default CMEK', key: 'projects/posture-test-project/locations/eu/keyRings/data/cryptoKeys/bigquery', expected: 'pass' },
    { name: 'Google-managed', key: null, expected: 'fail' },
    { name: 'not collected', key: unknown('bigquery.datasets.get: PERMISSION_DENIED'), expected: 'error' },
  ])('$name → $expected', ({ key, expected }) => {
    expect(runCheck(check, datasetFixture({ defaultKmsKeyName: key })).status).toBe(expected)
  })

  it('dataset list not collected → error', () => {
    expect(statusesWhenListFails(check, 'bigquery', 'bigquery.datasets.list')).toEqual(['error'])
  })
})
