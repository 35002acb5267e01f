import type { Resource } from '../../core/resource.js'
import { unknown, type Maybe } from '../../core/unknown.js'
import type { WebACL, Wafv2Raw } from '../../collect/aws/wafv2.js'
import { AWS, type Wafv2Rule, type Wafv2WebAclAttributes } from './types.js'
import { awsResource, type NormalizeScope } from './helpers.js'

type SdkRule = NonNullable<WebACL['Rules']>[number]

/** What a rule evaluates: a managed rule group, a customer rule group, or its own statement. */
function ruleKind(r: SdkRule): string {
  if (r.Statement?.ManagedRuleGroupStatement) return 'managed-rule-group'
  if (r.Statement?.RuleGroupReferenceStatement) return 'rule-group'
  return 'rule'
}

/** Rules of the web ACL, with Firewall Manager's pre- and post-process rule groups. */
function rulesOf(acl: WebACL): Wafv2Rule[] {
  const fms = [...(acl.PreProcessFirewallManagerRuleGroups ?? []), ...(acl.PostProcessFirewallManagerRuleGroups ?? [])].map((g) => ({
    name: g.Name ?? '',
    priority: g.Priority ?? 0,
    kind: 'firewall-manager-rule-group',
    metricsEnabled: g.VisibilityConfig?.CloudWatchMetricsEnabled === true,
  }))
  const own = (acl.Rules ?? []).map((r) => ({
    name: r.Name ?? '',
    priority: r.Priority ?? 0,
    kind: ruleKind(r),
    metricsEnabled: r.VisibilityConfig?.CloudWatchMetricsEnabled === true,
  }))
  return [...own, ...fms]
}

/** WAFv2 web ACLs → aws.wafv2.web-acl; a failed GetWebACL leaves rules and settings Unknown, a failed logging call only logging. */
export function normalizeWafv2(raw: Wafv2Raw, scope: NormalizeScope): Resource<Wafv2WebAclAttributes>[] {
  return raw.webAcls.map(({ scope: aclScope, summary, webAcl, logging }) => {
    const name = summary.Name ?? ''
    const read = <T>(pick: (a: WebACL) => T): Maybe<T> =>
      webAcl.ok ? pick(webAcl.value ?? ({} as WebACL)) : unknown(`wafv2:GetWebACL: ${webAcl.reason}`)
    return awsResource<Wafv2WebAclAttributes>({
      uid: summary.ARN ?? `${aclScope}:${name}/${summary.Id ?? ''}`,
      type: AWS.wafv2WebAcl,
      account: scope.account,
      region: scope.region,
      name,
      attributes: {
        name,
        id: summary.Id ?? '',
        scope: aclScope,
        defaultAction: read((a) => (a.DefaultAction?.Block ? 'BLOCK' : 'ALLOW')),
        rules: read(rulesOf),
        metricsEnabled: read((a) => a.VisibilityConfig?.CloudWatchMetricsEnabled === true),
        logging: logging.ok
          ? logging.value
            ? { destinations: logging.value.LogDestinationConfigs ?? [] }
            : null
          : unknown(`wafv2:GetLoggingConfiguration: ${logging.reason}`),
      },
    })
  })
}
