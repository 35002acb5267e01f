import { describe, expect, it } from 'vitest'
import { isUnknown } from '../../core/unknown.js'
import type { WebACL, Wafv2Raw } from '../../collect/aws/wafv2.js'
import { normalizeWafv2 } from './wafv2.js'
import { AWS } from './types.js'

const ACCOUNT = '111122223333'
const scope = { account: ACCOUNT, region: 'us-east-1', regions: ['us-east-1'] }
const ARN = `arn:aws:wafv2:us-east-1:${ACCOUNT}:regional/webacl/web/a1b2c3d4`
const summary = { Name: 'web', Id: 'a1b2c3d4', ARN, LockToken: 't', Description: '' }
const webAcl: WebACL = {
  Name: 'web',
  Id: 'a1b2c3d4',
  ARN,
  DefaultAction: { Allow: {} },
  Rules: [
    {
      Name: 'common',
      Priority: 0,
      Statement: { ManagedRuleGroupStatement: { VendorName: 'AWS', Name: 'AWSManagedRulesCommonRuleSet' } },
      OverrideAction: { None: {} },
      VisibilityConfig: { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: 'common' },
    },
    {
      Name: 'block-ips',
      Priority: 1,
      Statement: { IPSetReferenceStatement: { ARN: 'arn:ipset' } },
      Action: { Block: {} },
      VisibilityConfig: { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: false, MetricName: 'block-ips' },
    },
  ],
  VisibilityConfig: { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: 'web' },
  Capacity: 701,
}

describe('normalizeWafv2', () => {
  it('a web ACL with rules and logging', () => {
    const raw: Wafv2Raw = {
      webAcls: [
        {
          scope: 'REGIONAL',
          summary,
          webAcl: { ok: true, value: webAcl },
          logging: {
            ok: true,
            value: { ResourceArn: ARN, LogDestinationConfigs: ['arn:aws:logs:us-east-1:111122223333:log-group:aws-waf-logs-web'] },
          },
        },
      ],
    }
    const [r] = normalizeWafv2(raw, scope)
    expect(r).toMatchObject({
      uid: ARN,
      type: AWS.wafv2WebAcl,
      name: 'web',
      attributes: {
        scope: 'REGIONAL',
        defaultAction: 'ALLOW',
        metricsEnabled: true,
        rules: [
          { name: 'common', kind: 'managed-rule-group', metricsEnabled: true },
          { name: 'block-ips', kind: 'rule', metricsEnabled: false },
        ],
        logging: { destinations: ['arn:aws:logs:us-east-1:111122223333:log-group:aws-waf-logs-web'] },
      },
    })
  })

  it('no logging configuration is null; a failed GetWebACL leaves rules and settings Unknown', () => {
    const raw: Wafv2Raw = {
      webAcls: [
        { scope: 'CLOUDFRONT', summary, webAcl: { ok: false, reason: 'AccessDenied', code: 'AccessDenied' }, logging: { ok: true, value: null } },
      ],
    }
    const [r] = normalizeWafv2(raw, scope)
    expect(r!.attributes.logging).toBeNull()
    expect(isUnknown(r!.attributes.rules)).toBe(true)
    expect(isUnknown(r!.attributes.metricsEnabled)).toBe(true)
    expect(isUnknown(r!.attributes.defaultAction)).toBe(true)
  })
})
