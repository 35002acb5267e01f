import { describe, expect, it } from 'vitest'
import { type ApiGatewayStageAttributes } from '../../../normalize/aws/types.js'
import check from './aws-apigateway-stage-xray-tracing.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { stage } from './stage-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<ApiGatewayStageAttributes>; expected: string }[] = [
    { name: 'tracing on', attrs: { tracingEnabled: true }, expected: 'pass' },
    { name: 'tracing off', attrs: {}, expected: 'fail' },
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
