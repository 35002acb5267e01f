import { describe, expect, it } from 'vitest'
import { type ApiGatewayStageAttributes } from '../../../normalize/aws/types.js'
import check from './aws-apigateway-stage-execution-logging.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { stage } from './stage-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<ApiGatewayStageAttributes>; expected: string }[] = [
    {
      name: 'ERROR level for all methods',
      attrs: { methodSettings: [{ key: '*/*', loggingLevel: 'ERROR', cachingEnabled: false, cacheDataEncrypted: false }] },
      expected: 'pass',
    },
    {
      name: 'INFO level for all methods',
      attrs: { methodSettings: [{ key: '*/*', loggingLevel: 'INFO', cachingEnabled: false, cacheDataEncrypted: false }] },
      expected: 'pass',
    },
    {
      name: 'OFF',
      attrs: { methodSettings: [{ key: '*/*', loggingLevel: 'OFF', cachingEnabled: false, cacheDataEncrypted: false }] },
      expected: 'fail',
    },
    {
      name: 'only one method logs',
      attrs: { methodSettings: [{ key: 'orders/GET', loggingLevel: 'INFO', cachingEnabled: false, cacheDataEncrypted: false }] },
      expected: 'fail',
    },
    { name: 'no method settings', attrs: {}, expected: 'fail' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    const f = runCheck(check, stage(attrs))
    expect(f.status).toBe(expected)
    expect(f.message).toContain('prod')
  })

  it('GetStages failed → error', () => {
    expect(statusesWhenListFails(check, 'apigateway', 'GetStages')).toEqual(['error'])
  })
})
