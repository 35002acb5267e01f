import { describe, expect, it } from 'vitest'
import check from './gcp-storage-bucket-access-logging.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { gcsBucketFixture } from '../../_shared/gcp-identity-fixtures.js'

describe(check.id, () => {
  it.each([
    { name: 'logs delivered', logging: { logBucket: 'example-logs', logObjectPrefix: 'example-data' }, expected: 'pass' },
    { name: 'logging off', logging: null, expected: 'fail' },
  ])('$name → $expected', ({ logging, expected }) => {
    expect(runCheck(check, gcsBucketFixture({ logging })).status).toBe(expected)
  })

  it('is ERROR, never PASS, when buckets could not be listed', () => {
    expect(statusesWhenListFails(check, 'storage', 'storage.buckets.list')).toEqual(['error'])
  })
})
