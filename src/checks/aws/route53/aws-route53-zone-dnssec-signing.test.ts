import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import check from './aws-route53-zone-dnssec-signing.js'
import { zone } from './fixtures.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const failed = unknown('route53:GetDNSSEC: AccessDenied')
  const cases: { name: string; attrs: Parameters<typeof zone>[0]; expected: string }[] = [
    { name: 'signing', attrs: {}, expected: 'pass' },
    { name: 'not signing', attrs: { dnssecStatus: 'NOT_SIGNING' }, expected: 'fail' },
    { name: 'signing deleted', attrs: { dnssecStatus: 'DELETING' }, expected: 'fail' },
    { name: 'status not collected', attrs: { dnssecStatus: failed }, expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, zone(attrs)).status).toBe(expected)
  })

  it('does not apply to private zones', () => {
    expect(check.applies?.(zone({ privateZone: true }))).toBe(false)
  })
})
