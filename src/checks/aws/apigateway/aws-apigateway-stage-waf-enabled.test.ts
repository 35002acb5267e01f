import { describe, expect, it } from 'vitest'
import { Inventory } from '../../../core/inventory.js'
import { evaluate } from '../../../evaluate/engine.js'
import { type ApiGatewayStageAttributes } from '../../../normalize/aws/types.js'
import check from './aws-apigateway-stage-waf-enabled.js'
import { runCheck, TEST_NOW, statusesWhenListFails } from '../../_shared/testing.js'
import { stage } from './stage-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<ApiGatewayStageAttributes>; expected: string }[] = [
    { name: 'web ACL associated', attrs: { webAclArn: 'arn:aws:wafv2:us-east-1:111122223333:regional/webacl/api/0a1b2c3d' }, expected: 'pass' },
    { name: 'edge API without web ACL', attrs: { endpointTypes: ['EDGE'] }, expected: 'fail' },
    { name: 'regional API without web ACL', attrs: {}, expected: 'fail' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    const f = runCheck(check, stage(attrs))
    expect(f.status).toBe(expected)
    expect(f.message).toContain('prod')
  })

  it('GetStages failed → error', () => {
    expect(statusesWhenListFails(check, 'apigateway', 'GetStages')).toEqual(['error'])
  })

  it('private APIs are out of scope', () => {
    const gapless = evaluate([check], new Inventory([stage({ endpointTypes: ['PRIVATE'] })]), () => [], TEST_NOW)
    expect(gapless).toEqual([])
  })
})
