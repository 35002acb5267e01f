import {
  ACMClient,
  paginateListCertificates,
  DescribeCertificateCommand,
  type CertificateDetail,
  type CertificateSummary,
  type KeyAlgorithm,
} from '@aws-sdk/client-acm'
import { mapLimit } from '../limiter.js'
import type { CallResult } from '../collector.js'
import type { AwsCollector } from './module.js'

/** SDK shapes the normalizer reads (normalize/ does not import SDKs itself). */
export type { CertificateDetail, CertificateSummary }

/** Raw ACM data for one region: each certificate summary with its details. */
export interface AcmRaw {
  certificates: { summary: CertificateSummary; detail: CallResult<CertificateDetail | null> }[]
}

const TYPES = ['aws.acm.certificate']
/**
 * Without Includes.keyTypes, ListCertificates returns only RSA_1024 and RSA_2048 certificates (ACM API reference,
 * ListCertificates / Filters), so every key type is asked for explicitly.
 */
const ALL_KEY_TYPES: KeyAlgorithm[] = ['RSA_1024', 'RSA_2048', 'RSA_3072', 'RSA_4096', 'EC_prime256v1', 'EC_secp384r1', 'EC_secp521r1']

/** ACM certificates (status, key algorithm, expiry) with where they are used and their transparency-log preference. */
export const acmCollector: AwsCollector<AcmRaw> = {
  service: 'acm',
  scope: 'regional',
  produces: TYPES,
  async collect(ctx, session) {
    const acm = session.client(ACMClient, ctx.region)
    const list = await ctx.paginate(
      'ListCertificates',
      (abortSignal) => paginateListCertificates({ client: acm }, { Includes: { keyTypes: ALL_KEY_TYPES } }, { abortSignal }),
      (p) => p.CertificateSummaryList,
      { affects: TYPES },
    )
    if (!list.ok) return { certificates: [] }
    const certificates = await mapLimit(list.value, 8, async (summary) => ({
      summary,
      detail: await ctx.call(
        'DescribeCertificate',
        async (abortSignal) =>
          (await acm.send(new DescribeCertificateCommand({ CertificateArn: summary.CertificateArn }), { abortSignal })).Certificate ?? null,
        { resource: summary.CertificateArn },
      ),
    }))
    return { certificates }
  },
}
