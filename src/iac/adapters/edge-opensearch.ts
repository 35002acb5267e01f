/**
 * OpenSearch Service domains from code: `aws_opensearch_domain` and `aws_elasticsearch_domain` (with their split-out
 * `*_domain_policy`), `AWS::OpenSearchService::Domain` and `AWS::Elasticsearch::Domain`. Left out: no encryption at
 * rest or node-to-node encryption, HTTPS not enforced, no fine-grained access control, no log publishing, no
 * dedicated masters, one Availability Zone, a public endpoint, no access policy (CreateDomain defaults; Terraform
 * docs for aws_opensearch_domain). Terraform's `enforce_https` defaults to true once `domain_endpoint_options` is
 * written. The TLS policy the service picks when none is given is not documented, so it stays Unknown.
 */
import { isUnknown, unknown, type Maybe } from '../../core/unknown.js'
import { AWS, type OpenSearchDomainAttributes } from '../../normalize/aws/types.js'
import { partsAdapter, type AdaptContext, type AdaptedResource, type Adapter, type IacResource } from '../model.js'
import { partsOf, presentLink } from './edge-shared.js'
import { block, blocks, bool, cfnTags, obj, policyOf, str, strings, tfTags } from './values.js'

type Values = Readonly<Record<string, unknown>>

const TLS_DEFAULT = unknown('TLS security policy left to the service default (not documented for new domains)')

/** `enabled` of an optional settings block/object: dflt when the block is absent. */
function enabled(b: Maybe<Values | null>, field: string, dflt: boolean): Maybe<boolean> {
  if (isUnknown(b)) return b
  const v = bool(b?.[field], dflt)
  return isUnknown(v) ? v : v === true
}

function vpcOf(b: Maybe<Values | null>, field: string): OpenSearchDomainAttributes['vpc'] {
  if (isUnknown(b)) return b
  if (!b) return null
  const subnets = strings(b[field])
  return { vpcId: null, subnetIds: isUnknown(subnets) ? ['(known after apply)'] : subnets }
}

function domain(
  r: IacResource,
  name: unknown,
  attrs: Omit<OpenSearchDomainAttributes, 'domainName'>,
  kms: unknown,
  ctx: AdaptContext,
  tags: Record<string, string>,
): AdaptedResource[] {
  const n = str(name, null)
  const domainName = typeof n === 'string' ? n : r.address
  const key = ctx.resolve(kms)
  const keyId = presentLink(kms, ctx)
  const relations = key
    ? [{ kind: 'uses-kms-key', target: ctx.uidOf(key) }]
    : typeof keyId === 'string' && keyId.startsWith('arn:')
      ? [{ kind: 'uses-kms-key', target: keyId }]
      : []
  return [{ type: AWS.opensearchDomain, name: domainName, tags, attributes: { domainName, ...attrs }, relations }]
}

function tfDomain(r: IacResource, ctx: AdaptContext, policyType: string, versionField: string): AdaptedResource[] {
  const v = r.values
  const cluster = block(v, 'cluster_config')
  const endpoint = block(v, 'domain_endpoint_options')
  const rest = block(v, 'encrypt_at_rest')
  const logs = blocks(v, 'log_publishing_options')
  const audit: Maybe<boolean> = isUnknown(logs) ? logs : logs.some((l) => l.log_type === 'AUDIT_LOGS' && bool(l.enabled, true) === true)
  const policyRes = partsOf(ctx, policyType, 'domain_name', r, typeof v.domain_name === 'string' ? [v.domain_name] : [])[0]
  const policy = policyOf(policyRes ? policyRes.values.access_policies : v.access_policies)
  const tls = isUnknown(endpoint) ? endpoint : str(endpoint?.tls_security_policy, null)
  const version = str(v[versionField], null)
  return domain(
    r,
    v.domain_name,
    {
      engineVersion: isUnknown(version) ? version : (version ?? 'default'),
      vpc: vpcOf(block(v, 'vpc_options'), 'subnet_ids'),
      encryptionAtRest: enabled(rest, 'enabled', false),
      nodeToNodeEncryption: enabled(block(v, 'node_to_node_encryption'), 'enabled', false),
      // Without the block Terraform sends nothing and CreateDomain leaves HTTPS optional; inside it the provider defaults to true.
      enforceHttps: endpoint === null ? false : enabled(endpoint, 'enforce_https', true),
      tlsSecurityPolicy: tls === null ? TLS_DEFAULT : tls,
      fineGrainedAccessControl: enabled(block(v, 'advanced_security_options'), 'enabled', false),
      auditLogs: audit,
      dedicatedMaster: enabled(cluster, 'dedicated_master_enabled', false),
      zoneAwareness: enabled(cluster, 'zone_awareness_enabled', false),
      policy,
    },
    isUnknown(rest) ? undefined : rest?.kms_key_id,
    ctx,
    tfTags(v),
  )
}

function cfnDomain(r: IacResource, ctx: AdaptContext, clusterField: string, versionField: string): AdaptedResource[] {
  const v = r.values
  const cluster = obj(v[clusterField])
  const endpoint = obj(v.DomainEndpointOptions)
  const rest = obj(v.EncryptionAtRestOptions)
  const logs = obj(v.LogPublishingOptions)
  const auditOption = isUnknown(logs) ? logs : obj(logs?.AUDIT_LOGS)
  const tls = isUnknown(endpoint) ? endpoint : str(endpoint?.TLSSecurityPolicy, null)
  const version = str(v[versionField], null)
  return domain(
    r,
    v.DomainName,
    {
      engineVersion: isUnknown(version) ? version : (version ?? 'default'),
      vpc: vpcOf(obj(v.VPCOptions), 'SubnetIds'),
      encryptionAtRest: enabled(rest, 'Enabled', false),
      nodeToNodeEncryption: enabled(obj(v.NodeToNodeEncryptionOptions), 'Enabled', false),
      enforceHttps: enabled(endpoint, 'EnforceHTTPS', false),
      tlsSecurityPolicy: tls === null ? TLS_DEFAULT : tls,
      fineGrainedAccessControl: enabled(obj(v.AdvancedSecurityOptions), 'Enabled', false),
      auditLogs: enabled(auditOption, 'Enabled', false),
      dedicatedMaster: enabled(cluster, 'DedicatedMasterEnabled', false),
      zoneAwareness: enabled(cluster, 'ZoneAwarenessEnabled', false),
      policy: policyOf(v.AccessPolicies),
    },
    isUnknown(rest) ? undefined : rest?.KmsKeyId,
    ctx,
    cfnTags(v),
  )
}

/** OpenSearch adapters (Terraform and CloudFormation, OpenSearch and legacy Elasticsearch types). */
export const opensearchAdapters: Adapter[] = [
  {
    language: 'terraform',
    types: ['aws_opensearch_domain'],
    produces: [AWS.opensearchDomain],
    adapt: (r, ctx) => tfDomain(r, ctx, 'aws_opensearch_domain_policy', 'engine_version'),
  },
  {
    language: 'terraform',
    types: ['aws_elasticsearch_domain'],
    produces: [AWS.opensearchDomain],
    adapt: (r, ctx) => tfDomain(r, ctx, 'aws_elasticsearch_domain_policy', 'elasticsearch_version'),
  },
  {
    language: 'cloudformation',
    types: ['AWS::OpenSearchService::Domain'],
    produces: [AWS.opensearchDomain],
    adapt: (r, ctx) => cfnDomain(r, ctx, 'ClusterConfig', 'EngineVersion'),
  },
  {
    language: 'cloudformation',
    types: ['AWS::Elasticsearch::Domain'],
    produces: [AWS.opensearchDomain],
    adapt: (r, ctx) => cfnDomain(r, ctx, 'ElasticsearchClusterConfig', 'ElasticsearchVersion'),
  },
  partsAdapter('terraform', ['aws_opensearch_domain_policy', 'aws_elasticsearch_domain_policy']),
]
