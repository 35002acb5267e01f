/**
 * MSK clusters from code: aws_msk_cluster / AWS::MSK::Cluster (provisioned) and aws_msk_serverless_cluster /
 * AWS::MSK::ServerlessCluster, normalized as src/normalize/aws/msk.ts does.
 *
 * Left out in code, MSK's defaults apply (Amazon MSK API EncryptionInTransit, EncryptionAtRest, ClientAuthentication;
 * registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/msk_cluster): client-broker traffic TLS only,
 * in-cluster encryption on, data volumes encrypted with the AWS-managed key aws/kafka, public access DISABLED,
 * no broker logs, DEFAULT monitoring, and unauthenticated access when no authentication method is configured.
 * A customer-managed key is recognised when the key is declared in the same code (the check looks it up by uid);
 * a key only named by ARN leaves who manages it not in code.
 */
import { isUnknown, type Maybe, type Unknown } from '../../core/unknown.js'
import { AWS, type MskClusterAttributes, type MskProvisionedSettings } from '../../normalize/aws/types.js'
import { isIacRef, notInCode, type AdaptContext, type AdaptedResource, type Adapter, type IacResource } from '../model.js'
import { flag, guarded, nameOf, type Loose } from './databases-common.js'
import { block, bool, cfnTags, isUnset, str, tfTags } from './values.js'

type Values = Readonly<Record<string, unknown>>

/** A nested block (Terraform list-of-one) or object (CloudFormation) along a path; null when any level is left out. */
function dig(values: Values, path: readonly string[]): Maybe<Values | null> {
  let current: Values | null = values
  for (const name of path) {
    if (!current) return null
    const next = block(current, name)
    if (isUnknown(next)) return next
    current = next
  }
  return current
}

/** A field of a nested block, or Unknown when the block itself is. */
function field(b: Maybe<Values | null>, name: string): unknown {
  return isUnknown(b) ? b : b?.[name]
}

/** Field names per language. */
const N = {
  terraform: {
    name: 'cluster_name',
    atRest: ['encryption_info'],
    atRestKey: 'encryption_at_rest_kms_key_arn',
    inTransit: ['encryption_info', 'encryption_in_transit'],
    clientBroker: 'client_broker',
    inCluster: 'in_cluster',
    publicAccess: ['broker_node_group_info', 'connectivity_info', 'public_access'],
    publicType: 'type',
    auth: ['client_authentication'],
    unauthenticated: (a: Values): unknown => a.unauthenticated,
    iam: ['client_authentication', 'sasl'],
    iamEnabled: (s: Values): unknown => s.iam,
    scramEnabled: (s: Values): unknown => s.scram,
    tls: ['client_authentication', 'tls'],
    logs: ['logging_info', 'broker_logs'],
    destinations: { CloudWatchLogs: 'cloudwatch_logs', Firehose: 'firehose', S3: 's3' },
    enabled: 'enabled',
    monitoring: 'enhanced_monitoring',
  },
  cloudformation: {
    name: 'ClusterName',
    atRest: ['EncryptionInfo', 'EncryptionAtRest'],
    atRestKey: 'DataVolumeKMSKeyId',
    inTransit: ['EncryptionInfo', 'EncryptionInTransit'],
    clientBroker: 'ClientBroker',
    inCluster: 'InCluster',
    publicAccess: ['BrokerNodeGroupInfo', 'ConnectivityInfo', 'PublicAccess'],
    publicType: 'Type',
    auth: ['ClientAuthentication'],
    unauthenticated: (a: Values): unknown => field(block(a, 'Unauthenticated'), 'Enabled'),
    iam: ['ClientAuthentication', 'Sasl'],
    iamEnabled: (s: Values): unknown => field(block(s, 'Iam'), 'Enabled'),
    scramEnabled: (s: Values): unknown => field(block(s, 'Scram'), 'Enabled'),
    tls: ['ClientAuthentication', 'Tls'],
    logs: ['LoggingInfo', 'BrokerLogs'],
    destinations: { CloudWatchLogs: 'CloudWatchLogs', Firehose: 'Firehose', S3: 'S3' },
    enabled: 'Enabled',
    monitoring: 'EnhancedMonitoring',
  },
} as const

/** The at-rest key: the uid of a KMS key declared in code, null when left out (aws/kafka), else not in code. */
function atRestKey(v: unknown, ctx: AdaptContext): string | null | Unknown {
  if (isUnset(v)) return null
  if (isUnknown(v)) return v
  const declared = isIacRef(v) ? ctx.resolve(v) : undefined
  if (declared && (declared.type === 'aws_kms_key' || declared.type === 'AWS::KMS::Key')) return ctx.uidOf(declared)
  const literal = str(v, null)
  return notInCode(`who manages KMS key ${typeof literal === 'string' ? literal : 'referenced as the at-rest key'}`)
}

/** Whether unauthenticated access is on: as written, else on exactly when no other method is configured. */
function unauthenticated(r: IacResource): boolean | Unknown {
  const n = N[r.language]
  const auth = dig(r.values, n.auth)
  if (isUnknown(auth)) return auth
  if (!auth) return true
  const written = bool(n.unauthenticated(auth), null)
  if (written !== null) return written
  const sasl = dig(r.values, n.iam)
  const tls = dig(r.values, n.tls)
  if (isUnknown(sasl)) return sasl
  if (isUnknown(tls)) return tls
  const iam = sasl ? flag(n.iamEnabled(sasl), false) : false
  const scram = sasl ? flag(n.scramEnabled(sasl), false) : false
  if (isUnknown(iam)) return iam
  if (isUnknown(scram)) return scram
  // A CloudFormation Tls object says Enabled; a Terraform tls {} block enables TLS authentication by being there.
  const tlsOn = tls ? (r.language === 'cloudformation' ? bool(tls.Enabled, !isUnset(tls.CertificateAuthorityArnList)) : true) : false
  if (isUnknown(tlsOn)) return tlsOn
  return !(iam || scram || tlsOn)
}

/** Broker log destinations turned on. */
function logDestinations(r: IacResource): string[] | Unknown {
  const n = N[r.language]
  const logs = dig(r.values, n.logs)
  if (isUnknown(logs)) return logs
  if (!logs) return []
  const out: string[] = []
  for (const [label, name] of Object.entries(n.destinations)) {
    const dest = block(logs, name)
    if (isUnknown(dest)) return dest
    const on = dest ? flag(dest[n.enabled], false) : false
    if (isUnknown(on)) return on
    if (on) out.push(label)
  }
  return out
}

function provisioned(r: IacResource, key: string | null | Unknown): MskProvisionedSettings {
  const n = N[r.language]
  const v = r.values
  const transit = dig(v, n.inTransit)
  const settings: Loose<MskProvisionedSettings> = {
    clientBroker: str(field(transit, n.clientBroker), 'TLS'),
    inCluster: flag(field(transit, n.inCluster), true),
    atRestKmsKeyId: key,
    publicAccess: str(field(dig(v, n.publicAccess), n.publicType), 'DISABLED'),
    unauthenticatedAccess: unauthenticated(r),
    brokerLogDestinations: logDestinations(r),
    enhancedMonitoring: str(v[n.monitoring], 'DEFAULT'),
  }
  return guarded<MskProvisionedSettings>(settings)
}

function adaptCluster(r: IacResource, ctx: AdaptContext): AdaptedResource<MskClusterAttributes>[] {
  const n = N[r.language]
  const name = nameOf(r.values[n.name], r)
  const isServerless = r.type === 'aws_msk_serverless_cluster' || r.type === 'AWS::MSK::ServerlessCluster'
  const key = isServerless ? null : atRestKey(field(dig(r.values, n.atRest), n.atRestKey), ctx)
  const settings = isServerless ? null : provisioned(r, key)
  const attributes: MskClusterAttributes = { clusterName: name, clusterType: isServerless ? 'SERVERLESS' : 'PROVISIONED', provisioned: settings }
  return [
    {
      type: AWS.mskCluster,
      name,
      tags: r.language === 'terraform' ? tfTags(r.values) : cfnTags(r.values),
      attributes,
      relations: typeof key === 'string' ? [{ kind: 'uses-kms-key', target: key }] : [],
    },
  ]
}

/** MSK adapters (Terraform and CloudFormation). */
export const mskAdapters: Adapter[] = [
  { language: 'terraform', types: ['aws_msk_cluster', 'aws_msk_serverless_cluster'], produces: [AWS.mskCluster], adapt: adaptCluster },
  { language: 'cloudformation', types: ['AWS::MSK::Cluster', 'AWS::MSK::ServerlessCluster'], produces: [AWS.mskCluster], adapt: adaptCluster },
]
