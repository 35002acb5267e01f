import type { Resource } from '../core/resource.js'
import { PostureError, describeError } from '../core/errors.js'
import { LimiterPool, mapLimit } from '../collect/limiter.js'
import { makeCollectContext, type RunState } from '../collect/run-context.js'
import { AwsSession, type AwsSessionOptions } from '../collect/aws/session.js'
import { AWS, settingUid, type AccountAttributes } from '../normalize/aws/types.js'
import { awsResource } from '../normalize/aws/helpers.js'
import { AWS_MODULES, type AwsServiceModule } from './aws-modules.js'
import type { CloudCollection } from './collection.js'

/** Progress of one (service, region) unit of collection. */
export interface ProgressEvent {
  service: string
  region: string
  phase: 'start' | 'done'
  resources?: number
  errors?: number
}

/** Options of an AWS collection run. */
export interface AwsCollectOptions extends AwsSessionOptions {
  /** Restrict to these regions (validated against the account's enabled regions). */
  regions?: readonly string[]
  /** Restrict to these services (by collector service name). */
  services?: readonly string[]
  /** Concurrent calls per (service, region); default 4. */
  perServiceConcurrency?: number
  /** Regions collected at once; default 4. */
  regionConcurrency?: number
  /** Accounts outside the organization that resources may be shared with (config `trustedAccounts:`). */
  trustedAccounts?: readonly string[]
  /** Overall timeout of one call in ms (retries included); default 60 s. */
  callTimeoutMs?: number
  onProgress?: (e: ProgressEvent) => void
}

/** Everything one collection produced. */
export interface AwsCollection extends CloudCollection {
  provider: 'aws'
  account: string
  identityArn: string
}

/** AWS region name syntax (e.g. us-east-1, us-gov-west-1, cn-north-1, ap-southeast-5). */
export const REGION_PATTERN = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}$/

/** Checks `--regions` against syntax and the account's enabled regions; throws a usage error otherwise. */
export function resolveRegions(requested: readonly string[] | undefined, enabled: readonly string[]): string[] {
  if (!requested || requested.length === 0) return [...enabled]
  const bad = requested.filter((r) => !REGION_PATTERN.test(r))
  if (bad.length > 0) {
    throw new PostureError(
      'POSTURE_ERR_INVALID_REGION',
      `Invalid region name: ${bad.join(', ')}`,
      'Use AWS region codes such as us-east-1,eu-west-1.',
    )
  }
  const notEnabled = requested.filter((r) => !enabled.includes(r))
  if (notEnabled.length > 0) {
    throw new PostureError(
      'POSTURE_ERR_INVALID_REGION',
      `Region not enabled for this account: ${notEnabled.join(', ')}`,
      `Enabled regions: ${enabled.join(', ')}. Opt in to the region in the AWS console, or drop it from --regions.`,
    )
  }
  return [...new Set(requested)]
}

/**
 * The regions to scan. When ec2:DescribeRegions is denied but --regions names regions, those are scanned as given
 * (only their syntax can be checked); without --regions the scan cannot know where to look and stops with a hint.
 */
async function scanRegions(session: AwsSession, requested: readonly string[] | undefined): Promise<string[]> {
  try {
    return resolveRegions(requested, await session.enabledRegions())
  } catch (err) {
    const denied = err instanceof PostureError && err.code === 'POSTURE_ERR_SCAN_FAILED' && /AccessDenied|UnauthorizedOperation/.test(err.message)
    if (!denied) throw err
    if (requested && requested.length > 0) return resolveRegions(requested, requested)
    throw new PostureError(
      'POSTURE_ERR_SCAN_FAILED',
      `Cannot list enabled regions: ${err.message}`,
      'Allow ec2:DescribeRegions (see docs/iam-policy.json) or pass --regions explicitly.',
      { cause: err },
    )
  }
}

/** Runs one module for one region ('global' for global services), normalizing what it collected. */
async function runModule(
  m: AwsServiceModule,
  session: AwsSession,
  state: RunState,
  account: string,
  region: string,
  regions: string[],
  onProgress?: (e: ProgressEvent) => void,
): Promise<Resource[]> {
  const service = m.collector.service
  const ctx = makeCollectContext(state, 'aws', account, service, region)
  onProgress?.({ service, region, phase: 'start' })
  const before = state.errors.length
  let resources: Resource[] = []
  try {
    const raw = await m.collector.collect(ctx, session)
    resources = m.normalize(raw, { account, region, regions })
  } catch (err) {
    // A collector bug must not stop the scan, and must not look like "nothing there": mark its types incomplete.
    ctx.recordError({ api: '(collector)', reason: `collector failed: ${describeError(err)}`, resourceTypes: [...m.collector.produces] })
  }
  onProgress?.({ service, region, phase: 'done', resources: resources.length, errors: state.errors.length - before })
  return resources
}

/** Collects an AWS account: identity, regions, then every service in every region with bounded concurrency. */
export async function collectAws(options: AwsCollectOptions = {}): Promise<AwsCollection> {
  const started = Date.now()
  const session = new AwsSession(options)
  try {
    const identity = await session.identify()
    const regions = await scanRegions(session, options.regions)
    const state: RunState = {
      limiters: new LimiterPool(options.perServiceConcurrency ?? 4),
      callTimeoutMs: options.callTimeoutMs ?? 60_000,
      errors: [],
      stats: { calls: 0, failedCalls: 0 },
      regions,
    }
    const modules = AWS_MODULES.filter((m) => !options.services || options.services.includes(m.collector.service))
    const units: { m: AwsServiceModule; region: string }[] = []
    for (const m of modules) {
      if (m.collector.scope === 'global') units.push({ m, region: 'global' })
      else for (const region of regions) units.push({ m, region })
    }
    const results = await mapLimit(units, (options.regionConcurrency ?? 4) * 2, (u) =>
      runModule(u.m, session, state, identity.account, u.region, regions, options.onProgress),
    )
    const account = awsResource<AccountAttributes>({
      uid: settingUid(identity.account, 'global', 'account'),
      type: AWS.account,
      account: identity.account,
      region: 'global',
      name: identity.account,
      attributes: { accountId: identity.account, regions, trustedAccounts: [...(options.trustedAccounts ?? [])] },
    })
    return {
      provider: 'aws',
      account: identity.account,
      accounts: [identity.account],
      identityArn: identity.arn,
      regions,
      resources: [account, ...results.flat()],
      errors: state.errors,
      stats: { apiCalls: session.apiCalls, failedCalls: state.stats.failedCalls, durationMs: Date.now() - started },
      startedAt: new Date(started).toISOString(),
      finishedAt: new Date().toISOString(),
    }
  } finally {
    session.destroy()
  }
}
