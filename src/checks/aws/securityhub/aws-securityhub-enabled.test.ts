import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import { AWS, settingUid, type SecurityHubAttributes } from '../../../normalize/aws/types.js'
import check from './aws-securityhub-enabled.js'
import { awsFixture, runCheck } from '../../_shared/testing.js'

const HUB = 'arn:aws:securityhub:us-east-1:111122223333:hub/default'
const CIS = 'arn:aws:securityhub:us-east-1::standards/cis-aws-foundations-benchmark/v/3.0.0'
const hub = (attributes: SecurityHubAttributes) =>
  awsFixture<SecurityHubAttributes>(AWS.securityHub, attributes, {
    uid: settingUid('111122223333', 'us-east-1', 'securityhub-hub'),
    name: 'securityhub-hub',
  })

describe(check.id, () => {
  const cases: { name: string; attributes: SecurityHubAttributes; expected: string; says: string }[] = [
    {
      name: 'enabled with a standard',
      attributes: { enabled: true, hubArn: HUB, enabledStandards: [{ standardsArn: CIS, status: 'READY' }] },
      expected: 'pass',
      says: 'Security Hub is enabled in us-east-1 (1 standard(s) enabled)',
    },
    {
      name: 'enabled, standards not readable (moto)',
      attributes: { enabled: true, hubArn: HUB, enabledStandards: unknown('securityhub:GetEnabledStandards: InternalFailure') },
      expected: 'pass',
      says: 'standards not read',
    },
    {
      name: 'not subscribed',
      attributes: { enabled: false, hubArn: null, enabledStandards: null },
      expected: 'fail',
      says: 'not enabled in us-east-1',
    },
    {
      name: 'DescribeHub denied',
      attributes: { enabled: unknown('securityhub:DescribeHub: AccessDeniedException: denied'), hubArn: null, enabledStandards: null },
      expected: 'error',
      says: 'DescribeHub',
    },
  ]
  it.each(cases)('$name → $expected', ({ attributes, expected, says }) => {
    const f = runCheck(check, hub(attributes))
    expect(f.status).toBe(expected)
    expect(f.message).toContain(says)
  })
})
