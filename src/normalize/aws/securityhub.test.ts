import { describe, expect, it } from 'vitest'
import { unknown } from '../../core/unknown.js'
import type { CallResult } from '../../collect/collector.js'
import type { SecurityhubRaw } from '../../collect/aws/securityhub.js'
import { normalizeSecurityhub } from './securityhub.js'
import { AWS, type SecurityHubAttributes } from './types.js'

const scope = { account: '111122223333', region: 'eu-west-1', regions: ['eu-west-1'] }
const HUB = 'arn:aws:securityhub:eu-west-1:111122223333:hub/default'
const failed: CallResult<never> = { ok: false, reason: 'AccessDeniedException: denied', code: 'AccessDeniedException' }
const subscription = {
  StandardsSubscriptionArn: 'arn:aws:securityhub:eu-west-1:111122223333:subscription/aws-foundational-security-best-practices/v/1.0.0',
  StandardsArn: 'arn:aws:securityhub:eu-west-1::standards/aws-foundational-security-best-practices/v/1.0.0',
  StandardsInput: {},
  StandardsStatus: 'READY' as const,
  StandardsControlsUpdatable: 'READY_FOR_UPDATES' as const,
}

describe('normalizeSecurityhub', () => {
  const cases: { name: string; raw: SecurityhubRaw; expected: SecurityHubAttributes }[] = [
    {
      name: 'subscribed with FSBP',
      raw: { hub: { ok: true, value: { hubArn: HUB } }, standards: { ok: true, value: [subscription] } },
      expected: { enabled: true, hubArn: HUB, enabledStandards: [{ standardsArn: subscription.StandardsArn, status: 'READY' }] },
    },
    {
      name: 'subscribed, standards call failed',
      raw: { hub: { ok: true, value: { hubArn: HUB } }, standards: failed },
      expected: { enabled: true, hubArn: HUB, enabledStandards: unknown('securityhub:GetEnabledStandards: AccessDeniedException: denied') },
    },
    {
      name: 'not subscribed',
      raw: { hub: { ok: true, value: null }, standards: null },
      expected: { enabled: false, hubArn: null, enabledStandards: null },
    },
    {
      name: 'DescribeHub failed → enabled Unknown',
      raw: { hub: failed, standards: null },
      expected: { enabled: unknown('securityhub:DescribeHub: AccessDeniedException: denied'), hubArn: null, enabledStandards: null },
    },
  ]
  it.each(cases)('$name', ({ raw, expected }) => {
    const rs = normalizeSecurityhub(raw, scope)
    expect(rs).toHaveLength(1)
    expect(rs[0]).toMatchObject({ uid: 'aws:111122223333:eu-west-1:securityhub-hub', type: AWS.securityHub, region: 'eu-west-1' })
    expect(rs[0]!.attributes).toEqual(expected)
  })
})
