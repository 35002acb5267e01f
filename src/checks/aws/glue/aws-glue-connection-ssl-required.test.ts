import { describe, expect, it } from 'vitest'
import { Inventory } from '../../../core/inventory.js'
import { evaluate } from '../../../evaluate/engine.js'
import type { Check } from '../../../evaluate/define-check.js'
import { AWS, type GlueConnectionAttributes } from '../../../normalize/aws/types.js'
import check from './aws-glue-connection-ssl-required.js'
import { awsFixture, runCheck, TEST_NOW } from '../../_shared/testing.js'

const connection = (attrs: Partial<GlueConnectionAttributes>) =>
  awsFixture<GlueConnectionAttributes>(AWS.glueConnection, { connectionName: 'orders-db', connectionType: 'JDBC', sslRequired: false, ...attrs })

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<GlueConnectionAttributes>; expected: string }[] = [
    { name: 'SSL enforced', attrs: { sslRequired: true }, expected: 'pass' },
    { name: 'SSL not enforced', attrs: {}, expected: 'fail' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    const f = runCheck(check, connection(attrs))
    expect(f.status).toBe(expected)
    expect(f.message).toContain('orders-db')
  })

  it('non-JDBC connections are out of scope', () => {
    expect(evaluate([check as Check<unknown>], new Inventory([connection({ connectionType: 'NETWORK' })]), () => [], TEST_NOW)).toEqual([])
  })

  it('GetConnections failed → error', () => {
    const gap = {
      provider: 'aws' as const,
      account: '111122223333',
      region: 'us-east-1',
      service: 'glue',
      api: 'GetConnections',
      reason: 'AccessDenied',
      resourceTypes: [AWS.glueConnection],
    }
    expect(evaluate([check as Check<unknown>], new Inventory([], [gap]), () => [], TEST_NOW).map((f) => f.status)).toEqual(['error'])
  })
})
