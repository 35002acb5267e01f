import type { AwsCollector } from './module.js'

/** Raw iam data (PLACEHOLDER: being implemented). */
export interface IamRaw {
  items: unknown[]
}

const TYPES = ['aws.iam.root-user', 'aws.iam.password-policy', 'aws.iam.user', 'aws.iam.group', 'aws.iam.role', 'aws.iam.policy']

/** iam collector (PLACEHOLDER: being implemented). */
export const iamCollector: AwsCollector<IamRaw> = {
  service: 'iam',
  scope: 'global',
  produces: TYPES,
  async collect() {
    return { items: [] }
  },
}
