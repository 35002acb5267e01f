import type { AwsCollector } from './module.js'

/** Raw rds data (PLACEHOLDER: being implemented). */
export interface RdsRaw {
  items: unknown[]
}

const TYPES = ['aws.rds.db-instance', 'aws.rds.db-snapshot']

/** rds collector (PLACEHOLDER: being implemented). */
export const rdsCollector: AwsCollector<RdsRaw> = {
  service: 'rds',
  scope: 'regional',
  produces: TYPES,
  async collect() {
    return { items: [] }
  },
}
