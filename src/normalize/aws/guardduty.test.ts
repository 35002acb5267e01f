import { describe, expect, it } from 'vitest'
import { unknown } from '../../core/unknown.js'
import type { CallResult } from '../../collect/collector.js'
import type { GuarddutyRaw } from '../../collect/aws/guardduty.js'
import { normalizeGuardduty } from './guardduty.js'
import { AWS, type GuardDutyDetectorsAttributes } from './types.js'

const scope = { account: '111122223333', region: 'eu-west-1', regions: ['eu-west-1'] }
const ID = '12abc34d567e8fa901bc2d34e56789f0'
const denied: CallResult<never> = { ok: false, reason: 'AccessDeniedException: denied', code: 'AccessDeniedException' }

describe('normalizeGuardduty', () => {
  const cases: { name: string; raw: GuarddutyRaw; expected: GuardDutyDetectorsAttributes }[] = [
    {
      name: 'enabled detector',
      raw: { detectors: { ok: true, value: [{ detectorId: ID, status: { ok: true, value: 'ENABLED' } }] } },
      expected: { detectors: [{ detectorId: ID, status: 'ENABLED' }] },
    },
    {
      name: 'suspended detector',
      raw: { detectors: { ok: true, value: [{ detectorId: ID, status: { ok: true, value: 'DISABLED' } }] } },
      expected: { detectors: [{ detectorId: ID, status: 'DISABLED' }] },
    },
    { name: 'never enabled', raw: { detectors: { ok: true, value: [] } }, expected: { detectors: [] } },
    {
      name: 'GetDetector denied → status Unknown',
      raw: { detectors: { ok: true, value: [{ detectorId: ID, status: denied }] } },
      expected: { detectors: [{ detectorId: ID, status: unknown('guardduty:GetDetector: AccessDeniedException: denied') }] },
    },
    {
      name: 'ListDetectors denied → Unknown',
      raw: { detectors: denied },
      expected: { detectors: unknown('guardduty:ListDetectors: AccessDeniedException: denied') },
    },
  ]
  it.each(cases)('$name', ({ raw, expected }) => {
    const rs = normalizeGuardduty(raw, scope)
    expect(rs).toHaveLength(1)
    expect(rs[0]).toMatchObject({ uid: 'aws:111122223333:eu-west-1:guardduty-detectors', type: AWS.guardDutyDetectors, region: 'eu-west-1' })
    expect(rs[0]!.attributes).toEqual(expected)
  })
})
