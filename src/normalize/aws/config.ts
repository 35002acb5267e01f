import type { Resource } from '../../core/resource.js'
import { unknown } from '../../core/unknown.js'
import type { ConfigRaw } from '../../collect/aws/config.js'
import { AWS, settingUid, type ConfigRecordersAttributes } from './types.js'
import { awsResource, type NormalizeScope } from './helpers.js'

/** Recorders joined with their status by name; either call failing leaves the whole list Unknown. */
function recordersOf(raw: ConfigRaw): ConfigRecordersAttributes['recorders'] {
  if (!raw.recorders.ok) return unknown(`config:DescribeConfigurationRecorders: ${raw.recorders.reason}`)
  if (!raw.statuses.ok) return unknown(`config:DescribeConfigurationRecorderStatus: ${raw.statuses.reason}`)
  const statusByName = new Map((raw.statuses.value ?? []).map((s) => [s.name ?? '', s]))
  return (raw.recorders.value ?? []).map((r) => {
    const status = statusByName.get(r.name ?? '')
    return {
      name: r.name ?? '',
      // Missing flags are read as off: a recorder is only credited with what it is seen to record.
      allSupported: r.recordingGroup?.allSupported ?? false,
      includeGlobalResourceTypes: r.recordingGroup?.includeGlobalResourceTypes ?? false,
      recording: status?.recording ?? false,
      lastStatus: status?.lastStatus ?? null,
    }
  })
}

/**
 * AWS Config raw data → one aws.config.recorders per region, always emitted: an empty list means no recorder
 * (which checks fail), an Unknown list means it could not be read (which checks report as ERROR).
 */
export function normalizeConfig(raw: ConfigRaw, scope: NormalizeScope): Resource<ConfigRecordersAttributes>[] {
  const channels = raw.deliveryChannels
  return [
    awsResource<ConfigRecordersAttributes>({
      uid: settingUid(scope.account, scope.region, 'config-recorders'),
      type: AWS.configRecorders,
      account: scope.account,
      region: scope.region,
      name: 'config-recorders',
      attributes: {
        recorders: recordersOf(raw),
        deliveryChannels: channels.ok
          ? (channels.value ?? []).map((c) => ({ name: c.name ?? '', s3BucketName: c.s3BucketName ?? null }))
          : unknown(`config:DescribeDeliveryChannels: ${channels.reason}`),
      },
    }),
  ]
}
