/** Test fixture for Auto Scaling group checks (not a check: the registry loads aws-* files only). */
import { AWS, type AutoScalingGroupAttributes } from '../../../normalize/aws/types.js'
import { awsFixture } from '../../_shared/testing.js'

/** Group `web` from a launch template in two zones, behind a target group with ELB health checks. */
export const asg = (over: Partial<AutoScalingGroupAttributes> = {}) =>
  awsFixture<AutoScalingGroupAttributes>(AWS.autoscalingGroup, {
    autoScalingGroupName: 'web',
    launchTemplate: { id: 'lt-0abc', name: 'web', version: '$Default' },
    launchConfigurationName: null,
    availabilityZones: ['us-east-1a', 'us-east-1b'],
    subnetIds: ['subnet-a', 'subnet-b'],
    healthCheckType: 'ELB',
    loadBalancerNames: [],
    targetGroupArns: ['arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/web/0123456789abcdef'],
    trafficSources: [],
    minSize: 2,
    maxSize: 4,
    desiredCapacity: 2,
    ...over,
  })
