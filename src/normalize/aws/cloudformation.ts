import type { Resource } from '../../core/resource.js'
import type { CloudformationRaw } from '../../collect/aws/cloudformation.js'
import { findSecretsInVariables } from '../secrets.js'
import { AWS, type CloudFormationStackAttributes } from './types.js'
import { awsResource, iso, tagsOf, type NormalizeScope } from './helpers.js'

/** CloudFormation stacks → aws.cloudformation.stack; output values are scanned for secrets and then dropped. */
export function normalizeCloudformation(raw: CloudformationRaw, scope: NormalizeScope): Resource<CloudFormationStackAttributes>[] {
  return raw.stacks.map((stack) => {
    const name = stack.StackName ?? 'stack'
    const outputs = (stack.Outputs ?? []).filter((o) => o.OutputKey).map((o) => ({ name: o.OutputKey!, value: o.OutputValue ?? '' }))
    return awsResource<CloudFormationStackAttributes>({
      uid: stack.StackId ?? `arn:aws:cloudformation:${scope.region}:${scope.account}:stack/${name}`,
      type: AWS.cloudformationStack,
      account: scope.account,
      region: scope.region,
      name,
      tags: tagsOf(stack.Tags),
      relations: [
        ...(stack.RoleARN ? [{ kind: 'uses-role', target: stack.RoleARN }] : []),
        ...(stack.NotificationARNs ?? []).map((target) => ({ kind: 'notifies', target })),
      ],
      attributes: {
        stackName: name,
        stackStatus: stack.StackStatus ?? 'UNKNOWN',
        terminationProtection: stack.EnableTerminationProtection === true,
        notificationArns: stack.NotificationARNs ?? [],
        roleArn: stack.RoleARN || null,
        driftStatus: stack.DriftInformation?.StackDriftStatus ?? 'NOT_CHECKED',
        lastDriftCheck: iso(stack.DriftInformation?.LastCheckTimestamp),
        rootStackId: stack.RootId || null,
        outputKeys: outputs.map((o) => o.name),
        outputSecrets: findSecretsInVariables(outputs, 'stack output'),
      },
    })
  })
}
