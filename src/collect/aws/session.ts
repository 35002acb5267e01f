import { STSClient, GetCallerIdentityCommand } from '@aws-sdk/client-sts'
import { EC2Client, DescribeRegionsCommand } from '@aws-sdk/client-ec2'
import { fromIni, fromNodeProviderChain, fromTemporaryCredentials } from '@aws-sdk/credential-providers'
import { loadSharedConfigFiles } from '@smithy/shared-ini-file-loader'
import { NodeHttpHandler } from '@smithy/node-http-handler'
import { ConfiguredRetryStrategy } from '@smithy/util-retry'
import type { AwsCredentialIdentityProvider } from '@smithy/types'
import { PostureError, describeError } from '../../core/errors.js'
import { errorCode } from '../run-context.js'

/** How to reach and authenticate to an AWS account. */
export interface AwsSessionOptions {
  profile?: string
  roleArn?: string
  externalId?: string
  /** Custom endpoint for every service (an emulator); falls back to AWS_ENDPOINT_URL. */
  endpoint?: string
  /** Region used for global calls (STS, IAM, DescribeRegions); default from the profile or us-east-1. */
  homeRegion?: string
  /** Total attempts per call, including the first (default 5). */
  maxAttempts?: number
  /** Base of the exponential backoff in ms (default 200); the delay is drawn uniformly in [0, base·2^n] (full jitter). */
  retryBaseMs?: number
  /** Per-request socket timeout in ms (default 30 s). */
  requestTimeoutMs?: number
}

/** Minimal shape shared by SDK v3 client constructors. */
type ClientCtor<C> = new (config: Record<string, unknown>) => C

/** Full-jitter exponential backoff (AWS Architecture Blog, "Exponential Backoff And Jitter"). */
export function fullJitterBackoff(baseMs: number, capMs = 20_000): (attempt: number) => number {
  return (attempt) => Math.floor(Math.random() * Math.min(capMs, baseMs * 2 ** attempt))
}

/** An authenticated AWS session: credentials, account id, and a cache of configured SDK clients. */
export class AwsSession {
  readonly credentials: AwsCredentialIdentityProvider
  readonly endpoint: string | undefined
  readonly homeRegion: string
  /** Number of HTTP attempts sent (retries included). */
  apiCalls = 0
  private readonly clients = new Map<string, unknown>()
  private readonly handler: NodeHttpHandler

  constructor(readonly options: AwsSessionOptions = {}) {
    this.endpoint = options.endpoint ?? process.env.AWS_ENDPOINT_URL ?? undefined
    this.homeRegion = options.homeRegion ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1'
    this.handler = new NodeHttpHandler({ connectionTimeout: 5_000, requestTimeout: options.requestTimeoutMs ?? 30_000 })
    // An explicit profile is resolved from the shared files only (fromIni covers SSO, credential_process,
    // source_profile role chains and web identity inside the profile); otherwise the SDK's default chain.
    const base = options.profile ? fromIni({ profile: options.profile }) : fromNodeProviderChain()
    this.credentials = options.roleArn
      ? fromTemporaryCredentials({
          masterCredentials: base,
          params: {
            RoleArn: options.roleArn,
            RoleSessionName: 'posture-scan',
            ...(options.externalId ? { ExternalId: options.externalId } : {}),
          },
          clientConfig: { region: this.homeRegion, ...(this.endpoint ? { endpoint: this.endpoint } : {}) },
        })
      : base
  }

  /** A configured client for a service and region (cached): retries, timeouts, endpoint, call counting. */
  client<C extends { middlewareStack: { add: (...a: never[]) => void } }>(Ctor: ClientCtor<C>, region: string): C {
    const key = `${Ctor.name}:${region}`
    const cached = this.clients.get(key) as C | undefined
    if (cached) return cached
    const client = new Ctor({
      region,
      credentials: this.credentials,
      requestHandler: this.handler,
      retryStrategy: new ConfiguredRetryStrategy(this.options.maxAttempts ?? 5, fullJitterBackoff(this.options.retryBaseMs ?? 200)),
      ...(this.endpoint
        ? {
            endpoint: this.endpoint,
            // Emulators serve every service on one host: path-style S3 and no account-id host prefix (S3 Control).
            forcePathStyle: true,
            disableHostPrefix: true,
          }
        : {}),
    })
    // Runs inside the retry loop (finalizeRequest, low priority), so every HTTP attempt is counted.
    const add = client.middlewareStack.add as unknown as (mw: unknown, opts: unknown) => void
    add.call(
      client.middlewareStack,
      (next: (a: unknown) => Promise<unknown>) => async (args: unknown) => {
        this.apiCalls++
        return next(args)
      },
      { step: 'finalizeRequest', priority: 'low', name: 'postureCallCounter' },
    )
    this.clients.set(key, client)
    return client
  }

  /** Resolves credentials and the account id through STS; turns failures into actionable errors. */
  async identify(): Promise<{ account: string; arn: string }> {
    if (this.options.profile) await assertProfileExists(this.options.profile)
    try {
      const sts = this.client(STSClient, this.homeRegion)
      const id = await sts.send(new GetCallerIdentityCommand({}))
      if (!id.Account) throw new Error('STS returned no account id')
      return { account: id.Account, arn: id.Arn ?? '' }
    } catch (err) {
      throw classifyAuthError(err, this.options, this.endpoint)
    }
  }

  /** Regions enabled for the account (DescribeRegions without AllRegions lists only enabled/opted-in ones). */
  async enabledRegions(): Promise<string[]> {
    try {
      const ec2 = this.client(EC2Client, this.homeRegion)
      const out = await ec2.send(new DescribeRegionsCommand({}))
      return (out.Regions ?? [])
        .map((r) => r.RegionName)
        .filter((r): r is string => !!r)
        .sort()
    } catch (err) {
      throw classifyAuthError(err, this.options, this.endpoint)
    }
  }

  /** Releases sockets so the process can exit. */
  destroy(): void {
    this.handler.destroy()
  }
}

/** Fails fast, with the files named, when --profile names a profile that no shared file defines. */
async function assertProfileExists(profile: string): Promise<void> {
  let files: Awaited<ReturnType<typeof loadSharedConfigFiles>>
  try {
    files = await loadSharedConfigFiles()
  } catch (err) {
    throw new PostureError(
      'POSTURE_ERR_PROFILE',
      `Cannot read the AWS shared config files: ${describeError(err)}`,
      'Check ~/.aws/config and ~/.aws/credentials (or AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE).',
      { cause: err },
    )
  }
  if (!files.configFile[profile] && !files.credentialsFile[profile]) {
    const config = process.env.AWS_CONFIG_FILE ?? '~/.aws/config'
    const creds = process.env.AWS_SHARED_CREDENTIALS_FILE ?? '~/.aws/credentials'
    throw new PostureError(
      'POSTURE_ERR_PROFILE',
      `Profile "${profile}" not found in ${config} or ${creds}`,
      'List profiles with `aws configure list-profiles`, or create one with `aws configure --profile NAME` / `aws configure sso`.',
    )
  }
}

const CREDENTIAL_HINT =
  'Provide credentials: set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, run `aws configure` or `aws sso login --profile NAME`, or pass --profile NAME.'

/** Maps the first failing call of a scan to a PostureError with a hint (exit 2 or 3). */
export function classifyAuthError(err: unknown, options: AwsSessionOptions, endpoint?: string): PostureError {
  if (err instanceof PostureError) return err
  const code = errorCode(err)
  const text = describeError(err)
  const net = (err as { code?: string })?.code ?? code
  if (['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'TimeoutError'].includes(net)) {
    return new PostureError(
      'POSTURE_ERR_ENDPOINT_UNREACHABLE',
      `Cannot reach ${endpoint ? `endpoint ${endpoint}` : 'AWS'}: ${text}`,
      endpoint
        ? 'Check that the emulator or endpoint is running and the URL (scheme, host, port) is right.'
        : 'Check network access to AWS (proxy, firewall).',
      { cause: err },
    )
  }
  if (/profile/i.test(text) && /(not found|could not|does not exist)/i.test(text) && options.profile) {
    return new PostureError(
      'POSTURE_ERR_PROFILE',
      `Profile "${options.profile}" could not be loaded: ${text}`,
      'Check ~/.aws/config and ~/.aws/credentials, or run `aws configure list-profiles`.',
      { cause: err },
    )
  }
  if (code === 'CredentialsProviderError' || /credential/i.test(text)) {
    return new PostureError('POSTURE_ERR_NO_CREDENTIALS', `No usable AWS credentials: ${text}`, CREDENTIAL_HINT, { cause: err })
  }
  if (options.roleArn && /AssumeRole/i.test(text)) {
    return new PostureError(
      'POSTURE_ERR_ASSUME_ROLE',
      `Cannot assume role ${options.roleArn}: ${text}`,
      'Check the role trust policy, the external id (--external-id) and that your identity may call sts:AssumeRole.',
      { cause: err },
    )
  }
  if (['InvalidClientTokenId', 'SignatureDoesNotMatch', 'ExpiredToken', 'ExpiredTokenException', 'UnrecognizedClientException'].includes(code)) {
    return new PostureError('POSTURE_ERR_NO_CREDENTIALS', `AWS rejected the credentials: ${text}`, CREDENTIAL_HINT, { cause: err })
  }
  return new PostureError('POSTURE_ERR_SCAN_FAILED', `The scan could not start: ${text}`, 'Re-run with --debug for details.', { cause: err })
}
