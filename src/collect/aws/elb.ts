import {
  ElasticLoadBalancingClient,
  paginateDescribeLoadBalancers,
  DescribeLoadBalancerAttributesCommand,
  DescribeLoadBalancerPoliciesCommand,
  type LoadBalancerAttributes,
  type LoadBalancerDescription,
  type PolicyDescription,
} from '@aws-sdk/client-elastic-load-balancing'
import { mapLimit } from '../limiter.js'
import type { CallResult } from '../collector.js'
import type { AwsCollector } from './module.js'

/** SDK shapes the normalizer reads (normalize/ does not import SDKs itself). */
export type { LoadBalancerAttributes, LoadBalancerDescription, PolicyDescription }

/** Raw classic ELB data for one region: each load balancer with its attributes and policies. */
export interface ElbRaw {
  loadBalancers: {
    description: LoadBalancerDescription
    attributes: CallResult<LoadBalancerAttributes | null>
    policies: CallResult<PolicyDescription[] | null>
  }[]
}

const TYPES = ['aws.elb.load-balancer']

/** Classic load balancers with their attributes (logging, cross-zone, draining, desync) and SSL negotiation policies. */
export const elbCollector: AwsCollector<ElbRaw> = {
  service: 'elb',
  scope: 'regional',
  produces: TYPES,
  async collect(ctx, session) {
    const elb = session.client(ElasticLoadBalancingClient, ctx.region)
    const list = await ctx.paginate(
      'DescribeLoadBalancers',
      (abortSignal) => paginateDescribeLoadBalancers({ client: elb }, {}, { abortSignal }),
      (p) => p.LoadBalancerDescriptions,
      { affects: TYPES },
    )
    if (!list.ok) return { loadBalancers: [] }
    const loadBalancers = await mapLimit(list.value, 8, async (description) => {
      const name = description.LoadBalancerName
      const [attributes, policies] = await Promise.all([
        ctx.call(
          'DescribeLoadBalancerAttributes',
          async (abortSignal) =>
            (await elb.send(new DescribeLoadBalancerAttributesCommand({ LoadBalancerName: name }), { abortSignal })).LoadBalancerAttributes ?? null,
          { resource: name },
        ),
        ctx.call(
          'DescribeLoadBalancerPolicies',
          async (abortSignal) =>
            (await elb.send(new DescribeLoadBalancerPoliciesCommand({ LoadBalancerName: name }), { abortSignal })).PolicyDescriptions ?? [],
          { resource: name },
        ),
      ])
      return { description, attributes, policies }
    })
    return { loadBalancers }
  },
}
