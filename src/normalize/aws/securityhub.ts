import type { Resource } from '../../core/resource.js'
import { unknown } from '../../core/unknown.js'
import type { SecurityhubRaw } from '../../collect/aws/securityhub.js'
import { AWS, settingUid, type SecurityHubAttributes } from './types.js'
import { awsResource, type NormalizeScope } from './helpers.js'

/** Enabled standards: null when there is no hub to ask, Unknown when GetEnabledStandards failed. */
function standardsOf(raw: SecurityhubRaw): SecurityHubAttributes['enabledStandards'] {
  if (raw.standards === null) return null
  if (!raw.standards.ok) return unknown(`securityhub:GetEnabledStandards: ${raw.standards.reason}`)
  return raw.standards.value.map((s) => ({ standardsArn: s.StandardsArn ?? '', status: s.StandardsStatus ?? 'UNKNOWN' }))
}

/**
 * Security Hub raw data → one aws.securityhub.hub per region, always emitted: enabled false when DescribeHub said
 * "not subscribed", Unknown when DescribeHub failed otherwise.
 */
export function normalizeSecurityhub(raw: SecurityhubRaw, scope: NormalizeScope): Resource<SecurityHubAttributes>[] {
  const hub = raw.hub
  return [
    awsResource<SecurityHubAttributes>({
      uid: settingUid(scope.account, scope.region, 'securityhub-hub'),
      type: AWS.securityHub,
      account: scope.account,
      region: scope.region,
      name: 'securityhub-hub',
      attributes: {
        enabled: hub.ok ? hub.value !== null : unknown(`securityhub:DescribeHub: ${hub.reason}`),
        hubArn: hub.ok && hub.value !== null ? hub.value.hubArn : null,
        enabledStandards: standardsOf(raw),
      },
    }),
  ]
}
