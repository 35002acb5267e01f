import type { AwsCollector } from './module.js'

/** Raw cloudwatch data (PLACEHOLDER: being implemented). */
export interface CloudwatchRaw {
  items: unknown[]
}

const TYPES = ['aws.cloudwatch.alarm']

/** cloudwatch collector (PLACEHOLDER: being implemented). */
export const cloudwatchCollector: AwsCollector<CloudwatchRaw> = {
  service: 'cloudwatch',
  scope: 'regional',
  produces: TYPES,
  async collect() {
    return { items: [] }
  },
}
