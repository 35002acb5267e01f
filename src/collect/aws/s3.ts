import {
  S3Client,
  paginateListBuckets,
  GetBucketLocationCommand,
  GetBucketAclCommand,
  GetBucketPolicyCommand,
  GetPublicAccessBlockCommand,
  GetBucketEncryptionCommand,
  GetBucketVersioningCommand,
  GetBucketLoggingCommand,
  GetBucketOwnershipControlsCommand,
  GetBucketTaggingCommand,
  type Bucket,
  type Grant,
  type Owner,
  type PublicAccessBlockConfiguration,
  type ServerSideEncryptionConfiguration,
  type LoggingEnabled,
  type OwnershipControls,
  type Tag,
} from '@aws-sdk/client-s3'
import { S3ControlClient, GetPublicAccessBlockCommand as GetAccountPublicAccessBlockCommand } from '@aws-sdk/client-s3-control'
import { mapLimit } from '../limiter.js'
import type { CallOptions, CallResult, CollectContext } from '../collector.js'
import type { AwsCollector } from './module.js'
import type { AwsSession } from './session.js'

/** A public access block configuration as S3 and S3 Control return it (every switch optional). */
export type S3PublicAccessBlockRaw = PublicAccessBlockConfiguration

/** A bucket ACL as GetBucketAcl returns it. */
export interface S3BucketAcl {
  Owner?: Owner
  Grants?: Grant[]
}

/** Per-bucket raw data: where the bucket lives and the result of each configuration call. */
export interface S3BucketRaw {
  bucket: Bucket
  /** Region resolved from GetBucketLocation (or ListBuckets' BucketRegion when that call failed). */
  region: string
  acl: CallResult<S3BucketAcl | null>
  policy: CallResult<string | null>
  publicAccessBlock: CallResult<PublicAccessBlockConfiguration | null>
  encryption: CallResult<ServerSideEncryptionConfiguration | null>
  versioning: CallResult<{ Status?: string; MFADelete?: string } | null>
  logging: CallResult<LoggingEnabled | null>
  ownership: CallResult<OwnershipControls | null>
  tags: CallResult<Tag[] | null>
}

/** Raw S3 data for the account: every bucket whose location is known, and the account-level public access block. */
export interface S3Raw {
  buckets: S3BucketRaw[]
  accountPublicAccessBlock: CallResult<PublicAccessBlockConfiguration | null>
}

const BUCKET = 'aws.s3.bucket'
const ACCOUNT_PAB = 'aws.s3.account-public-access-block'
const TYPES = [BUCKET, ACCOUNT_PAB]

/**
 * Maps a LocationConstraint to a region: us-east-1 buckets report null (or ''), and the legacy 'EU' means eu-west-1
 * (https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketLocation.html).
 */
export function bucketRegion(locationConstraint: string | null | undefined): string {
  if (!locationConstraint) return 'us-east-1'
  return locationConstraint === 'EU' ? 'eu-west-1' : locationConstraint
}

/** Resolves a bucket's region; undefined when neither GetBucketLocation nor ListBuckets told it. */
async function locate(ctx: CollectContext, s3: S3Client, bucket: Bucket): Promise<string | undefined> {
  const arn = `arn:aws:s3:::${bucket.Name}`
  // Without ListBuckets' BucketRegion to fall back on, a failed lookup loses the bucket: the list is incomplete.
  const options: CallOptions = bucket.BucketRegion ? { resource: arn } : { affects: [BUCKET] }
  const loc = await ctx.call(
    'GetBucketLocation',
    async (abortSignal) => (await s3.send(new GetBucketLocationCommand({ Bucket: bucket.Name }), { abortSignal })).LocationConstraint ?? null,
    options,
  )
  return loc.ok ? bucketRegion(loc.value) : bucket.BucketRegion
}

/** A per-bucket call: failures leave only this bucket's attribute Unknown; `absentOn` codes mean "not configured". */
type BucketGet = <T>(api: string, fn: (signal: AbortSignal) => Promise<T>, absentOn?: string[]) => Promise<CallResult<T | null>>

/** Who may reach the bucket: ACL, bucket policy, public access block and object ownership. */
async function accessSettings(s3: S3Client, input: { Bucket: string | undefined }, get: BucketGet) {
  const [acl, policy, publicAccessBlock, ownership] = await Promise.all([
    get('GetBucketAcl', async (abortSignal): Promise<S3BucketAcl> => {
      const out = await s3.send(new GetBucketAclCommand(input), { abortSignal })
      return { Owner: out.Owner, Grants: out.Grants }
    }),
    get('GetBucketPolicy', async (abortSignal) => (await s3.send(new GetBucketPolicyCommand(input), { abortSignal })).Policy ?? null, [
      'NoSuchBucketPolicy',
    ]),
    get(
      'GetPublicAccessBlock',
      async (abortSignal) => (await s3.send(new GetPublicAccessBlockCommand(input), { abortSignal })).PublicAccessBlockConfiguration ?? null,
      ['NoSuchPublicAccessBlockConfiguration'],
    ),
    get(
      'GetBucketOwnershipControls',
      async (abortSignal) => (await s3.send(new GetBucketOwnershipControlsCommand(input), { abortSignal })).OwnershipControls ?? null,
      ['OwnershipControlsNotFoundError'],
    ),
  ])
  return { acl, policy, publicAccessBlock, ownership }
}

/** How the data is kept: default encryption, versioning, access logging and tags. */
async function dataSettings(s3: S3Client, input: { Bucket: string | undefined }, get: BucketGet) {
  const [encryption, versioning, logging, tags] = await Promise.all([
    get(
      'GetBucketEncryption',
      async (abortSignal) => (await s3.send(new GetBucketEncryptionCommand(input), { abortSignal })).ServerSideEncryptionConfiguration ?? null,
      ['ServerSideEncryptionConfigurationNotFoundError'],
    ),
    get('GetBucketVersioning', async (abortSignal) => {
      const out = await s3.send(new GetBucketVersioningCommand(input), { abortSignal })
      return { Status: out.Status, MFADelete: out.MFADelete }
    }),
    get('GetBucketLogging', async (abortSignal) => (await s3.send(new GetBucketLoggingCommand(input), { abortSignal })).LoggingEnabled ?? null),
    get('GetBucketTagging', async (abortSignal) => (await s3.send(new GetBucketTaggingCommand(input), { abortSignal })).TagSet ?? null, [
      'NoSuchTagSet',
    ]),
  ])
  return { encryption, versioning, logging, tags }
}

/** Runs every per-bucket configuration call against a client of the bucket's own region. */
async function describeBucket(ctx: CollectContext, s3: S3Client, bucket: Bucket, region: string): Promise<S3BucketRaw> {
  const input = { Bucket: bucket.Name }
  const resource = `arn:aws:s3:::${bucket.Name}`
  const get: BucketGet = (api, fn, absentOn = []) => ctx.call(api, fn, { resource, absentOn })
  const [access, data] = await Promise.all([accessSettings(s3, input, get), dataSettings(s3, input, get)])
  return { bucket, region, ...access, ...data }
}

/** S3 Control clients already set to resolve custom endpoints without the account-id host prefix. */
const UNPREFIXED = new WeakSet<S3ControlClient>()

/**
 * The session's S3 Control client. S3 Control's endpoint rules put the account id in front of a custom endpoint's
 * host (`{AccountId}.{url#authority}`, which `disableHostPrefix` does not undo): an emulator serving every service
 * on one host cannot answer that, and with an IP host it is not even a valid URL. For custom endpoints only, the
 * endpoint is resolved without the prefix; the account id still travels in the x-amz-account-id header.
 */
function controlClient(session: AwsSession): S3ControlClient {
  const client = session.client(S3ControlClient, session.homeRegion)
  if (session.endpoint && !UNPREFIXED.has(client)) {
    const resolve = client.config.endpointProvider
    client.config.endpointProvider = (params, context) => resolve({ ...params, AccountId: undefined, RequiresAccountId: undefined }, context)
    UNPREFIXED.add(client)
  }
  return client
}

/** The account-level public access block (S3 Control needs the account id, taken from the scan's account). */
function accountPublicAccessBlock(ctx: CollectContext, session: AwsSession): Promise<CallResult<PublicAccessBlockConfiguration | null>> {
  const control = controlClient(session)
  return ctx.call(
    'GetAccountPublicAccessBlock',
    async (abortSignal) =>
      (await control.send(new GetAccountPublicAccessBlockCommand({ AccountId: ctx.account }), { abortSignal })).PublicAccessBlockConfiguration ??
      null,
    { affects: [ACCOUNT_PAB], absentOn: ['NoSuchPublicAccessBlockConfiguration'] },
  )
}

/**
 * S3 buckets with their ACL, policy, public access block, encryption, versioning, logging, ownership and tags,
 * plus the account-level public access block. Buckets are global in the API but live in one region each, so the
 * per-bucket calls go to that region; buckets located outside the scanned regions are not described at all.
 */
export const s3Collector: AwsCollector<S3Raw> = {
  service: 's3',
  scope: 'global',
  produces: TYPES,
  async collect(ctx, session) {
    const s3 = session.client(S3Client, session.homeRegion)
    const [list, accountPab] = await Promise.all([
      ctx.paginate(
        'ListBuckets',
        () => paginateListBuckets({ client: s3 }, {}),
        (p) => p.Buckets,
        { affects: [BUCKET] },
      ),
      accountPublicAccessBlock(ctx, session),
    ])
    const named = list.ok ? list.value.filter((b) => !!b.Name) : []
    const buckets = await mapLimit(named, 8, async (bucket) => {
      const region = await locate(ctx, s3, bucket)
      return region && ctx.regions.includes(region) ? describeBucket(ctx, session.client(S3Client, region), bucket, region) : undefined
    })
    return { buckets: buckets.filter((b): b is S3BucketRaw => b !== undefined), accountPublicAccessBlock: accountPab }
  },
}
