import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import { AWS, settingUid, type GuardDutyDetectorsAttributes } from '../../../normalize/aws/types.js'
import check from './aws-guardduty-enabled.js'
import { awsFixture, runCheck } from '../../_shared/testing.js'

const ID = '12abc34d567e8fa901bc2d34e56789f0'
const setting = (detectors: GuardDutyDetectorsAttributes['detectors']) =>
  awsFixture<GuardDutyDetectorsAttributes>(
    AWS.guardDutyDetectors,
    { detectors },
    { uid: settingUid('111122223333', 'us-east-1', 'guardduty-detectors'), name: 'guardduty-detectors' },
  )

describe(check.id, () => {
  const cases: { name: string; detectors: GuardDutyDetectorsAttributes['detectors']; expected: string; says: string }[] = [
    {
      name: 'enabled detector',
      detectors: [{ detectorId: ID, status: 'ENABLED' }],
      expected: 'pass',
      says: `detector ${ID} is enabled in us-east-1`,
    },
    { name: 'no detector', detectors: [], expected: 'fail', says: 'No GuardDuty detector exists in us-east-1' },
    { name: 'suspended detector', detectors: [{ detectorId: ID, status: 'DISABLED' }], expected: 'fail', says: `${ID} is DISABLED` },
    {
      name: 'status not readable',
      detectors: [{ detectorId: ID, status: unknown('guardduty:GetDetector: AccessDeniedException: denied') }],
      expected: 'error',
      says: 'GetDetector',
    },
    {
      name: 'ListDetectors failed',
      detectors: unknown('guardduty:ListDetectors: AccessDeniedException: denied'),
      expected: 'error',
      says: 'ListDetectors',
    },
  ]
  it.each(cases)('$name → $expected', ({ detectors, expected, says }) => {
    const f = runCheck(check, setting(detectors))
    expect(f.status).toBe(expected)
    expect(f.message).toContain(says)
  })
})
