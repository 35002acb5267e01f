import type { AwsCollector } from './module.js'

/** Raw ec2 data (PLACEHOLDER: being implemented). */
export interface Ec2Raw {
  items: unknown[]
}

const TYPES = ['aws.ec2.instance', 'aws.ec2.security-group', 'aws.ec2.network-acl', 'aws.ec2.vpc', 'aws.ec2.subnet', 'aws.ec2.volume', 'aws.ec2.snapshot', 'aws.ec2.image', 'aws.ec2.ebs-encryption-default']

/** ec2 collector (PLACEHOLDER: being implemented). */
export const ec2Collector: AwsCollector<Ec2Raw> = {
  service: 'ec2',
  scope: 'regional',
  produces: TYPES,
  async collect() {
    return { items: [] }
  },
}
