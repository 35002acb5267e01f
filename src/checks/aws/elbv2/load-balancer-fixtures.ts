/** Test fixtures shared by the ELBv2 checks' tests: a well-configured application load balancer, a listener, a denied attribute read. Not a check. */
import { unknown } from '../../../core/unknown.js'
import { AWS, type Elbv2LoadBalancerAttributes, type Elbv2Listener } from '../../../normalize/aws/types.js'
import { awsFixture } from '../../_shared/testing.js'

/** A load balancer configured well (logged, protected, current TLS); override any attribute. */
export const lb = (attrs: Partial<Elbv2LoadBalancerAttributes>) =>
  awsFixture<Elbv2LoadBalancerAttributes>(AWS.elbv2LoadBalancer, {
    loadBalancerName: 'web',
    dnsName: 'web-123.us-east-1.elb.amazonaws.com',
    type: 'application',
    scheme: 'internet-facing',
    vpcId: 'vpc-1',
    securityGroupIds: [],
    listeners: [],
    accessLogsEnabled: true,
    deletionProtection: true,
    dropInvalidHeaderFields: true,
    desyncMitigationMode: 'defensive',
    webAclArn: 'arn:aws:wafv2:us-east-1:111122223333:regional/webacl/web/1',
    ...attrs,
  })
/** A listener on `port` forwarding plain traffic; override any field. */
export const listener = (protocol: string, port: number, over: Partial<Elbv2Listener> = {}): Elbv2Listener => ({
  listenerArn: `arn:aws:elasticloadbalancing:us-east-1:111122223333:listener/app/web/1/${port}`,
  protocol,
  port,
  sslPolicy: null,
  certificateArns: [],
  defaultActionTypes: ['forward'],
  redirectsToHttps: false,
  ...over,
})
/** What an attribute holds when DescribeLoadBalancerAttributes was denied. */
export const failed = unknown('elbv2:DescribeLoadBalancerAttributes: AccessDenied')
