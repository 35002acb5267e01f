import { describe, expect, it } from 'vitest'
import type { Check } from '../../../evaluate/define-check.js'
import { Inventory } from '../../../core/inventory.js'
import { evaluate } from '../../../evaluate/engine.js'
import { type ApiGatewayStageAttributes } from '../../../normalize/aws/types.js'
import check from './aws-apigateway-stage-cache-encrypted.js'
import { runCheck, TEST_NOW, statusesWhenListFails } from '../../_shared/testing.js'
import { stage } from './stage-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<ApiGatewayStageAttributes>; expected: string }[] = [
    {
      name: 'cache encrypted',
      attrs: { cacheClusterEnabled: true, methodSettings: [{ key: '*/*', loggingLevel: null, cachingEnabled: true, cacheDataEncrypted: true }] },
      expected: 'pass',
    },
    { name: 'cache cluster but no caching method', attrs: { cacheClusterEnabled: true }, expected: 'pass' },
    {
      name: 'cache not encrypted',
      attrs: { cacheClusterEnabled: true, methodSettings: [{ key: '*/*', loggingLevel: null, cachingEnabled: true, cacheDataEncrypted: false }] },
      expected: 'fail',
    },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    const f = runCheck(check, stage(attrs))
    expect(f.status).toBe(expected)
    expect(f.message).toContain('prod')
  })

  it('GetStages failed → error', () => {
    expect(statusesWhenListFails(check, 'apigateway', 'GetStages')).toEqual(['error'])
  })

  it('stages without a cache cluster are out of scope', () => {
    expect(evaluate([check as Check<unknown>], new Inventory([stage({})]), () => [], TEST_NOW)).toEqual([])
  })
})
