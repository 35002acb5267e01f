import type { Resource } from '../../core/resource.js'
import { unknown } from '../../core/unknown.js'
import { iso } from '../common.js'
import type { GcpCryptoKeyRaw, GcpKmsRaw, KmsCryptoKeyVersionRaw } from '../../collect/gcp/kms.js'
import { gcpName, gcpResource, lastSegment, type GcpNormalizeScope } from './helpers.js'
import { iamPolicyOf } from './iam.js'
import { GCP_IDENTITY_TYPES, type GcpCryptoKeyAttributes, type GcpCryptoKeyVersion } from './types-identity.js'

/** Seconds of a protobuf Duration in JSON ('7776000s', '0.5s'); null when absent or malformed. */
export function durationSeconds(d: string | null | undefined): number | null {
  const m = /^(\d+(?:\.\d+)?)s$/.exec(d ?? '')
  return m ? Number(m[1]) : null
}

/** The location segment of a key name projects/p/locations/<l>/keyRings/r/cryptoKeys/k. */
function locationOf(keyName: string): string {
  return /\/locations\/([^/]+)\//.exec(keyName)?.[1] ?? 'global'
}

/** The primary version, or null for keys without one. */
function primaryOf(v: KmsCryptoKeyVersionRaw | undefined): GcpCryptoKeyVersion | null {
  if (!v?.name) return null
  return {
    name: v.name,
    state: v.state ?? 'CRYPTO_KEY_VERSION_STATE_UNSPECIFIED',
    algorithm: v.algorithm ?? '',
    protectionLevel: v.protectionLevel ?? 'SOFTWARE',
    createTime: iso(v.createTime),
  }
}

/** One key → gcp.kms.crypto-key (located in its key ring's location). */
function keyResource(raw: GcpCryptoKeyRaw, scope: GcpNormalizeScope): Resource<GcpCryptoKeyAttributes> {
  const k = raw.key
  const keyName = k.name ?? ''
  return gcpResource<GcpCryptoKeyAttributes>({
    uid: gcpName('cloudkms', keyName),
    type: GCP_IDENTITY_TYPES.cryptoKey,
    project: scope.project,
    name: lastSegment(keyName),
    location: locationOf(keyName),
    labels: k.labels,
    attributes: {
      keyName,
      keyRing: keyName.replace(/\/cryptoKeys\/[^/]+$/, ''),
      purpose: k.purpose ?? 'CRYPTO_KEY_PURPOSE_UNSPECIFIED',
      rotationPeriod: k.rotationPeriod ?? null,
      rotationPeriodSeconds: durationSeconds(k.rotationPeriod),
      nextRotationTime: iso(k.nextRotationTime),
      primary: primaryOf(k.primary),
      // SOFTWARE is the default protection level of new versions (CryptoKeyVersionTemplate.protectionLevel).
      protectionLevel: k.versionTemplate?.protectionLevel ?? 'SOFTWARE',
      createTime: iso(k.createTime),
      importOnly: k.importOnly ?? false,
      iamPolicy: raw.iamPolicy.ok ? iamPolicyOf(raw.iamPolicy.value) : unknown(`cloudkms.cryptoKeys.getIamPolicy: ${raw.iamPolicy.reason}`),
    },
  })
}

/** Cloud KMS raw data → gcp.kms.crypto-key. */
export function normalizeKms(raw: GcpKmsRaw, scope: GcpNormalizeScope): Resource[] {
  return raw.keys.map((k) => keyResource(k, scope))
}
