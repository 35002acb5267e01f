/**
 * CodeBuild projects and stored source credentials from code. Defaults are the CodeBuild API's (reference:
 * https://docs.aws.amazon.com/codebuild/latest/APIReference/API_LogsConfig.html and API_ProjectEnvironment.html):
 * privileged mode off, variables PLAINTEXT, CloudWatch Logs on and S3 logs off, artifacts encrypted, visibility
 * PRIVATE. Each `aws_codebuild_source_credential` / `AWS::CodeBuild::SourceCredential` becomes one source-credentials
 * resource holding that credential (the live scan has one per region holding all of them).
 */
import { isUnknown, unknown, type Maybe } from '../../core/unknown.js'
import { redactLocation, urlCredentialKind } from '../../normalize/aws/codebuild.js'
import {
  AWS,
  type CodeBuildArtifact,
  type CodeBuildProjectAttributes,
  type CodeBuildSource,
  type CodeBuildSourceCredentialsAttributes,
} from '../../normalize/aws/types.js'
import type { SecretHit } from '../../normalize/secrets.js'
import type { AdaptContext, AdaptedResource, Adapter, IacResource } from '../model.js'
import { block, blocks, bool, cfnTags, obj, str, tfTags } from './values.js'
import { nameOf, objects, relationTo, variableSecrets } from './containers-values.js'

type Values = Readonly<Record<string, unknown>>

/** Field names of the nested settings in each language. */
interface Fields {
  id: string
  type: string
  location: string
  encryptionDisabled: string
  artifactId: string
  status: string
  name: string
  value: string
}

const TF: Fields = {
  id: 'source_identifier',
  type: 'type',
  location: 'location',
  encryptionDisabled: 'encryption_disabled',
  artifactId: 'artifact_identifier',
  status: 'status',
  name: 'name',
  value: 'value',
}
const CFN: Fields = {
  id: 'SourceIdentifier',
  type: 'Type',
  location: 'Location',
  encryptionDisabled: 'EncryptionDisabled',
  artifactId: 'ArtifactIdentifier',
  status: 'Status',
  name: 'Name',
  value: 'Value',
}

/** Sources (primary first) and the credentials embedded in their locations. */
function sources(primary: Values | null, secondary: Values[], f: Fields): { sources: Maybe<CodeBuildSource[]>; credentials: Maybe<SecretHit[]> } {
  const all = [...(primary ? [{ id: 'primary', s: primary }] : []), ...secondary.map((s) => ({ id: str(s[f.id], 'secondary'), s }))]
  const out: CodeBuildSource[] = []
  const hits: SecretHit[] = []
  for (const { id, s } of all) {
    const type = str(s[f.type], '')
    const location = str(s[f.location], null)
    if (isUnknown(id)) return { sources: id, credentials: id }
    if (isUnknown(type)) return { sources: type, credentials: type }
    if (isUnknown(location)) return { sources: location, credentials: location }
    out.push({ id, type, location: location === null ? null : redactLocation(location) })
    const kind = location ? urlCredentialKind(location) : undefined
    if (kind) hits.push({ location: `${id === 'primary' ? 'primary source' : `secondary source ${id}`} location`, kind })
  }
  return { sources: out, credentials: hits }
}

function artifacts(primary: Values | null, secondary: Values[], f: Fields): Maybe<CodeBuildArtifact[]> {
  const all = [
    ...(primary ? [{ id: 'primary' as Maybe<string>, a: primary }] : []),
    ...secondary.map((a) => ({ id: str(a[f.artifactId], 'secondary'), a })),
  ]
  const out: CodeBuildArtifact[] = []
  for (const { id, a } of all) {
    const type = str(a[f.type], '')
    const disabled = bool(a[f.encryptionDisabled], false)
    for (const x of [id, type, disabled]) if (isUnknown(x)) return x
    out.push({ id: id as string, type: type as string, encryptionDisabled: disabled === true })
  }
  return out
}

/** Environment variables (names and types) and the credentials in PLAINTEXT ones. */
function variables(vars: Maybe<Values[]>, f: Fields): Pick<CodeBuildProjectAttributes, 'environmentVariables' | 'plaintextSecrets'> {
  if (isUnknown(vars)) return { environmentVariables: vars, plaintextSecrets: vars }
  const out: { name: string; type: string }[] = []
  const plain: { name: string; value: unknown }[] = []
  for (const v of vars) {
    const name = str(v[f.name], '')
    const type = str(v[f.type], 'PLAINTEXT')
    if (isUnknown(name)) return { environmentVariables: name, plaintextSecrets: name }
    if (isUnknown(type)) return { environmentVariables: type, plaintextSecrets: type }
    out.push({ name, type })
    if (type === 'PLAINTEXT') plain.push({ name, value: v[f.value] })
  }
  return { environmentVariables: out, plaintextSecrets: variableSecrets(plain, 'plaintext environment variable') }
}

/** Logs: CloudWatch on unless DISABLED, S3 on only when ENABLED, S3 encryption on unless disabled. */
function logs(
  cw: Maybe<Values | null>,
  s3: Maybe<Values | null>,
  f: Fields,
): Pick<CodeBuildProjectAttributes, 'cloudWatchLogsEnabled' | 's3LogsEnabled' | 's3LogsEncryptionDisabled'> {
  const cwStatus = isUnknown(cw) ? cw : str(cw?.[f.status], 'ENABLED')
  const s3Status = isUnknown(s3) ? s3 : str(s3?.[f.status], 'DISABLED')
  const s3Disabled = isUnknown(s3) ? s3 : bool(s3?.[f.encryptionDisabled], false)
  return {
    cloudWatchLogsEnabled: isUnknown(cwStatus) ? cwStatus : cwStatus === 'ENABLED',
    s3LogsEnabled: isUnknown(s3Status) ? s3Status : s3Status === 'ENABLED',
    s3LogsEncryptionDisabled: isUnknown(s3Status)
      ? s3Status
      : s3Status !== 'ENABLED'
        ? null
        : isUnknown(s3Disabled)
          ? s3Disabled
          : s3Disabled === true,
  }
}

function project(
  r: IacResource,
  ctx: AdaptContext,
  parts: {
    name: string
    privileged: unknown
    vars: Maybe<Values[]>
    source: Maybe<Values | null>
    secondarySources: Maybe<Values[]>
    artifact: Maybe<Values | null>
    secondaryArtifacts: Maybe<Values[]>
    cw: Maybe<Values | null>
    s3: Maybe<Values | null>
    visibility: unknown
    role: unknown
    key: unknown
  },
  f: Fields,
  tags: Record<string, string>,
): AdaptedResource<CodeBuildProjectAttributes>[] {
  const p = parts
  const srcUnknown = [p.source, p.secondarySources].find(isUnknown)
  const src = srcUnknown ? { sources: srcUnknown, credentials: srcUnknown } : sources(p.source as Values | null, p.secondarySources as Values[], f)
  const artUnknown = [p.artifact, p.secondaryArtifacts].find(isUnknown)
  const privileged = bool(p.privileged, false)
  return [
    {
      type: AWS.codebuildProject,
      name: p.name,
      tags,
      relations: [...relationTo('uses-role', p.role, ctx), ...relationTo('uses-kms-key', p.key, ctx)],
      attributes: {
        projectName: p.name,
        privilegedMode: isUnknown(privileged) ? privileged : privileged === true,
        ...variables(p.vars, f),
        sources: src.sources,
        sourceCredentials: src.credentials,
        artifacts: artUnknown ?? artifacts(p.artifact as Values | null, p.secondaryArtifacts as Values[], f),
        ...logs(p.cw, p.s3, f),
        projectVisibility: str(p.visibility, 'PRIVATE'),
      },
    },
  ]
}

function tfProject(r: IacResource, ctx: AdaptContext): AdaptedResource<CodeBuildProjectAttributes>[] {
  const v = r.values
  const env = block(v, 'environment')
  const logsConfig = block(v, 'logs_config')
  return project(
    r,
    ctx,
    {
      name: nameOf(r, 'name'),
      privileged: isUnknown(env) ? env : env?.privileged_mode,
      vars: isUnknown(env) ? env : env ? blocks(env, 'environment_variable') : [],
      source: block(v, 'source'),
      secondarySources: blocks(v, 'secondary_sources'),
      artifact: block(v, 'artifacts'),
      secondaryArtifacts: blocks(v, 'secondary_artifacts'),
      cw: isUnknown(logsConfig) ? logsConfig : logsConfig ? block(logsConfig, 'cloudwatch_logs') : null,
      s3: isUnknown(logsConfig) ? logsConfig : logsConfig ? block(logsConfig, 's3_logs') : null,
      visibility: v.project_visibility,
      role: v.service_role,
      key: v.encryption_key,
    },
    TF,
    tfTags(v),
  )
}

function cfnProject(r: IacResource, ctx: AdaptContext): AdaptedResource<CodeBuildProjectAttributes>[] {
  const v = r.values
  const env = obj(v.Environment)
  const logsConfig = obj(v.LogsConfig)
  return project(
    r,
    ctx,
    {
      name: nameOf(r, 'Name'),
      privileged: isUnknown(env) ? env : env?.PrivilegedMode,
      vars: isUnknown(env) ? env : objects(env?.EnvironmentVariables),
      source: obj(v.Source),
      secondarySources: objects(v.SecondarySources),
      artifact: obj(v.Artifacts),
      secondaryArtifacts: objects(v.SecondaryArtifacts),
      cw: isUnknown(logsConfig) ? logsConfig : obj(logsConfig?.CloudWatchLogs),
      s3: isUnknown(logsConfig) ? logsConfig : obj(logsConfig?.S3Logs),
      visibility: v.Visibility,
      role: v.ServiceRole,
      key: v.EncryptionKey,
    },
    CFN,
    cfnTags(v),
  )
}

function credentials(r: IacResource, ctx: AdaptContext, server: unknown, auth: unknown): AdaptedResource<CodeBuildSourceCredentialsAttributes>[] {
  const serverType = str(server, null)
  const authType = str(auth, null)
  let list: CodeBuildSourceCredentialsAttributes['credentials']
  if (isUnknown(serverType)) list = serverType
  else if (isUnknown(authType)) list = authType
  else if (!serverType || !authType) list = unknown('server type or auth type is not set')
  else list = [{ arn: ctx.uidOf(r), serverType, authType }]
  return [{ type: AWS.codebuildSourceCredentials, name: r.address, attributes: { credentials: list } }]
}

/** CodeBuild adapters (Terraform and CloudFormation). */
export const codebuildAdapters: Adapter[] = [
  { language: 'terraform', types: ['aws_codebuild_project'], produces: [AWS.codebuildProject], adapt: tfProject },
  {
    language: 'terraform',
    types: ['aws_codebuild_source_credential'],
    produces: [AWS.codebuildSourceCredentials],
    adapt: (r, ctx) => credentials(r, ctx, r.values.server_type, r.values.auth_type),
  },
  { language: 'cloudformation', types: ['AWS::CodeBuild::Project'], produces: [AWS.codebuildProject], adapt: cfnProject },
  {
    language: 'cloudformation',
    types: ['AWS::CodeBuild::SourceCredential'],
    produces: [AWS.codebuildSourceCredentials],
    adapt: (r, ctx) => credentials(r, ctx, r.values.ServerType, r.values.AuthType),
  },
]
