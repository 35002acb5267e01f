/**
 * Glue jobs (with the settings of the security configuration they name), connections and the Data Catalog
 * encryption settings from code. A job's security configuration is looked up among the configurations declared in
 * the same code, by reference or by name; one declared elsewhere is not known from code. Encryption modes left out
 * are DISABLED, as GetSecurityConfiguration reports them (AWS::Glue::SecurityConfiguration, aws_glue_security_configuration).
 */
import { isUnknown, type Maybe } from '../../core/unknown.js'
import {
  AWS,
  type GlueConnectionAttributes,
  type GlueDataCatalogEncryptionAttributes,
  type GlueJobAttributes,
  type GlueJobEncryption,
} from '../../normalize/aws/types.js'
import { notInCode, partsAdapter, type AdaptContext, type AdaptedResource, type Adapter, type IacResource } from '../model.js'
import { block, bool, cfnTags, obj, str, tfTags, unseen } from './values.js'
import { entriesOf, firstUnknown, idOf, nameOf, objects, referencedName, variableSecrets } from './containers-values.js'

type Values = Readonly<Record<string, unknown>>

/** A mode from an optional nested setting: DISABLED when the setting or the mode is left out. */
function mode(setting: Maybe<Values | null>, field: string): Maybe<string> {
  if (isUnknown(setting)) return setting
  return str(setting?.[field], 'DISABLED')
}

function tfEncryption(config: IacResource): Maybe<GlueJobEncryption> {
  const enc = block(config.values, 'encryption_configuration')
  if (isUnknown(enc)) return enc
  const s3 = mode(enc ? block(enc, 's3_encryption') : null, 's3_encryption_mode')
  const cloudWatch = mode(enc ? block(enc, 'cloudwatch_encryption') : null, 'cloudwatch_encryption_mode')
  const jobBookmarks = mode(enc ? block(enc, 'job_bookmarks_encryption') : null, 'job_bookmarks_encryption_mode')
  return firstUnknown(s3, cloudWatch, jobBookmarks) ?? { s3: s3 as string, cloudWatch: cloudWatch as string, jobBookmarks: jobBookmarks as string }
}

function cfnEncryption(config: IacResource): Maybe<GlueJobEncryption> {
  const enc = obj(config.values.EncryptionConfiguration)
  if (isUnknown(enc)) return enc
  // S3Encryptions is a list; the live normalizer takes the first mode that is not DISABLED.
  const s3List = objects(enc?.S3Encryptions)
  let s3: Maybe<string> = 'DISABLED'
  if (isUnknown(s3List)) s3 = s3List
  else
    for (const e of s3List) {
      const m = mode(e, 'S3EncryptionMode')
      if (isUnknown(m) || m !== 'DISABLED') {
        s3 = m
        break
      }
    }
  const cloudWatch = mode(enc ? obj(enc.CloudWatchEncryption) : null, 'CloudWatchEncryptionMode')
  const jobBookmarks = mode(enc ? obj(enc.JobBookmarksEncryption) : null, 'JobBookmarksEncryptionMode')
  return firstUnknown(s3, cloudWatch, jobBookmarks) ?? { s3: s3 as string, cloudWatch: cloudWatch as string, jobBookmarks: jobBookmarks as string }
}

/** The job's security configuration (name and settings) when it is declared in the same code. */
function securityConfiguration(
  v: unknown,
  ctx: AdaptContext,
  lang: { type: string; nameField: string; read: (r: IacResource) => Maybe<GlueJobEncryption> },
): { name: Maybe<string | null>; encryption: GlueJobAttributes['encryption'] } {
  const name = referencedName(v, ctx, lang.nameField)
  if (isUnknown(name)) return { name, encryption: name }
  if (name === null || name === '') return { name: null, encryption: null }
  const declared = ctx.resolve(v) ?? ctx.ofType(lang.type).find((r) => str(r.values[lang.nameField], null) === name)
  return { name, encryption: declared ? lang.read(declared) : notInCode(`settings of security configuration ${name}, declared outside this code`) }
}

function job(
  r: IacResource,
  f: { name: string; command: Maybe<string>; args: unknown; config: ReturnType<typeof securityConfiguration> },
  tags: Record<string, string>,
): AdaptedResource<GlueJobAttributes>[] {
  const entries = entriesOf(f.args)
  // Glue arguments are named `--name`; the detector sees the bare name, as in the live scan.
  const argumentSecrets = isUnknown(entries)
    ? entries
    : variableSecrets(
        entries.map((e) => ({ ...e, name: e.name.replace(/^-+/, '') })),
        'job argument',
      )
  const attributes: GlueJobAttributes = {
    jobName: f.name,
    commandName: unseen(f.command),
    securityConfiguration: unseen(f.config.name),
    encryption: f.config.encryption,
    argumentNames: unseen(isUnknown(entries) ? entries : entries.map((e) => e.name)),
    argumentSecrets,
  }
  return [{ type: AWS.glueJob, name: f.name, tags, attributes }]
}

const TF_CONFIG = { type: 'aws_glue_security_configuration', nameField: 'name', read: tfEncryption }
const CFN_CONFIG = { type: 'AWS::Glue::SecurityConfiguration', nameField: 'Name', read: cfnEncryption }

function tfJob(r: IacResource, ctx: AdaptContext): AdaptedResource<GlueJobAttributes>[] {
  const v = r.values
  const command = block(v, 'command')
  return job(
    r,
    {
      name: nameOf(r, 'name'),
      command: isUnknown(command) ? command : str(command?.name, 'glueetl'),
      args: v.default_arguments,
      config: securityConfiguration(v.security_configuration, ctx, TF_CONFIG),
    },
    tfTags(v),
  )
}

function cfnJob(r: IacResource, ctx: AdaptContext): AdaptedResource<GlueJobAttributes>[] {
  const v = r.values
  const command = obj(v.Command)
  return job(
    r,
    {
      name: nameOf(r, 'Name'),
      command: isUnknown(command) ? command : str(command?.Name, 'glueetl'),
      args: v.DefaultArguments,
      config: securityConfiguration(v.SecurityConfiguration, ctx, CFN_CONFIG),
    },
    cfnTags(v),
  )
}

/** JDBC_ENFORCE_SSL = "true" (case-insensitive) among the connection properties. */
function sslRequired(properties: unknown): Maybe<boolean> {
  const entries = entriesOf(properties)
  if (isUnknown(entries)) return entries
  const value = str(entries.find((e) => e.name === 'JDBC_ENFORCE_SSL')?.value, '')
  return isUnknown(value) ? value : value.toLowerCase() === 'true'
}

function connection(
  name: string,
  type: Maybe<string>,
  properties: unknown,
  tags: Record<string, string>,
): AdaptedResource<GlueConnectionAttributes>[] {
  const attributes: GlueConnectionAttributes = { connectionName: name, connectionType: unseen(type), sslRequired: unseen(sslRequired(properties)) }
  return [{ type: AWS.glueConnection, name, tags, attributes }]
}

function cfnConnection(r: IacResource): AdaptedResource<GlueConnectionAttributes>[] {
  const input = obj(r.values.ConnectionInput)
  if (isUnknown(input)) return connection(r.address, input, input, {})
  const name = str(input?.Name, r.address)
  return connection(isUnknown(name) ? r.address : name, str(input?.ConnectionType, 'JDBC'), input?.ConnectionProperties, {})
}

/** Catalog encryption settings from the two nested settings, in either language's field names. */
function catalogSettings(
  atRest: Maybe<Values | null>,
  password: Maybe<Values | null>,
  f: { mode: string; key: string; returnEncrypted: string; passwordKey: string },
  ctx: AdaptContext,
): GlueDataCatalogEncryptionAttributes['settings'] {
  if (isUnknown(atRest)) return atRest
  if (isUnknown(password)) return password
  const catalogEncryptionMode = str(atRest?.[f.mode], 'DISABLED')
  const catalogKmsKeyId = idOf(atRest?.[f.key], ctx)
  const connectionPasswordEncrypted = bool(password?.[f.returnEncrypted], false)
  const connectionPasswordKmsKeyId = idOf(password?.[f.passwordKey], ctx)
  const missing = firstUnknown(catalogEncryptionMode, catalogKmsKeyId, connectionPasswordEncrypted, connectionPasswordKmsKeyId)
  if (missing) return missing
  return {
    catalogEncryptionMode: catalogEncryptionMode as string,
    catalogKmsKeyId: catalogKmsKeyId as string | null,
    connectionPasswordEncrypted: connectionPasswordEncrypted === true,
    connectionPasswordKmsKeyId: connectionPasswordKmsKeyId as string | null,
  }
}

function catalog(r: IacResource, settings: GlueDataCatalogEncryptionAttributes['settings']): AdaptedResource<GlueDataCatalogEncryptionAttributes>[] {
  return [{ type: AWS.glueDataCatalogEncryption, name: `Glue Data Catalog encryption (${r.address})`, attributes: { settings } }]
}

function tfCatalog(r: IacResource, ctx: AdaptContext): AdaptedResource<GlueDataCatalogEncryptionAttributes>[] {
  const s = block(r.values, 'data_catalog_encryption_settings')
  const atRest = isUnknown(s) ? s : s ? block(s, 'encryption_at_rest') : null
  const password = isUnknown(s) ? s : s ? block(s, 'connection_password_encryption') : null
  const f = {
    mode: 'catalog_encryption_mode',
    key: 'sse_aws_kms_key_id',
    returnEncrypted: 'return_connection_password_encrypted',
    passwordKey: 'aws_kms_key_id',
  }
  return catalog(r, catalogSettings(atRest, password, f, ctx))
}

function cfnCatalog(r: IacResource, ctx: AdaptContext): AdaptedResource<GlueDataCatalogEncryptionAttributes>[] {
  const s = obj(r.values.DataCatalogEncryptionSettings)
  const atRest = isUnknown(s) ? s : s ? obj(s.EncryptionAtRest) : null
  const password = isUnknown(s) ? s : s ? obj(s.ConnectionPasswordEncryption) : null
  const f = { mode: 'CatalogEncryptionMode', key: 'SseAwsKmsKeyId', returnEncrypted: 'ReturnConnectionPasswordEncrypted', passwordKey: 'KmsKeyId' }
  return catalog(r, catalogSettings(atRest, password, f, ctx))
}

/** Glue adapters (Terraform and CloudFormation). */
export const glueAdapters: Adapter[] = [
  { language: 'terraform', types: ['aws_glue_job'], produces: [AWS.glueJob], adapt: tfJob },
  {
    language: 'terraform',
    types: ['aws_glue_connection'],
    produces: [AWS.glueConnection],
    adapt: (r) => connection(nameOf(r, 'name'), str(r.values.connection_type, 'JDBC'), r.values.connection_properties, tfTags(r.values)),
  },
  { language: 'terraform', types: ['aws_glue_data_catalog_encryption_settings'], produces: [AWS.glueDataCatalogEncryption], adapt: tfCatalog },
  { language: 'cloudformation', types: ['AWS::Glue::Job'], produces: [AWS.glueJob], adapt: cfnJob },
  { language: 'cloudformation', types: ['AWS::Glue::Connection'], produces: [AWS.glueConnection], adapt: cfnConnection },
  { language: 'cloudformation', types: ['AWS::Glue::DataCatalogEncryptionSettings'], produces: [AWS.glueDataCatalogEncryption], adapt: cfnCatalog },
  // Read as parts of the jobs that name them.
  partsAdapter('terraform', ['aws_glue_security_configuration']),
  partsAdapter('cloudformation', ['AWS::Glue::SecurityConfiguration']),
]
