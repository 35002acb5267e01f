import type { Relation, Resource } from '../../core/resource.js'
import { unknown, type Maybe } from '../../core/unknown.js'
import type { CodeBuildProject, CodeBuildRaw } from '../../collect/aws/codebuild.js'
import { partitionOf } from '../../collect/aws/ec2-arn.js'
import { entropy, findSecretsInText, findSecretsInVariables, type SecretHit } from '../secrets.js'
import {
  AWS,
  settingUid,
  type CodeBuildArtifact,
  type CodeBuildProjectAttributes,
  type CodeBuildSource,
  type CodeBuildSourceCredentialsAttributes,
} from './types.js'
import { awsResource, maybe, type NormalizeScope } from './helpers.js'

/** `scheme://userinfo@` at the start of a location: the userinfo part (user, user:password or a bare token). */
const USERINFO = /^([a-z][a-z0-9+.-]*:\/\/)([^/@\s]+)@/i

/** A bare userinfo (no password) this long and this random is a token, not a user name. */
const TOKEN_MIN_LENGTH = 20
const TOKEN_MIN_ENTROPY = 3.5

/** The location without its userinfo (`https://***@host/...`), so no credential is ever stored. */
export function redactLocation(location: string): string {
  return location.replace(USERINFO, '$1***@')
}

/** What kind of credential the userinfo of a source location holds, if any (a plain user name is none). */
export function urlCredentialKind(location: string): string | undefined {
  const userinfo = USERINFO.exec(location)?.[2]
  if (!userinfo) return undefined
  const colon = userinfo.indexOf(':')
  if (colon >= 0 && colon < userinfo.length - 1) return 'user name and password or token in the repository URL'
  const user = colon >= 0 ? userinfo.slice(0, colon) : userinfo
  const known = findSecretsInText(user, 'userinfo')[0]?.kind
  if (known) return `${known} in the repository URL`
  return user.length >= TOKEN_MIN_LENGTH && entropy(user) >= TOKEN_MIN_ENTROPY ? 'token in the repository URL' : undefined
}

/** Primary and secondary sources, identified as 'primary' or by their sourceIdentifier. */
function sourcesOf(p: CodeBuildProject): { id: string; type: string; location: string | null }[] {
  return [
    ...(p.source ? [{ id: 'primary', type: p.source.type ?? '', location: p.source.location ?? null }] : []),
    ...(p.secondarySources ?? []).map((s) => ({ id: s.sourceIdentifier ?? 'secondary', type: s.type ?? '', location: s.location ?? null })),
  ]
}

function sources(p: CodeBuildProject): CodeBuildSource[] {
  return sourcesOf(p).map((s) => ({ ...s, location: s.location === null ? null : redactLocation(s.location) }))
}

function sourceCredentials(p: CodeBuildProject): SecretHit[] {
  return sourcesOf(p).flatMap((s) => {
    const kind = s.location ? urlCredentialKind(s.location) : undefined
    return kind ? [{ location: `${s.id === 'primary' ? 'primary source' : `secondary source ${s.id}`} location`, kind }] : []
  })
}

function artifacts(p: CodeBuildProject): CodeBuildArtifact[] {
  return [
    ...(p.artifacts ? [{ id: 'primary', type: p.artifacts.type ?? '', encryptionDisabled: p.artifacts.encryptionDisabled ?? false }] : []),
    ...(p.secondaryArtifacts ?? []).map((a) => ({
      id: a.artifactIdentifier ?? 'secondary',
      type: a.type ?? '',
      encryptionDisabled: a.encryptionDisabled ?? false,
    })),
  ]
}

/** Build environment variables; PLAINTEXT is the default type (CodeBuild API reference, EnvironmentVariable). */
const variables = (p: CodeBuildProject) =>
  (p.environment?.environmentVariables ?? []).map((v) => ({ name: v.name ?? '', value: v.value ?? '', type: v.type ?? 'PLAINTEXT' }))

function project(name: string, r: CodeBuildRaw['projects'][number]['project'], scope: NormalizeScope): Resource<CodeBuildProjectAttributes> {
  const p = r.ok ? r.value : null
  const read = <V>(pick: (x: CodeBuildProject) => V): Maybe<V> => {
    if (!r.ok) return unknown(`codebuild:BatchGetProjects: ${r.reason}`)
    if (r.value === null) return unknown('codebuild:BatchGetProjects: project not returned (deleted while scanning)')
    return pick(r.value)
  }
  const tags: Record<string, string> = {}
  for (const t of p?.tags ?? []) if (t.key) tags[t.key] = t.value ?? ''
  const relations: Relation[] = [
    ...(p?.serviceRole ? [{ kind: 'uses-role', target: p.serviceRole }] : []),
    ...(p?.encryptionKey ? [{ kind: 'uses-kms-key', target: p.encryptionKey }] : []),
  ]
  return awsResource<CodeBuildProjectAttributes>({
    uid: p?.arn ?? `arn:${partitionOf(scope.region)}:codebuild:${scope.region}:${scope.account}:project/${name}`,
    type: AWS.codebuildProject,
    account: scope.account,
    region: scope.region,
    name,
    tags,
    relations,
    attributes: {
      projectName: name,
      privilegedMode: read((x) => x.environment?.privilegedMode ?? false),
      environmentVariables: read((x) => variables(x).map((v) => ({ name: v.name, type: v.type }))),
      plaintextSecrets: read((x) =>
        findSecretsInVariables(
          variables(x).filter((v) => v.type === 'PLAINTEXT'),
          'plaintext environment variable',
        ),
      ),
      sources: read(sources),
      sourceCredentials: read(sourceCredentials),
      artifacts: read(artifacts),
      // CloudWatch Logs are on unless turned off; S3 logs are off unless turned on (CodeBuild API reference, LogsConfig).
      cloudWatchLogsEnabled: read((x) => (x.logsConfig?.cloudWatchLogs?.status ?? 'ENABLED') === 'ENABLED'),
      s3LogsEnabled: read((x) => x.logsConfig?.s3Logs?.status === 'ENABLED'),
      s3LogsEncryptionDisabled: read((x) => (x.logsConfig?.s3Logs?.status === 'ENABLED' ? (x.logsConfig.s3Logs.encryptionDisabled ?? false) : null)),
      projectVisibility: read((x) => x.projectVisibility ?? 'PRIVATE'),
    },
  })
}

/** CodeBuild raw data of one region → projects, and the region's stored source credentials (always one resource). */
export function normalizeCodebuild(raw: CodeBuildRaw, scope: NormalizeScope): Resource[] {
  const credentials = maybe(raw.sourceCredentials, 'codebuild:ListSourceCredentials')
  const settings = awsResource<CodeBuildSourceCredentialsAttributes>({
    uid: settingUid(scope.account, scope.region, 'codebuild-source-credentials'),
    type: AWS.codebuildSourceCredentials,
    account: scope.account,
    region: scope.region,
    name: `codebuild-source-credentials (${scope.region})`,
    attributes: {
      credentials: Array.isArray(credentials)
        ? credentials.map((c) => ({ arn: c.arn ?? '', serverType: c.serverType ?? '', authType: c.authType ?? '' }))
        : credentials === null
          ? []
          : credentials,
    },
  })
  return [...raw.projects.map((p) => project(p.name, p.project, scope)), settings]
}
