/**
 * Load balancers from code. Classic: aws_elb with its SSL negotiation policies (aws_load_balancer_policy +
 * aws_load_balancer_listener_policy, aws_lb_ssl_negotiation_policy), AWS::ElasticLoadBalancing::LoadBalancer.
 * ELBv2: aws_lb / aws_alb with their listeners (aws_lb_listener / aws_alb_listener) and WAFv2 association
 * (aws_wafv2_web_acl_association), AWS::ElasticLoadBalancingV2::LoadBalancer with AWS::ElasticLoadBalancingV2::Listener
 * and AWS::WAFv2::WebACLAssociation.
 *
 * Defaults differ by tool for classic load balancers: the API (and so CloudFormation) creates them with cross-zone
 * load balancing and connection draining off (https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/enable-disable-crosszone-lb.html,
 * .../config-conn-drain.html), while the Terraform provider turns cross-zone on unless told otherwise.
 * An HTTPS/TLS ELBv2 listener without a policy gets ELBSecurityPolicy-2016-08 (aws_lb_listener ssl_policy).
 */
import { isUnknown, type Maybe } from '../../core/unknown.js'
import {
  AWS,
  type ElbListener,
  type ElbLoadBalancerAttributes,
  type ElbSslNegotiationPolicy,
  type Elbv2Listener,
  type Elbv2LoadBalancerAttributes,
} from '../../normalize/aws/types.js'
import { partsAdapter, type AdaptContext, type AdaptedResource, type Adapter, type IacResource } from '../model.js'
import { block, blocks, bool, cfnTags, isUnset, num, str, tfTags, withUnknowns } from './values.js'
import { cfnList, cfnObj, deref, displayId, idList, idOf, splitKnown } from './network-common.js'

type Relation = { kind: string; target: string }

/** Default SSL policy of HTTPS/TLS ELBv2 listeners created without one. */
const ELBV2_DEFAULT_POLICY = 'ELBSecurityPolicy-2016-08'

/** An SSL negotiation policy from its attributes ({name, value} pairs). */
function sslPolicy(policyName: string, attrs: { name: unknown; value: unknown }[]): ElbSslNegotiationPolicy {
  let reference: string | null = null
  const enabled: string[] = []
  let reported = false
  for (const a of attrs) {
    const name = str(a.name, null)
    const value = str(a.value, null)
    if (typeof name !== 'string' || typeof value !== 'string') continue
    if (name === 'Reference-Security-Policy') reference = value
    if (name.startsWith('Protocol-')) {
      reported = true
      if (value.toLowerCase() === 'true') enabled.push(name.slice('Protocol-'.length))
    }
  }
  return { policyName, referenceSecurityPolicy: reference, enabledProtocols: enabled, protocolsReported: reported }
}

/** Security groups as uids (declared) or ids, with their relations. */
function groupRelations(groups: Maybe<string[]>): Relation[] {
  return isUnknown(groups) ? [] : groups.map((target) => ({ kind: 'uses-security-group', target }))
}

function upper(v: unknown, dflt: string): Maybe<string> {
  const s = str(v, dflt)
  return isUnknown(s) ? s : s.toUpperCase()
}

/** A listener object whose protocol may be unknown (a check reading it is then not evaluated). */
function withProtocol<T extends { protocol: string }>(rest: Omit<T, 'protocol'>, protocol: Maybe<string>): T {
  const { known, unknowns } = splitKnown<Record<string, unknown>>({ protocol }, { protocol: '' })
  return withUnknowns({ ...rest, ...known } as unknown as T, unknowns)
}

/** A string as written; '' when it is not known from code (no type-specific check then applies). */
function knownText(v: Maybe<string>): string {
  return typeof v === 'string' ? v : ''
}

function port(v: unknown): number {
  const n = num(v, 0)
  return typeof n === 'number' ? n : 0
}

// ---------------------------------------------------------------- Classic, Terraform

/** Resources of `type` whose `field` names the load balancer (reference or its literal name). */
function naming(ctx: AdaptContext, type: string, field: string, lb: IacResource, name: string | null): IacResource[] {
  return ctx.referencing(type, field, lb, name ? [name] : [])
}

function tfElb(r: IacResource, ctx: AdaptContext): AdaptedResource<ElbLoadBalancerAttributes>[] {
  const v = r.values
  const written = str(v.name, null)
  const literal = typeof written === 'string' ? written : null
  const name = displayId(r, written)
  const policies: ElbSslNegotiationPolicy[] = []
  const byPort = new Map<number, string[]>()
  const attach = (p: number, names: string[]) => byPort.set(p, [...(byPort.get(p) ?? []), ...names])
  for (const p of naming(ctx, 'aws_load_balancer_policy', 'load_balancer_name', r, literal)) {
    if (p.values.policy_type_name !== 'SSLNegotiationPolicyType') continue
    const pname = str(p.values.policy_name, null)
    const attrs = blocks(p.values, 'policy_attribute')
    if (typeof pname === 'string' && !isUnknown(attrs))
      policies.push(
        sslPolicy(
          pname,
          attrs.map((a) => ({ name: a.name, value: a.value })),
        ),
      )
  }
  for (const lp of naming(ctx, 'aws_load_balancer_listener_policy', 'load_balancer_name', r, literal)) {
    const names = Array.isArray(lp.values.policy_names) ? lp.values.policy_names : []
    attach(
      port(lp.values.load_balancer_port),
      names.map((n) => str(deref(ctx, n), null)).filter((n): n is string => typeof n === 'string'),
    )
  }
  for (const p of naming(ctx, 'aws_lb_ssl_negotiation_policy', 'load_balancer', r, literal)) {
    const pname = str(p.values.name, null)
    const attrs = blocks(p.values, 'attribute')
    if (typeof pname !== 'string' || isUnknown(attrs)) continue
    policies.push(
      sslPolicy(
        pname,
        attrs.map((a) => ({ name: a.name, value: a.value })),
      ),
    )
    attach(port(p.values.lb_port), [pname])
  }
  const listenerBlocks = blocks(v, 'listener')
  const listeners: ElbListener[] = (isUnknown(listenerBlocks) ? [] : listenerBlocks).map((l) =>
    withProtocol<ElbListener>(
      {
        port: port(l.lb_port),
        instanceProtocol: (() => {
          const p = upper(l.instance_protocol, '')
          return isUnknown(p) ? '' : p
        })(),
        instancePort: port(l.instance_port),
        sslCertificateId: idOf(ctx, l.ssl_certificate_id),
        policyNames: byPort.get(port(l.lb_port)) ?? [],
      },
      upper(l.lb_protocol, 'HTTP'),
    ),
  )
  const logs = block(v, 'access_logs')
  const groups = idList(ctx, v.security_groups)
  const internal = bool(v.internal, false)
  return [
    {
      type: AWS.elbLoadBalancer,
      name,
      tags: tfTags(v),
      attributes: {
        loadBalancerName: name,
        dnsName: '',
        scheme: internal === true ? 'internal' : 'internet-facing',
        vpcId: null,
        securityGroupIds: isUnknown(groups) ? [] : groups,
        listeners,
        accessLogsEnabled: isUnknown(logs) ? logs : logs ? bool(logs.enabled, true) : false,
        crossZoneLoadBalancing: bool(v.cross_zone_load_balancing, true),
        connectionDraining: bool(v.connection_draining, false),
        desyncMitigationMode: str(v.desync_mitigation_mode, 'defensive'),
        sslNegotiationPolicies: policies,
      } as ElbLoadBalancerAttributes,
      relations: [...groupRelations(groups), ...certificates(listeners.map((l) => l.sslCertificateId))],
    },
  ]
}

function certificates(ids: (string | null)[]): Relation[] {
  return [...new Set(ids.filter((c): c is string => !!c))].map((target) => ({ kind: 'uses-certificate', target }))
}

// ---------------------------------------------------------------- Classic, CloudFormation

function cfnElb(r: IacResource, ctx: AdaptContext): AdaptedResource<ElbLoadBalancerAttributes>[] {
  const v = r.values
  const name = displayId(r, str(v.LoadBalancerName, null))
  const declared = cfnList(v.Policies)
  const policies: ElbSslNegotiationPolicy[] = []
  const byPort = new Map<number, string[]>()
  for (const p of isUnknown(declared) ? [] : declared) {
    const pname = str(p.PolicyName, null)
    if (typeof pname !== 'string') continue
    if (p.PolicyType === 'SSLNegotiationPolicyType') {
      const attrs = cfnList(p.Attributes)
      policies.push(
        sslPolicy(
          pname,
          (isUnknown(attrs) ? [] : attrs).map((a) => ({ name: a.Name, value: a.Value })),
        ),
      )
    }
    const ports = Array.isArray(p.LoadBalancerPorts) ? p.LoadBalancerPorts : []
    for (const lp of ports) byPort.set(port(lp), [...(byPort.get(port(lp)) ?? []), pname])
  }
  const listenerList = cfnList(v.Listeners)
  const listeners: ElbListener[] = (isUnknown(listenerList) ? [] : listenerList).map((l) => {
    const written = Array.isArray(l.PolicyNames) ? l.PolicyNames.filter((n): n is string => typeof n === 'string') : []
    const instanceProtocol = upper(l.InstanceProtocol, '')
    return withProtocol<ElbListener>(
      {
        port: port(l.LoadBalancerPort),
        instanceProtocol: isUnknown(instanceProtocol) ? '' : instanceProtocol,
        instancePort: port(l.InstancePort),
        sslCertificateId: idOf(ctx, l.SSLCertificateId),
        policyNames: [...written, ...(byPort.get(port(l.LoadBalancerPort)) ?? [])],
      },
      upper(l.Protocol, 'HTTP'),
    )
  })
  const logs = cfnObj(v.AccessLoggingPolicy)
  const draining = cfnObj(v.ConnectionDrainingPolicy)
  const groups = idList(ctx, v.SecurityGroups)
  return [
    {
      type: AWS.elbLoadBalancer,
      name,
      tags: cfnTags(v),
      attributes: {
        loadBalancerName: name,
        dnsName: '',
        scheme: str(v.Scheme, 'internet-facing') === 'internal' ? 'internal' : 'internet-facing',
        vpcId: null,
        securityGroupIds: isUnknown(groups) ? [] : groups,
        listeners,
        accessLogsEnabled: isUnknown(logs) ? logs : logs ? bool(logs.Enabled, false) : false,
        crossZoneLoadBalancing: bool(v.CrossZone, false),
        connectionDraining: isUnknown(draining) ? draining : draining ? bool(draining.Enabled, false) : false,
        // CloudFormation cannot set the desync mitigation mode: the default (defensive) applies.
        desyncMitigationMode: null,
        sslNegotiationPolicies: policies,
      } as ElbLoadBalancerAttributes,
      relations: [...groupRelations(groups), ...certificates(listeners.map((l) => l.sslCertificateId))],
    },
  ]
}

// ---------------------------------------------------------------- ELBv2

/** One listener as the live normalizer shapes it. */
function v2Listener(
  ctx: AdaptContext,
  r: IacResource,
  lbType: string,
  f: { port: unknown; protocol: unknown; sslPolicy: unknown; certificates: unknown[]; actions: { type: unknown; redirectProtocol: unknown }[] },
): Elbv2Listener {
  const protocol = upper(f.protocol, lbType === 'network' ? 'TCP' : 'HTTP')
  const secure = protocol === 'HTTPS' || protocol === 'TLS'
  const policy = str(f.sslPolicy, secure ? ELBV2_DEFAULT_POLICY : null)
  const types = f.actions.map((a) => str(a.type, '')).filter((t): t is string => typeof t === 'string' && t !== '')
  return withProtocol<Elbv2Listener>(
    {
      listenerArn: ctx.uidOf(r),
      port: port(f.port),
      sslPolicy: typeof policy === 'string' ? policy : null,
      certificateArns: f.certificates.map((c) => idOf(ctx, c)).filter((c): c is string => c !== null),
      defaultActionTypes: types,
      // A redirect keeps the request's protocol unless it names another (#{protocol} by default).
      redirectsToHttps: f.actions.some((a) => a.type === 'redirect' && upper(a.redirectProtocol, '#{protocol}') === 'HTTPS'),
    },
    protocol,
  )
}

function v2Attributes(
  name: string,
  lbType: string,
  scheme: string,
  groups: Maybe<string[]>,
  listeners: Elbv2Listener[],
  settings: {
    logs: Maybe<boolean | null>
    deletion: Maybe<boolean | null>
    dropHeaders: Maybe<boolean | null>
    desync: Maybe<string | null>
    webAcl: string | null
  },
): Elbv2LoadBalancerAttributes {
  const alb = lbType === 'application'
  return {
    loadBalancerName: name,
    dnsName: '',
    type: lbType,
    scheme,
    vpcId: null,
    securityGroupIds: isUnknown(groups) ? [] : groups,
    listeners,
    accessLogsEnabled: settings.logs as Maybe<boolean>,
    deletionProtection: settings.deletion as Maybe<boolean>,
    dropInvalidHeaderFields: alb ? settings.dropHeaders : null,
    desyncMitigationMode: alb ? settings.desync : null,
    webAclArn: alb ? settings.webAcl : null,
  }
}

/** The web ACL associated with the load balancer: a declared ACL's uid, or the ARN as written. */
function webAcl(ctx: AdaptContext, r: IacResource, type: string, resourceField: string, aclField: string): string | null {
  const assoc = ctx.ofType(type).find((a) => ctx.resolve(a.values[resourceField]) === r)
  return assoc ? idOf(ctx, assoc.values[aclField]) : null
}

function v2Relations(groups: Maybe<string[]>, listeners: Elbv2Listener[], acl: string | null): Relation[] {
  return [
    ...groupRelations(groups),
    ...certificates(listeners.flatMap((l) => l.certificateArns)),
    ...(acl ? [{ kind: 'protected-by', target: acl }] : []),
  ]
}

function tfLb(r: IacResource, ctx: AdaptContext): AdaptedResource<Elbv2LoadBalancerAttributes>[] {
  const v = r.values
  const name = displayId(r, str(v.name, null))
  const lbType = knownText(str(v.load_balancer_type, 'application'))
  const listenerResources = [
    ...ctx.referencing('aws_lb_listener', 'load_balancer_arn', r),
    ...ctx.referencing('aws_alb_listener', 'load_balancer_arn', r),
  ]
  const listeners = listenerResources.map((l) => {
    const actions = blocks(l.values, 'default_action')
    return v2Listener(ctx, l, lbType, {
      port: l.values.port,
      protocol: l.values.protocol,
      sslPolicy: l.values.ssl_policy,
      certificates: isUnset(l.values.certificate_arn) ? [] : [l.values.certificate_arn],
      actions: (isUnknown(actions) ? [] : actions).map((a) => {
        const redirect = block(a, 'redirect')
        return { type: a.type, redirectProtocol: redirect && !isUnknown(redirect) ? redirect.protocol : undefined }
      }),
    })
  })
  const logs = block(v, 'access_logs')
  const groups = idList(ctx, v.security_groups)
  const acl = webAcl(ctx, r, 'aws_wafv2_web_acl_association', 'resource_arn', 'web_acl_arn')
  return [
    {
      type: AWS.elbv2LoadBalancer,
      name,
      tags: tfTags(v),
      attributes: v2Attributes(name, lbType, bool(v.internal, false) === true ? 'internal' : 'internet-facing', groups, listeners, {
        // access_logs.enabled defaults to false even when a bucket is given (aws_lb argument reference).
        logs: isUnknown(logs) ? logs : logs ? bool(logs.enabled, false) : false,
        deletion: bool(v.enable_deletion_protection, false),
        dropHeaders: bool(v.drop_invalid_header_fields, false),
        desync: str(v.desync_mitigation_mode, 'defensive'),
        webAcl: acl,
      }),
      relations: v2Relations(groups, listeners, acl),
    },
  ]
}

/** LoadBalancerAttributes [{Key, Value}] as a map. */
function cfnLbAttributes(v: unknown): Maybe<Map<string, unknown>> {
  const list = cfnList(v)
  if (isUnknown(list)) return list
  return new Map(list.map((a) => [String(a.Key), a.Value]))
}

function cfnLb(r: IacResource, ctx: AdaptContext): AdaptedResource<Elbv2LoadBalancerAttributes>[] {
  const v = r.values
  const name = displayId(r, str(v.Name, null))
  const lbType = knownText(str(v.Type, 'application'))
  const listeners = ctx
    .ofType('AWS::ElasticLoadBalancingV2::Listener')
    .filter((l) => ctx.resolve(l.values.LoadBalancerArn) === r)
    .map((l) => {
      const certs = cfnList(l.values.Certificates)
      const actions = cfnList(l.values.DefaultActions)
      return v2Listener(ctx, l, lbType, {
        port: l.values.Port,
        protocol: l.values.Protocol,
        sslPolicy: l.values.SslPolicy,
        certificates: (isUnknown(certs) ? [] : certs).map((c) => c.CertificateArn),
        actions: (isUnknown(actions) ? [] : actions).map((a) => {
          const redirect = cfnObj(a.RedirectConfig)
          return { type: a.Type, redirectProtocol: redirect && !isUnknown(redirect) ? redirect.Protocol : undefined }
        }),
      })
    })
  const attrs = cfnLbAttributes(v.LoadBalancerAttributes)
  const attr = <D extends boolean | string | null>(key: string, read: (x: unknown, d: D) => Maybe<boolean | string | null>, dflt: D) =>
    isUnknown(attrs) ? attrs : read(attrs.get(key), dflt)
  const groups = idList(ctx, v.SecurityGroups)
  const acl = webAcl(ctx, r, 'AWS::WAFv2::WebACLAssociation', 'ResourceArn', 'WebACLArn')
  return [
    {
      type: AWS.elbv2LoadBalancer,
      name,
      tags: cfnTags(v),
      attributes: v2Attributes(name, lbType, str(v.Scheme, 'internet-facing') === 'internal' ? 'internal' : 'internet-facing', groups, listeners, {
        logs: attr('access_logs.s3.enabled', bool, false) as Maybe<boolean>,
        deletion: attr('deletion_protection.enabled', bool, false) as Maybe<boolean>,
        dropHeaders: attr('routing.http.drop_invalid_header_fields.enabled', bool, false) as Maybe<boolean>,
        desync: attr('routing.http.desync_mitigation_mode', str, null) as Maybe<string | null>,
        webAcl: acl,
      }),
      relations: v2Relations(groups, listeners, acl),
    },
  ]
}

/** Load balancer adapters (Terraform and CloudFormation, classic and v2). */
export const elbAdapters: Adapter[] = [
  { language: 'terraform', types: ['aws_elb'], produces: [AWS.elbLoadBalancer], adapt: tfElb },
  { language: 'terraform', types: ['aws_lb', 'aws_alb'], produces: [AWS.elbv2LoadBalancer], adapt: tfLb },
  { language: 'cloudformation', types: ['AWS::ElasticLoadBalancing::LoadBalancer'], produces: [AWS.elbLoadBalancer], adapt: cfnElb },
  { language: 'cloudformation', types: ['AWS::ElasticLoadBalancingV2::LoadBalancer'], produces: [AWS.elbv2LoadBalancer], adapt: cfnLb },
  partsAdapter('terraform', [
    'aws_load_balancer_policy',
    'aws_load_balancer_listener_policy',
    'aws_lb_ssl_negotiation_policy',
    'aws_lb_listener',
    'aws_alb_listener',
  ]),
  // The WAFv2 associations read above are registered as parts by the edge group (edge-wafv2.ts).
  partsAdapter('cloudformation', ['AWS::ElasticLoadBalancingV2::Listener']),
]
