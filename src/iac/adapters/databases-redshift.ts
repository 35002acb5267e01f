/**
 * Redshift clusters from code: aws_redshift_cluster (+ aws_redshift_logging, aws_redshift_parameter_group) and
 * AWS::Redshift::Cluster (+ AWS::Redshift::ClusterParameterGroup), normalized as src/normalize/aws/redshift.ts does.
 *
 * Left out in code: encrypted and not publicly accessible. Those are Amazon Redshift's defaults for new clusters
 * ("your database is encrypted by default", docs.aws.amazon.com/redshift/latest/mgmt/working-with-db-encryption.html)
 * and Terraform AWS provider v6's ("encrypted now defaults to true", "publicly_accessible now defaults to false",
 * registry.terraform.io/providers/hashicorp/aws/latest/docs/guides/version-6-upgrade; provider v5 defaulted both the
 * other way). Automated snapshots are kept 1 day, version upgrades are allowed, enhanced VPC routing is off, and audit
 * logging is off unless configured. require_ssl comes from the cluster's parameter group: read from a group declared
 * in code (an unset parameter is false, as the live normalizer reads it); the default group AWS assigns, or a group
 * only named, is not in code.
 */
import { isUnknown, type Maybe, type Unknown } from '../../core/unknown.js'
import { AWS, type RedshiftClusterAttributes } from '../../normalize/aws/types.js'
import { afterApply, isIacRef, notInCode, partsAdapter, type AdaptContext, type AdaptedResource, type Adapter, type IacResource } from '../model.js'
import { flag, guarded, kmsKeyOf, kmsRelations, nameOf, type Loose } from './databases-common.js'
import { block, blocks, bool, cfnTags, isUnset, num, obj, str, strings, tfTags } from './values.js'

type Values = Readonly<Record<string, unknown>>
type AuditLogging = RedshiftClusterAttributes['auditLogging']

/** Audit logging from a Terraform `logging {}` block (provider v5) or an aws_redshift_logging resource (v5.x/v6). */
function tfLogging(r: IacResource, ctx: AdaptContext, ids: readonly unknown[]): AuditLogging {
  const part = ctx.referencing('aws_redshift_logging', 'cluster_identifier', r, ids)[0]
  const legacy = block(r.values, 'logging')
  if (isUnknown(legacy)) return legacy
  const config = part?.values ?? legacy
  if (!config) return { enabled: false, destination: null, logExports: [] }
  // The v5 block has `enable`; the separate resource turns logging on by existing.
  const enabled = part ? true : flag(config.enable, false)
  if (isUnknown(enabled)) return enabled
  return loggingOf(enabled === true, config.log_destination_type, config.bucket_name, config.log_exports)
}

function loggingOf(enabled: boolean, type: unknown, bucket: unknown, exports: unknown): AuditLogging {
  const destination = str(type, null)
  const logExports = strings(exports)
  if (isUnknown(logExports)) return logExports
  const dest = typeof destination === 'string' ? destination : isUnset(bucket) ? null : 's3'
  return { enabled, destination: enabled ? dest : null, logExports }
}

/** require_ssl of the parameter group the cluster names: declared in code (by reference or name), else not in code. */
function requireSsl(name: unknown, ctx: AdaptContext, language: IacResource['language']): { names: string[]; requireSsl: Maybe<boolean> } {
  if (isUnset(name)) return { names: [], requireSsl: notInCode('require_ssl of the default parameter group Redshift assigns') }
  const groupType = language === 'terraform' ? 'aws_redshift_parameter_group' : 'AWS::Redshift::ClusterParameterGroup'
  const literal = str(name, null)
  const group = isIacRef(name)
    ? ctx.resolve(name)
    : ctx.ofType(groupType).find((g) => str(language === 'terraform' ? g.values.name : g.values.ParameterGroupName, null) === literal)
  const label =
    typeof literal === 'string'
      ? literal
      : group
        ? nameOf(language === 'terraform' ? group.values.name : group.values.ParameterGroupName, group)
        : '(known after apply)'
  if (!group || group.type !== groupType) return { names: [label], requireSsl: notInCode(`parameters of parameter group ${label}`) }
  return { names: [label], requireSsl: parameterTrue(group, language) }
}

/** Whether a declared parameter group sets require_ssl to true (Terraform `parameter {}` blocks, CFN Parameters list). */
function parameterTrue(group: IacResource, language: IacResource['language']): Maybe<boolean> {
  const params = language === 'terraform' ? blocks(group.values, 'parameter') : listOfObjects(group.values.Parameters)
  if (isUnknown(params)) return params
  for (const p of params) {
    const key = str(language === 'terraform' ? p.name : p.ParameterName, null)
    if (key !== 'require_ssl') continue
    const value = str(language === 'terraform' ? p.value : p.ParameterValue, null)
    if (isUnknown(value)) return value
    return value?.toLowerCase() === 'true'
  }
  return false
}

function listOfObjects(v: unknown): Maybe<Values[]> {
  if (isUnset(v)) return []
  if (isUnknown(v)) return v
  return Array.isArray(v) ? v.filter((x): x is Values => typeof x === 'object' && x !== null && !Array.isArray(x)) : []
}

/** Encryption: written, else inherited from a snapshot being restored, else the default for new clusters (true). */
function encryptedOf(v: unknown, snapshot: unknown): boolean | Unknown {
  const written = bool(v, isUnset(snapshot) ? true : null)
  return written ?? afterApply('encryption of the restored snapshot')
}

function tfCluster(r: IacResource, ctx: AdaptContext): AdaptedResource<RedshiftClusterAttributes>[] {
  const v = r.values
  const id = nameOf(v.cluster_identifier, r)
  const literal = str(v.cluster_identifier, null)
  const group = requireSsl(v.cluster_parameter_group_name, ctx, 'terraform')
  const key = kmsKeyOf(v.kms_key_id, ctx)
  const encrypted = encryptedOf(v.encrypted, v.snapshot_identifier)
  const attributes: Loose<RedshiftClusterAttributes> = {
    clusterIdentifier: id,
    publiclyAccessible: flag(v.publicly_accessible, false),
    encrypted,
    kmsKeyId: key.id,
    enhancedVpcRouting: flag(v.enhanced_vpc_routing, false),
    automatedSnapshotRetentionPeriod: num(v.automated_snapshot_retention_period, 1),
    allowVersionUpgrade: flag(v.allow_version_upgrade, true),
    masterUsername: str(v.master_username, null) ?? afterApply('admin user of the restored snapshot'),
    parameterGroupNames: group.names,
    vpcId: afterApply('VPC of the cluster subnet group'),
    auditLogging: tfLogging(r, ctx, typeof literal === 'string' ? [literal] : []),
    requireSsl: group.requireSsl,
  }
  return [
    {
      type: AWS.redshiftCluster,
      name: id,
      tags: tfTags(v),
      attributes: guarded<RedshiftClusterAttributes>(attributes),
      relations: encrypted === true ? kmsRelations(key) : [],
    },
  ]
}

function cfnCluster(r: IacResource, ctx: AdaptContext): AdaptedResource<RedshiftClusterAttributes>[] {
  const v = r.values
  const id = nameOf(v.ClusterIdentifier, r)
  const group = requireSsl(v.ClusterParameterGroupName, ctx, 'cloudformation')
  const key = kmsKeyOf(v.KmsKeyId, ctx)
  const encrypted = encryptedOf(v.Encrypted, v.SnapshotIdentifier)
  const lp = obj(v.LoggingProperties)
  const auditLogging: AuditLogging = isUnknown(lp)
    ? lp
    : lp
      ? loggingOf(true, lp.LogDestinationType, lp.BucketName, lp.LogExports)
      : { enabled: false, destination: null, logExports: [] }
  const attributes: Loose<RedshiftClusterAttributes> = {
    clusterIdentifier: id,
    publiclyAccessible: flag(v.PubliclyAccessible, false),
    encrypted,
    kmsKeyId: key.id,
    enhancedVpcRouting: flag(v.EnhancedVpcRouting, false),
    automatedSnapshotRetentionPeriod: num(v.AutomatedSnapshotRetentionPeriod, 1),
    allowVersionUpgrade: flag(v.AllowVersionUpgrade, true),
    masterUsername: str(v.MasterUsername, null) ?? afterApply('admin user of the restored snapshot'),
    parameterGroupNames: group.names,
    vpcId: afterApply('VPC of the cluster subnet group'),
    auditLogging,
    requireSsl: group.requireSsl,
  }
  return [
    {
      type: AWS.redshiftCluster,
      name: id,
      tags: cfnTags(v),
      attributes: guarded<RedshiftClusterAttributes>(attributes),
      relations: encrypted === true ? kmsRelations(key) : [],
    },
  ]
}

/** Redshift adapters (Terraform and CloudFormation). */
export const redshiftAdapters: Adapter[] = [
  { language: 'terraform', types: ['aws_redshift_cluster'], produces: [AWS.redshiftCluster], adapt: tfCluster },
  { language: 'cloudformation', types: ['AWS::Redshift::Cluster'], produces: [AWS.redshiftCluster], adapt: cfnCluster },
  // Read as parts of the cluster they configure.
  partsAdapter('terraform', ['aws_redshift_logging', 'aws_redshift_parameter_group']),
  partsAdapter('cloudformation', ['AWS::Redshift::ClusterParameterGroup']),
]
