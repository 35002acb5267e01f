import { describe, expect, it } from 'vitest'
import { isUnknown } from '../../core/unknown.js'
import type { CodeBuildProject, CodeBuildRaw } from '../../collect/aws/codebuild.js'
import { normalizeCodebuild, redactLocation, urlCredentialKind } from './codebuild.js'
import { AWS, settingUid, type CodeBuildProjectAttributes, type CodeBuildSourceCredentialsAttributes } from './types.js'

const ACCOUNT = '111122223333'
const scope = { account: ACCOUNT, region: 'us-east-1', regions: ['us-east-1'] }
const ARN = `arn:aws:codebuild:us-east-1:${ACCOUNT}:project/api-build`
const TOKEN = 'ghp_0123456789abcdefghijABCDEFGHIJ012345'
const APP_PASSWORD = 'Xk9pLm2QrT7vW4zY'

/** A BatchGetProjects project as the CodeBuild API reference documents it. */
const described: CodeBuildProject = {
  name: 'api-build',
  arn: ARN,
  serviceRole: `arn:aws:iam::${ACCOUNT}:role/service-role/codebuild-api`,
  encryptionKey: `arn:aws:kms:us-east-1:${ACCOUNT}:alias/aws/s3`,
  source: { type: 'BITBUCKET', location: `https://deploy-bot:${APP_PASSWORD}@bitbucket.org/example/api.git` },
  secondarySources: [{ type: 'GITHUB', sourceIdentifier: 'infra', location: 'https://github.com/example/infra.git' }],
  artifacts: { type: 'S3', location: 'example-artifacts', encryptionDisabled: true },
  secondaryArtifacts: [{ type: 'S3', artifactIdentifier: 'reports', location: 'example-reports' }],
  environment: {
    type: 'LINUX_CONTAINER',
    image: 'aws/codebuild/standard:7.0',
    computeType: 'BUILD_GENERAL1_SMALL',
    privilegedMode: true,
    environmentVariables: [
      { name: 'GITHUB_TOKEN', value: TOKEN, type: 'PLAINTEXT' },
      { name: 'STAGE', value: 'prod' },
      { name: 'NPM_TOKEN', value: '/ci/npm-token', type: 'PARAMETER_STORE' },
    ],
  },
  logsConfig: { cloudWatchLogs: { status: 'DISABLED' }, s3Logs: { status: 'ENABLED', location: 'example-logs/api', encryptionDisabled: true } },
  projectVisibility: 'PUBLIC_READ',
  tags: [{ key: 'team', value: 'api' }],
}

const raw = (
  project: CodeBuildRaw['projects'][number]['project'],
  sourceCredentials: CodeBuildRaw['sourceCredentials'] = { ok: true, value: [] },
): CodeBuildRaw => ({
  projects: [{ name: 'api-build', project }],
  sourceCredentials,
})

describe('normalizeCodebuild', () => {
  it('a project: environment, sources, artifacts, logs and visibility, without secret values', () => {
    const resources = normalizeCodebuild(raw({ ok: true, value: described }), scope)
    const [p] = resources
    expect(p).toMatchObject({ uid: ARN, type: AWS.codebuildProject, name: 'api-build', tags: { team: 'api' } })
    expect(p!.attributes).toEqual({
      projectName: 'api-build',
      privilegedMode: true,
      environmentVariables: [
        { name: 'GITHUB_TOKEN', type: 'PLAINTEXT' },
        { name: 'STAGE', type: 'PLAINTEXT' },
        { name: 'NPM_TOKEN', type: 'PARAMETER_STORE' },
      ],
      plaintextSecrets: [{ location: 'plaintext environment variable GITHUB_TOKEN', kind: 'GitHub token' }],
      sources: [
        { id: 'primary', type: 'BITBUCKET', location: 'https://***@bitbucket.org/example/api.git' },
        { id: 'infra', type: 'GITHUB', location: 'https://github.com/example/infra.git' },
      ],
      sourceCredentials: [{ location: 'primary source location', kind: 'user name and password or token in the repository URL' }],
      artifacts: [
        { id: 'primary', type: 'S3', encryptionDisabled: true },
        { id: 'reports', type: 'S3', encryptionDisabled: false },
      ],
      cloudWatchLogsEnabled: false,
      s3LogsEnabled: true,
      s3LogsEncryptionDisabled: true,
      projectVisibility: 'PUBLIC_READ',
    } satisfies CodeBuildProjectAttributes)
    const json = JSON.stringify(resources)
    expect(json).not.toContain(TOKEN)
    expect(json).not.toContain(APP_PASSWORD)
  })

  it('defaults: CloudWatch Logs on, S3 logs off, private, when logsConfig and visibility are absent', () => {
    const [p] = normalizeCodebuild(raw({ ok: true, value: { ...described, logsConfig: undefined, projectVisibility: undefined } }), scope)
    expect(p!.attributes).toMatchObject({
      cloudWatchLogsEnabled: true,
      s3LogsEnabled: false,
      s3LogsEncryptionDisabled: null,
      projectVisibility: 'PRIVATE',
    })
  })

  it('a failed BatchGetProjects: uid from the name, attributes Unknown', () => {
    const [p] = normalizeCodebuild(raw({ ok: false, reason: 'AccessDeniedException', code: 'AccessDeniedException' }), scope)
    expect(p!.uid).toBe(ARN)
    const a = p!.attributes as CodeBuildProjectAttributes
    expect(isUnknown(a.privilegedMode)).toBe(true)
    expect(isUnknown(a.plaintextSecrets)).toBe(true)
    expect(isUnknown(a.sourceCredentials)).toBe(true)
  })

  it('the region source credentials setting: listed, or Unknown when the call failed', () => {
    const ok = normalizeCodebuild(
      raw(
        { ok: true, value: described },
        {
          ok: true,
          value: [{ arn: `arn:aws:codebuild:us-east-1:${ACCOUNT}:token/github`, serverType: 'GITHUB', authType: 'PERSONAL_ACCESS_TOKEN' }],
        },
      ),
      scope,
    ).find((r) => r.type === AWS.codebuildSourceCredentials)!
    expect(ok.uid).toBe(settingUid(ACCOUNT, 'us-east-1', 'codebuild-source-credentials'))
    expect((ok.attributes as CodeBuildSourceCredentialsAttributes).credentials).toEqual([
      { arn: `arn:aws:codebuild:us-east-1:${ACCOUNT}:token/github`, serverType: 'GITHUB', authType: 'PERSONAL_ACCESS_TOKEN' },
    ])
    const failed = normalizeCodebuild(
      raw({ ok: true, value: described }, { ok: false, reason: 'InternalFailure', code: 'InternalFailure' }),
      scope,
    ).find((r) => r.type === AWS.codebuildSourceCredentials)!
    expect(isUnknown((failed.attributes as CodeBuildSourceCredentialsAttributes).credentials)).toBe(true)
  })
})

describe('source URL credentials', () => {
  it.each([
    ['https://bitbucket.org/example/api.git', undefined],
    ['https://deploy-bot@bitbucket.org/example/api.git', undefined],
    ['https://x-token-auth:abc123def456@bitbucket.org/example/api.git', 'user name and password or token in the repository URL'],
    [`https://${TOKEN}@github.com/example/api.git`, 'GitHub token in the repository URL'],
    ['https://Zq8vN3kLp0Xw7Rt5Ys2Mb6Hc@gitlab.example.com/api.git', 'token in the repository URL'],
    ['example-bucket/source.zip', undefined],
  ])('%s → %s', (location, kind) => {
    expect(urlCredentialKind(location)).toBe(kind)
    expect(redactLocation(location)).not.toMatch(/abc123|ghp_|Zq8vN3/)
  })
})
