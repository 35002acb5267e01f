import type { Resource } from '../../core/resource.js'
import { unknown, type Maybe } from '../../core/unknown.js'
import type { GlueRaw } from '../../collect/aws/glue.js'
import { partitionOf } from '../../collect/aws/ec2-arn.js'
import { findSecretsInVariables } from '../secrets.js'
import {
  AWS,
  settingUid,
  type GlueConnectionAttributes,
  type GlueDataCatalogEncryptionAttributes,
  type GlueJobAttributes,
  type GlueJobEncryption,
} from './types.js'
import { awsResource, type NormalizeScope } from './helpers.js'

/**
 * Glue → the region's Data Catalog encryption setting (always one), jobs with the settings of their security
 * configuration and the names (never values) of their default arguments, and connections.
 */
export function normalizeGlue(raw: GlueRaw, scope: NormalizeScope): Resource[] {
  const { account, region } = scope
  const arn = (kind: string, name: string) => `arn:${partitionOf(region)}:glue:${region}:${account}:${kind}/${name}`
  const ce = raw.catalogEncryption
  const catalog = awsResource<GlueDataCatalogEncryptionAttributes>({
    uid: settingUid(account, region, 'glue-data-catalog-encryption'),
    type: AWS.glueDataCatalogEncryption,
    account,
    region,
    name: `Glue Data Catalog encryption (${region})`,
    attributes: {
      settings: ce.ok
        ? {
            catalogEncryptionMode: ce.value?.EncryptionAtRest?.CatalogEncryptionMode ?? 'DISABLED',
            catalogKmsKeyId: ce.value?.EncryptionAtRest?.SseAwsKmsKeyId ?? null,
            connectionPasswordEncrypted: ce.value?.ConnectionPasswordEncryption?.ReturnConnectionPasswordEncrypted ?? false,
            connectionPasswordKmsKeyId: ce.value?.ConnectionPasswordEncryption?.AwsKmsKeyId ?? null,
          }
        : unknown(`glue:GetDataCatalogEncryptionSettings: ${ce.reason}`),
    },
  })

  const configs = raw.securityConfigurations
  const encryptionOf = (name: string | undefined): Maybe<GlueJobEncryption | null> => {
    if (!name) return null
    if (!configs.ok) return unknown(`glue:GetSecurityConfigurations: ${configs.reason}`)
    const c = configs.value.find((s) => s.Name === name)?.EncryptionConfiguration
    if (!c) return unknown(`security configuration ${name} was not returned by glue:GetSecurityConfigurations`)
    return {
      s3: c.S3Encryption?.find((e) => e.S3EncryptionMode && e.S3EncryptionMode !== 'DISABLED')?.S3EncryptionMode ?? 'DISABLED',
      cloudWatch: c.CloudWatchEncryption?.CloudWatchEncryptionMode ?? 'DISABLED',
      jobBookmarks: c.JobBookmarksEncryption?.JobBookmarksEncryptionMode ?? 'DISABLED',
    }
  }

  const jobs = raw.jobs.map((j) => {
    const jobName = j.Name ?? ''
    const args = j.DefaultArguments ?? {}
    return awsResource<GlueJobAttributes>({
      uid: arn('job', jobName),
      type: AWS.glueJob,
      account,
      region,
      name: jobName,
      attributes: {
        jobName,
        commandName: j.Command?.Name ?? 'glueetl',
        securityConfiguration: j.SecurityConfiguration || null,
        encryption: encryptionOf(j.SecurityConfiguration || undefined),
        argumentNames: Object.keys(args),
        // Glue arguments are named `--name`; the detector sees the bare name.
        argumentSecrets: findSecretsInVariables(
          Object.entries(args).map(([name, value]) => ({ name: name.replace(/^-+/, ''), value })),
          'job argument',
        ),
      },
    })
  })

  const connections = raw.connections.map((c) => {
    const connectionName = c.Name ?? ''
    return awsResource<GlueConnectionAttributes>({
      uid: arn('connection', connectionName),
      type: AWS.glueConnection,
      account,
      region,
      name: connectionName,
      attributes: {
        connectionName,
        connectionType: c.ConnectionType ?? 'JDBC',
        sslRequired: (c.ConnectionProperties?.JDBC_ENFORCE_SSL ?? '').toLowerCase() === 'true',
      },
    })
  })
  return [catalog, ...jobs, ...connections]
}
