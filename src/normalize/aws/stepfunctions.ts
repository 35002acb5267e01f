import type { Resource } from '../../core/resource.js'
import { unknown, type Maybe } from '../../core/unknown.js'
import type { StateMachineDetail, StepFunctionsRaw } from '../../collect/aws/stepfunctions.js'
import { AWS, type StepFunctionsStateMachineAttributes } from './types.js'
import { awsResource, type NormalizeScope } from './helpers.js'

/** State machines → aws.stepfunctions.state-machine; a failed DescribeStateMachine leaves its settings Unknown. */
export function normalizeStepfunctions(raw: StepFunctionsRaw, scope: NormalizeScope): Resource<StepFunctionsStateMachineAttributes>[] {
  return raw.stateMachines.map(({ item, detail }) => {
    const read = <T>(pick: (d: StateMachineDetail) => T): Maybe<T> =>
      detail.ok ? pick(detail.value ?? {}) : unknown(`states:DescribeStateMachine: ${detail.reason}`)
    const encryption = read((d) => ({
      // No encryptionConfiguration = the default AWS-owned key.
      type: d.encryptionConfiguration?.type ?? 'AWS_OWNED_KEY',
      kmsKeyId: d.encryptionConfiguration?.kmsKeyId ?? null,
    }))
    const name = item.name ?? ''
    return awsResource<StepFunctionsStateMachineAttributes>({
      uid: item.stateMachineArn ?? name,
      type: AWS.stepfunctionsStateMachine,
      account: scope.account,
      region: scope.region,
      name,
      relations: 'kmsKeyId' in encryption && encryption.kmsKeyId ? [{ kind: 'uses-kms-key', target: encryption.kmsKeyId }] : [],
      attributes: {
        stateMachineName: name,
        type: item.type ?? 'STANDARD',
        loggingLevel: read((d) => d.loggingConfiguration?.level ?? 'OFF'),
        tracingEnabled: read((d) => d.tracingConfiguration?.enabled ?? false),
        encryption,
      },
    })
  })
}
