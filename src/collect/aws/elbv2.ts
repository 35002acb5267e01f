import {
  ElasticLoadBalancingV2Client,
  paginateDescribeLoadBalancers,
  paginateDescribeListeners,
  DescribeLoadBalancerAttributesCommand,
  type Listener,
  type LoadBalancer,
  type LoadBalancerAttribute,
} from '@aws-sdk/client-elastic-load-balancing-v2'
import { WAFV2Client, GetWebACLForResourceCommand } from '@aws-sdk/client-wafv2'
import { mapLimit } from '../limiter.js'
import type { CallResult } from '../collector.js'
import type { AwsCollector } from './module.js'

/** SDK shapes the normalizer reads (normalize/ does not import SDKs itself). */
export type { Listener, LoadBalancer, LoadBalancerAttribute }

/** Raw ELBv2 data for one region: each load balancer with its listeners, attributes and (ALBs) WAFv2 web ACL ARN. */
export interface Elbv2Raw {
  loadBalancers: {
    loadBalancer: LoadBalancer
    listeners: CallResult<Listener[]>
    attributes: CallResult<LoadBalancerAttribute[] | null>
    /** ALBs only (WAF protects no other type): the associated web ACL ARN, null = none. */
    webAclArn: CallResult<string | null>
  }[]
}

const TYPES = ['aws.elbv2.load-balancer']
const NOT_APPLICABLE: CallResult<null> = { ok: true, value: null }

/** Application, Network and Gateway Load Balancers with listeners, attributes and WAF association. */
export const elbv2Collector: AwsCollector<Elbv2Raw> = {
  service: 'elbv2',
  scope: 'regional',
  produces: TYPES,
  async collect(ctx, session) {
    const elb = session.client(ElasticLoadBalancingV2Client, ctx.region)
    const waf = session.client(WAFV2Client, ctx.region)
    const list = await ctx.paginate(
      'DescribeLoadBalancers',
      (abortSignal) => paginateDescribeLoadBalancers({ client: elb }, {}, { abortSignal }),
      (p) => p.LoadBalancers,
      { affects: TYPES },
    )
    if (!list.ok) return { loadBalancers: [] }
    const loadBalancers = await mapLimit(list.value, 8, async (loadBalancer) => {
      const arn = loadBalancer.LoadBalancerArn
      const [listeners, attributes, webAclArn] = await Promise.all([
        ctx.paginate(
          'DescribeListeners',
          (abortSignal) => paginateDescribeListeners({ client: elb }, { LoadBalancerArn: arn }, { abortSignal }),
          (p) => p.Listeners,
          { resource: arn },
        ),
        ctx.call(
          'DescribeLoadBalancerAttributes',
          async (abortSignal) =>
            (await elb.send(new DescribeLoadBalancerAttributesCommand({ LoadBalancerArn: arn }), { abortSignal })).Attributes ?? [],
          { resource: arn },
        ),
        loadBalancer.Type === 'application'
          ? ctx.call(
              'GetWebACLForResource',
              // An ALB without a web ACL answers with no WebACL (WAFv2 API reference, GetWebACLForResource).
              async (abortSignal) => (await waf.send(new GetWebACLForResourceCommand({ ResourceArn: arn }), { abortSignal })).WebACL?.ARN ?? null,
              { resource: arn },
            )
          : NOT_APPLICABLE,
      ])
      return { loadBalancer, listeners, attributes, webAclArn }
    })
    return { loadBalancers }
  },
}
