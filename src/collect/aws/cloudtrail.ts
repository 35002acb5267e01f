import type { AwsCollector } from './module.js'

/** Raw cloudtrail data (PLACEHOLDER: being implemented). */
export interface CloudtrailRaw {
  items: unknown[]
}

const TYPES = ['aws.cloudtrail.trail']

/** cloudtrail collector (PLACEHOLDER: being implemented). */
export const cloudtrailCollector: AwsCollector<CloudtrailRaw> = {
  service: 'cloudtrail',
  scope: 'regional',
  produces: TYPES,
  async collect() {
    return { items: [] }
  },
}
