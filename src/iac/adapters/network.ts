import type { Adapter } from '../model.js'
import { autoscalingAdapters } from './network-autoscaling.js'
import { ebsAdapters } from './network-ebs.js'
import { elbAdapters } from './network-elb.js'
import { instanceAdapters } from './network-instance.js'
import { launchAdapters } from './network-launch.js'
import { securityGroupAdapters } from './network-sg.js'
import { vpcAdapters } from './network-vpc.js'

/** Adapters of the network group (see src/iac/adapters/index.ts). */
export const adapters: Adapter[] = [
  ...securityGroupAdapters,
  ...vpcAdapters,
  ...instanceAdapters,
  ...launchAdapters,
  ...ebsAdapters,
  ...autoscalingAdapters,
  ...elbAdapters,
]
