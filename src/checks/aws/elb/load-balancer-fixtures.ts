/** Test fixtures shared by the Classic Load Balancer checks' tests: a well-configured load balancer to override. Not a check. */
import { AWS, type ElbLoadBalancerAttributes } from '../../../normalize/aws/types.js'
import { awsFixture } from '../../_shared/testing.js'

/** A load balancer configured well (logged, protected, current TLS); override any attribute. */
export const lb = (attrs: Partial<ElbLoadBalancerAttributes>) =>
  awsFixture<ElbLoadBalancerAttributes>(AWS.elbLoadBalancer, {
    loadBalancerName: 'web',
    dnsName: 'web-123.us-east-1.elb.amazonaws.com',
    scheme: 'internet-facing',
    vpcId: 'vpc-1',
    securityGroupIds: [],
    listeners: [],
    accessLogsEnabled: true,
    crossZoneLoadBalancing: true,
    connectionDraining: true,
    desyncMitigationMode: 'defensive',
    sslNegotiationPolicies: [],
    ...attrs,
  })
