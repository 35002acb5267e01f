import { mapLimit } from '../limiter.js'
import type { CallResult, CollectContext } from '../collector.js'
import type { GcpCollector } from './module.js'
import type { GcpSession } from './session.js'

/** A Cloud KMS location (https://cloud.google.com/kms/docs/reference/rest/v1/projects.locations). */
interface KmsLocation {
  name?: string
  locationId?: string
}

/** A key ring (https://cloud.google.com/kms/docs/reference/rest/v1/projects.locations.keyRings). */
interface KmsKeyRing {
  name?: string
  createTime?: string
}

/** A key version as embedded in CryptoKey.primary. */
export interface KmsCryptoKeyVersionRaw {
  name?: string
  state?: string
  protectionLevel?: string
  algorithm?: string
  createTime?: string
  generateTime?: string
}

/** A CryptoKey (https://cloud.google.com/kms/docs/reference/rest/v1/projects.locations.keyRings.cryptoKeys). */
export interface KmsCryptoKeyRaw {
  name?: string
  primary?: KmsCryptoKeyVersionRaw
  purpose?: string
  createTime?: string
  nextRotationTime?: string
  rotationPeriod?: string
  versionTemplate?: { protectionLevel?: string; algorithm?: string }
  labels?: Record<string, string>
  importOnly?: boolean
  destroyScheduledDuration?: string
}

/** An IAM policy as cryptoKeys.getIamPolicy returns it. */
export interface KmsPolicyRaw {
  version?: number
  etag?: string
  bindings?: { role?: string; members?: string[]; condition?: { title?: string; expression?: string; description?: string } }[]
}

/** One key and the result of reading its IAM policy. */
export interface GcpCryptoKeyRaw {
  key: KmsCryptoKeyRaw
  iamPolicy: CallResult<KmsPolicyRaw | null>
}

/** Raw Cloud KMS data of one project. */
export interface GcpKmsRaw {
  keys: GcpCryptoKeyRaw[]
}

const CRYPTO_KEY = 'gcp.kms.crypto-key'

/** Every item of a paged Cloud KMS list under `path`, or null when the listing failed (already recorded). */
async function listAll<T>(ctx: CollectContext, session: GcpSession, api: string, path: string, key: string): Promise<T[] | null> {
  const r = await ctx.paginate(
    api,
    (signal) => session.pages<Record<string, unknown> & { nextPageToken?: string }>('cloudkms', path, signal),
    (page) => page[key] as T[] | undefined,
    { affects: [CRYPTO_KEY] },
  )
  return r.ok ? r.value : null
}

/** Every key of the project's key rings, location by location (KMS has no project-wide key listing). */
async function listKeys(ctx: CollectContext, session: GcpSession): Promise<KmsCryptoKeyRaw[]> {
  const locations = await listAll<KmsLocation>(ctx, session, 'cloudkms.locations.list', `v1/projects/${ctx.account}/locations`, 'locations')
  const ids = (locations ?? []).map((l) => l.locationId ?? l.name?.split('/').pop()).filter((id): id is string => !!id)
  const rings = await mapLimit(ids, 8, (id) =>
    listAll<KmsKeyRing>(ctx, session, 'cloudkms.keyRings.list', `v1/projects/${ctx.account}/locations/${id}/keyRings`, 'keyRings'),
  )
  const ringNames = rings.flatMap((r) => r ?? []).flatMap((r) => (r.name ? [r.name] : []))
  const keys = await mapLimit(ringNames, 8, (ring) =>
    listAll<KmsCryptoKeyRaw>(ctx, session, 'cloudkms.cryptoKeys.list', `v1/${ring}/cryptoKeys`, 'cryptoKeys'),
  )
  return keys.flatMap((k) => k ?? []).filter((k) => !!k.name)
}

/**
 * Cloud KMS keys over REST (there is no @googleapis/cloudkms package): locations → key rings → crypto keys, and each
 * key's IAM policy (version 3). A failed key ring or key listing marks the key inventory incomplete.
 */
export const kmsCollector: GcpCollector<GcpKmsRaw> = {
  service: 'kms',
  scope: 'global',
  produces: [CRYPTO_KEY],
  async collect(ctx, session) {
    const listed = await listKeys(ctx, session)
    const keys = await mapLimit(listed, 8, async (key): Promise<GcpCryptoKeyRaw> => {
      const iamPolicy = await ctx.call(
        'cloudkms.cryptoKeys.getIamPolicy',
        (signal) => session.getJson<KmsPolicyRaw>('cloudkms', `v1/${key.name}:getIamPolicy`, signal, { 'options.requestedPolicyVersion': '3' }),
        { resource: `//cloudkms.googleapis.com/${key.name}` },
      )
      return { key, iamPolicy }
    })
    return { keys }
  },
}
