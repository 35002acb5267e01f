import type { AwsCollector } from './module.js'

/** Raw logs data (PLACEHOLDER: being implemented). */
export interface LogsRaw {
  items: unknown[]
}

const TYPES = ['aws.logs.log-group']

/** logs collector (PLACEHOLDER: being implemented). */
export const logsCollector: AwsCollector<LogsRaw> = {
  service: 'logs',
  scope: 'regional',
  produces: TYPES,
  async collect() {
    return { items: [] }
  },
}
