import type { Resource } from '../../core/resource.js'
import { unknown } from '../../core/unknown.js'
import type { EventBridgeRaw } from '../../collect/aws/eventbridge.js'
import { partitionOf } from '../../collect/aws/ec2-arn.js'
import { AWS, type EventBridgeEventBusAttributes } from './types.js'
import { awsResource, maybePolicy, type NormalizeScope } from './helpers.js'

/** Event buses → aws.eventbridge.event-bus; a failed DescribeEventBus leaves policy and key Unknown. */
export function normalizeEventbridge(raw: EventBridgeRaw, scope: NormalizeScope): Resource<EventBridgeEventBusAttributes>[] {
  return raw.buses.map(({ bus, detail }) => {
    const busName = bus.Name ?? ''
    const kms = detail.ok ? detail.value?.KmsKeyIdentifier || null : unknown(`events:DescribeEventBus: ${detail.reason}`)
    return awsResource<EventBridgeEventBusAttributes>({
      uid: bus.Arn ?? `arn:${partitionOf(scope.region)}:events:${scope.region}:${scope.account}:event-bus/${busName}`,
      type: AWS.eventbridgeEventBus,
      account: scope.account,
      region: scope.region,
      name: busName,
      relations: typeof kms === 'string' ? [{ kind: 'uses-kms-key', target: kms }] : [],
      attributes: {
        busName,
        policy: maybePolicy(detail.ok ? { ok: true, value: detail.value?.Policy ?? null } : detail, 'events:DescribeEventBus'),
        kmsKeyIdentifier: kms,
      },
    })
  })
}
