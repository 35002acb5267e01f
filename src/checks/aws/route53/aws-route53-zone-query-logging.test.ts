import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import check from './aws-route53-zone-query-logging.js'
import { zone } from './fixtures.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const failed = unknown('route53:ListQueryLoggingConfigs: AccessDenied')
  const cases: { name: string; attrs: Parameters<typeof zone>[0]; expected: string }[] = [
    { name: 'query logging configured', attrs: {}, expected: 'pass' },
    { name: 'no query logging', attrs: { queryLogGroups: [] }, expected: 'fail' },
    { name: 'configurations not collected', attrs: { queryLogGroups: failed }, expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, zone(attrs)).status).toBe(expected)
  })

  it('does not apply to private zones', () => {
    expect(check.applies?.(zone({ privateZone: true }))).toBe(false)
  })
})
