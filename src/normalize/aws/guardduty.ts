import type { Resource } from '../../core/resource.js'
import { unknown } from '../../core/unknown.js'
import type { GuarddutyRaw } from '../../collect/aws/guardduty.js'
import { AWS, settingUid, type GuardDutyDetectorsAttributes } from './types.js'
import { awsResource, type NormalizeScope } from './helpers.js'

/**
 * GuardDuty raw data → one aws.guardduty.detectors per region, always emitted: an empty list means GuardDuty was
 * never enabled there, an Unknown list (or status) means the call failed.
 */
export function normalizeGuardduty(raw: GuarddutyRaw, scope: NormalizeScope): Resource<GuardDutyDetectorsAttributes>[] {
  const list = raw.detectors
  return [
    awsResource<GuardDutyDetectorsAttributes>({
      uid: settingUid(scope.account, scope.region, 'guardduty-detectors'),
      type: AWS.guardDutyDetectors,
      account: scope.account,
      region: scope.region,
      name: 'guardduty-detectors',
      attributes: {
        detectors: list.ok
          ? list.value.map(({ detectorId, status }) => ({
              detectorId,
              status: status.ok ? (status.value ?? 'UNKNOWN') : unknown(`guardduty:GetDetector: ${status.reason}`),
            }))
          : unknown(`guardduty:ListDetectors: ${list.reason}`),
      },
    }),
  ]
}
