import type { AwsCollector } from './module.js'

/** Raw s3 data (PLACEHOLDER: being implemented). */
export interface S3Raw {
  items: unknown[]
}

const TYPES = ['aws.s3.bucket', 'aws.s3.account-public-access-block']

/** s3 collector (PLACEHOLDER: being implemented). */
export const s3Collector: AwsCollector<S3Raw> = {
  service: 's3',
  scope: 'global',
  produces: TYPES,
  async collect() {
    return { items: [] }
  },
}
