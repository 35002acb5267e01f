import type { GcpServiceModule } from './gcp-module.js'
import { gcpMod } from './gcp-module.js'
import { iamCollector } from '../collect/gcp/iam.js'
import { storageCollector } from '../collect/gcp/storage.js'
import { kmsCollector } from '../collect/gcp/kms.js'
import { normalizeIam } from '../normalize/gcp/iam.js'
import { normalizeStorage } from '../normalize/gcp/storage.js'
import { normalizeKms } from '../normalize/gcp/kms.js'

/** Google Cloud identity modules: project IAM policy and service accounts, Cloud Storage buckets, Cloud KMS keys. */
export const GCP_IDENTITY_MODULES: GcpServiceModule[] = [
  gcpMod(iamCollector, normalizeIam),
  gcpMod(storageCollector, normalizeStorage),
  gcpMod(kmsCollector, normalizeKms),
]
