import type { AwsCollector } from './module.js'

/** Raw config data (PLACEHOLDER: being implemented). */
export interface ConfigRaw {
  items: unknown[]
}

const TYPES = ['aws.config.recorders']

/** config collector (PLACEHOLDER: being implemented). */
export const configCollector: AwsCollector<ConfigRaw> = {
  service: 'config',
  scope: 'regional',
  produces: TYPES,
  async collect() {
    return { items: [] }
  },
}
