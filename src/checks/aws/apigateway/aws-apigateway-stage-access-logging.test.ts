import { describe, expect, it } from 'vitest'
import { type ApiGatewayStageAttributes } from '../../../normalize/aws/types.js'
import check from './aws-apigateway-stage-access-logging.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { stage } from './stage-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<ApiGatewayStageAttributes>; expected: string }[] = [
    { name: 'log group destination', attrs: { accessLogDestination: 'arn:aws:logs:us-east-1:111122223333:log-group:api-access' }, expected: 'pass' },
    { name: 'no access logs', attrs: {}, expected: 'fail' },
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
