/**
 * WAFv2 web ACLs from code: `aws_wafv2_web_acl` (inline `rule` blocks, `rule_json`, and v6's
 * `aws_wafv2_web_acl_rule_group_association`) with `aws_wafv2_web_acl_logging_configuration`, and
 * `AWS::WAFv2::WebACL` with `AWS::WAFv2::LoggingConfiguration`. Associations (`aws_wafv2_web_acl_association`,
 * `AWS::WAFv2::WebACLAssociation`) are read by the resources they protect.
 */
import { isUnknown, unknown, type Maybe } from '../../core/unknown.js'
import { AWS, type Wafv2Rule, type Wafv2WebAclAttributes } from '../../normalize/aws/types.js'
import { partsAdapter, type AdaptContext, type AdaptedResource, type Adapter, type IacResource } from '../model.js'
import { cfnList, linkOf, partsOf } from './edge-shared.js'
import { block, blocks, bool, cfnTags, isUnset, num, obj, str, tfTags } from './values.js'

type Values = Readonly<Record<string, unknown>>

function text(v: unknown, fallback: string): string {
  const s = str(v, fallback)
  return isUnknown(s) ? fallback : s
}

/** What a rule evaluates, from its statement (either spelling). */
function kindOf(statement: Values | null): string {
  if (!statement) return 'rule'
  if (statement.managed_rule_group_statement !== undefined || statement.ManagedRuleGroupStatement !== undefined) return 'managed-rule-group'
  if (statement.rule_group_reference_statement !== undefined || statement.RuleGroupReferenceStatement !== undefined) return 'rule-group'
  return 'rule'
}

/** A rule from its name, priority, statement and visibility configuration; Unknown when a deciding field is. */
function ruleOf(name: unknown, priority: unknown, statement: Maybe<Values | null>, metrics: unknown): Maybe<Wafv2Rule> {
  const enabled = bool(metrics, false)
  if (isUnknown(enabled)) return enabled
  if (isUnknown(statement)) return statement
  const p = num(priority, 0)
  return { name: text(name, '(unnamed)'), priority: isUnknown(p) ? 0 : p, kind: kindOf(statement), metricsEnabled: enabled === true }
}

function collect(rules: Maybe<Wafv2Rule>[]): Maybe<Wafv2Rule[]> {
  const out: Wafv2Rule[] = []
  for (const r of rules) {
    if (isUnknown(r)) return r
    out.push(r)
  }
  return out
}

function tfRules(v: Values, acl: IacResource, ctx: AdaptContext): Maybe<Wafv2Rule[]> {
  const inline = blocks(v, 'rule')
  if (isUnknown(inline)) return inline
  const rules: Maybe<Wafv2Rule>[] = inline.map((r) => {
    const vis = block(r, 'visibility_config')
    return ruleOf(r.name, r.priority, block(r, 'statement'), isUnknown(vis) ? vis : vis?.cloudwatch_metrics_enabled)
  })
  // rule_json (provider v5.x) holds the rules as the WAFv2 API's JSON.
  if (!isUnset(v.rule_json)) {
    const json = str(v.rule_json, null)
    if (isUnknown(json)) return json
    let parsed: unknown
    try {
      parsed = JSON.parse(json ?? '[]')
    } catch {
      return unknown('rule_json is not valid JSON')
    }
    const list = cfnList(parsed)
    if (isUnknown(list)) return list
    rules.push(...list.map(cfnRule))
  }
  for (const a of partsOf(ctx, 'aws_wafv2_web_acl_rule_group_association', 'web_acl_arn', acl)) {
    const vis = block(a.values, 'visibility_config')
    const managed = block(a.values, 'managed_rule_group')
    const kind = managed && !isUnknown(managed) ? { managed_rule_group_statement: [managed] } : { rule_group_reference_statement: [{}] }
    rules.push(ruleOf(a.values.rule_name, a.values.priority, kind, isUnknown(vis) ? vis : vis?.cloudwatch_metrics_enabled))
  }
  return collect(rules)
}

function cfnRule(r: Values): Maybe<Wafv2Rule> {
  const vis = obj(r.VisibilityConfig)
  return ruleOf(r.Name, r.Priority, obj(r.Statement), isUnknown(vis) ? vis : vis?.CloudWatchMetricsEnabled)
}

/** Logging configurations naming the web ACL; null when none. */
function loggingOf(acl: IacResource, ctx: AdaptContext, type: string, aclField: string, destField: string): Wafv2WebAclAttributes['logging'] {
  const config = partsOf(ctx, type, aclField, acl)[0]
  if (!config) return null
  const dest = config.values[destField]
  const list = Array.isArray(dest) ? dest.map((d) => linkOf(d, ctx)) : []
  return { destinations: list.map((d) => (typeof d === 'string' ? d : '(known after apply)')) }
}

function webAcl(
  r: IacResource,
  fields: {
    name: unknown
    scope: unknown
    blockDefault: Maybe<boolean>
    rules: Maybe<Wafv2Rule[]>
    metrics: unknown
    logging: Wafv2WebAclAttributes['logging']
  },
  tags: Record<string, string>,
): AdaptedResource<Wafv2WebAclAttributes>[] {
  const name = text(fields.name, r.address)
  const metrics = bool(fields.metrics, false)
  const attributes: Wafv2WebAclAttributes = {
    name,
    id: r.address,
    scope: text(fields.scope, 'REGIONAL') === 'CLOUDFRONT' ? 'CLOUDFRONT' : 'REGIONAL',
    defaultAction: isUnknown(fields.blockDefault) ? fields.blockDefault : fields.blockDefault ? 'BLOCK' : 'ALLOW',
    rules: fields.rules,
    metricsEnabled: isUnknown(metrics) ? metrics : metrics === true,
    logging: fields.logging,
  }
  return [{ type: AWS.wafv2WebAcl, name, tags, attributes }]
}

function tfWebAcl(r: IacResource, ctx: AdaptContext): AdaptedResource[] {
  const v = r.values
  const action = block(v, 'default_action')
  const vis = block(v, 'visibility_config')
  const blockDefault: Maybe<boolean> = isUnknown(action) ? action : !!action && Array.isArray(action.block) && action.block.length > 0
  return webAcl(
    r,
    {
      name: v.name,
      scope: v.scope,
      blockDefault,
      rules: tfRules(v, r, ctx),
      metrics: isUnknown(vis) ? vis : vis?.cloudwatch_metrics_enabled,
      logging: loggingOf(r, ctx, 'aws_wafv2_web_acl_logging_configuration', 'resource_arn', 'log_destination_configs'),
    },
    tfTags(v),
  )
}

function cfnWebAcl(r: IacResource, ctx: AdaptContext): AdaptedResource[] {
  const v = r.values
  const action = obj(v.DefaultAction)
  const vis = obj(v.VisibilityConfig)
  const rules = cfnList(v.Rules)
  return webAcl(
    r,
    {
      name: v.Name,
      scope: v.Scope,
      blockDefault: isUnknown(action) ? action : !!action && !isUnset(action.Block),
      rules: isUnknown(rules) ? rules : collect(rules.map(cfnRule)),
      metrics: isUnknown(vis) ? vis : vis?.CloudWatchMetricsEnabled,
      logging: loggingOf(r, ctx, 'AWS::WAFv2::LoggingConfiguration', 'ResourceArn', 'LogDestinationConfigs'),
    },
    cfnTags(v),
  )
}

/** WAFv2 adapters (Terraform and CloudFormation). */
export const wafv2Adapters: Adapter[] = [
  { language: 'terraform', types: ['aws_wafv2_web_acl'], produces: [AWS.wafv2WebAcl], adapt: tfWebAcl },
  { language: 'cloudformation', types: ['AWS::WAFv2::WebACL'], produces: [AWS.wafv2WebAcl], adapt: cfnWebAcl },
  partsAdapter('terraform', ['aws_wafv2_web_acl_logging_configuration', 'aws_wafv2_web_acl_rule_group_association', 'aws_wafv2_web_acl_association']),
  partsAdapter('cloudformation', ['AWS::WAFv2::LoggingConfiguration', 'AWS::WAFv2::WebACLAssociation']),
]
