import { describe, expect, it } from 'vitest'
import check from './gcp-logging-sink-bucket-retention-locked.js'
import { unknown } from '../../../core/unknown.js'
import { gcpFixture, runCheck } from '../../_shared/testing.js'
import { logSinkFixture } from '../../_shared/gcp-data-fixtures.js'

const bucket = (retentionPolicy: unknown) =>
  gcpFixture(
    'gcp.storage.bucket',
    { retentionPolicy },
    { uid: '//storage.googleapis.com/projects/_/buckets/audit-archive-bucket', name: 'audit-archive-bucket' },
  )

describe(check.id, () => {
  it.each([
    { name: 'locked retention policy', policy: { retentionPeriodSeconds: 31_536_000, isLocked: true }, expected: 'pass' },
    { name: 'unlocked retention policy', policy: { retentionPeriodSeconds: 31_536_000, isLocked: false }, expected: 'fail' },
    { name: 'no retention policy', policy: null, expected: 'fail' },
    { name: 'bucket metadata not collected', policy: unknown('storage.buckets.get: PERMISSION_DENIED'), expected: 'error' },
  ])('$name → $expected', ({ policy, expected }) => {
    expect(runCheck(check, logSinkFixture(), [bucket(policy)]).status).toBe(expected)
  })

  it('errors when the destination bucket is not in the inventory', () => {
    const f = runCheck(check, logSinkFixture())
    expect(f.status).toBe('error')
    expect(f.message).toBe(
      'Sink audit-archive exports to bucket audit-archive-bucket, which is not in the inventory (another project, or not collected).',
    )
  })

  it('states the period', () => {
    expect(runCheck(check, logSinkFixture(), [bucket({ retentionPeriodSeconds: 31_536_000, isLocked: true })]).message).toBe(
      'Bucket audit-archive-bucket receiving sink audit-archive has a locked 365-day retention policy.',
    )
  })

  it('applies only to sinks with a Cloud Storage destination', () => {
    const bq = logSinkFixture({
      destination: 'bigquery.googleapis.com/projects/p/datasets/logs',
      destinationType: 'bigquery',
      destinationBucket: null,
    })
    expect(() => runCheck(check, bq)).toThrow(/got 0/)
  })
})
