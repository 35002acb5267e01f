import { describe, expect, it } from 'vitest'
import { isUnknown } from '../../core/unknown.js'
import type { StepFunctionsRaw } from '../../collect/aws/stepfunctions.js'
import { normalizeStepfunctions } from './stepfunctions.js'
import { AWS } from './types.js'

const scope = { account: '111122223333', region: 'us-east-1', regions: ['us-east-1'] }
const ARN = 'arn:aws:states:us-east-1:111122223333:stateMachine:order-flow'
const item = { name: 'order-flow', stateMachineArn: ARN, type: 'EXPRESS' as const, creationDate: new Date('2025-01-10T00:00:00Z') }

describe('normalizeStepfunctions', () => {
  it('logging, tracing and a customer key', () => {
    const raw: StepFunctionsRaw = {
      stateMachines: [
        {
          item,
          detail: {
            ok: true,
            value: {
              loggingConfiguration: {
                level: 'ERROR',
                includeExecutionData: false,
                destinations: [{ cloudWatchLogsLogGroup: { logGroupArn: 'arn:aws:logs:us-east-1:111122223333:log-group:sfn:*' } }],
              },
              tracingConfiguration: { enabled: true },
              encryptionConfiguration: { type: 'CUSTOMER_MANAGED_KMS_KEY', kmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/0a1b' },
            },
          },
        },
      ],
    }
    const [r] = normalizeStepfunctions(raw, scope)
    expect(r).toMatchObject({
      uid: ARN,
      type: AWS.stepfunctionsStateMachine,
      relations: [{ kind: 'uses-kms-key', target: 'arn:aws:kms:us-east-1:111122223333:key/0a1b' }],
      attributes: { type: 'EXPRESS', loggingLevel: 'ERROR', tracingEnabled: true, encryption: { type: 'CUSTOMER_MANAGED_KMS_KEY' } },
    })
  })

  it('defaults when nothing is configured', () => {
    const [r] = normalizeStepfunctions({ stateMachines: [{ item, detail: { ok: true, value: {} } }] }, scope)
    expect(r!.attributes).toMatchObject({ loggingLevel: 'OFF', tracingEnabled: false, encryption: { type: 'AWS_OWNED_KEY', kmsKeyId: null } })
  })

  it('a failed DescribeStateMachine leaves the settings Unknown', () => {
    const [r] = normalizeStepfunctions({ stateMachines: [{ item, detail: { ok: false, reason: 'AccessDenied', code: 'AccessDenied' } }] }, scope)
    expect(isUnknown(r!.attributes.loggingLevel)).toBe(true)
    expect(isUnknown(r!.attributes.tracingEnabled)).toBe(true)
    expect(isUnknown(r!.attributes.encryption)).toBe(true)
  })
})
