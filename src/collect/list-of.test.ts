import { describe, expect, it } from 'vitest'
import { listOf } from './list-of.js'
import { makeCollectContext } from './run-context.js'
import { testRunState } from './run-context-testing.js'

// Stands in for an SDK paginator.
async function* pages(fail: boolean): AsyncIterable<{ Items?: number[] }> {
  await Promise.resolve()
  yield { Items: [1, 2] }
  if (fail) throw Object.assign(new Error('not authorized'), { name: 'AccessDenied' })
  yield {}
  yield { Items: [3] }
}

describe('listOf', () => {
  const cases = [
    { name: 'drains every page into one list', fail: false, expected: [1, 2, 3], errors: [] },
    {
      name: 'returns an empty list on failure and records the error against the type',
      fail: true,
      expected: [],
      errors: [{ api: 'DescribeDBInstances', reason: 'AccessDenied: not authorized', resourceTypes: ['aws.rds.db-instance'] }],
    },
  ]
  it.each(cases)('$name', async ({ fail, expected, errors }) => {
    const state = testRunState()
    const ctx = makeCollectContext(state, 'aws', '111122223333', 'rds', 'us-east-1')
    expect(
      await listOf(
        ctx,
        'DescribeDBInstances',
        'aws.rds.db-instance',
        () => pages(fail),
        (p) => p.Items,
      ),
    ).toEqual(expected)
    expect(state.errors).toMatchObject(errors)
  })
})
