import { describe, expect, it } from 'vitest'
import type { CloudformationRaw } from '../../collect/aws/cloudformation.js'
import { normalizeCloudformation } from './cloudformation.js'
import { AWS } from './types.js'

const scope = { account: '111122223333', region: 'us-east-1', regions: ['us-east-1'] }
const STACK_ID = 'arn:aws:cloudformation:us-east-1:111122223333:stack/legacy-deployer/5b6f7a80-1111-2222-3333-444455556666'
const KEY_ID = ['AKIA', 'Z7DEMO3EXAMPLE5Q'].join('')
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY'

// DescribeStacks Stack shape (CloudFormation API reference).
const stack = {
  StackId: STACK_ID,
  StackName: 'legacy-deployer',
  CreationTime: new Date('2025-02-01T00:00:00Z'),
  StackStatus: 'CREATE_COMPLETE' as const,
  EnableTerminationProtection: false,
  NotificationARNs: [],
  DriftInformation: { StackDriftStatus: 'DRIFTED' as const, LastCheckTimestamp: new Date('2026-05-01T00:00:00Z') },
  Outputs: [
    { OutputKey: 'DeployerAccessKeyId', OutputValue: KEY_ID },
    { OutputKey: 'DbPassword', OutputValue: SECRET },
    { OutputKey: 'ApiUrl', OutputValue: 'https://api.example.com/orders', ExportName: 'orders-api-url' },
  ],
  Tags: [{ Key: 'team', Value: 'platform' }],
}

describe('normalizeCloudformation', () => {
  it('keeps output names and secret hits, never the values', () => {
    const raw: CloudformationRaw = { stacks: [stack] }
    const [r] = normalizeCloudformation(raw, scope)
    expect(r).toMatchObject({
      uid: STACK_ID,
      type: AWS.cloudformationStack,
      name: 'legacy-deployer',
      attributes: {
        stackStatus: 'CREATE_COMPLETE',
        terminationProtection: false,
        notificationArns: [],
        roleArn: null,
        driftStatus: 'DRIFTED',
        lastDriftCheck: '2026-05-01T00:00:00.000Z',
        rootStackId: null,
        outputKeys: ['DeployerAccessKeyId', 'DbPassword', 'ApiUrl'],
        outputSecrets: [
          { location: 'stack output DeployerAccessKeyId', kind: 'AWS access key ID' },
          { location: 'stack output DbPassword', kind: 'high-entropy value assigned to DbPassword' },
        ],
      },
    })
    const json = JSON.stringify(r)
    expect(json).not.toContain(KEY_ID)
    expect(json).not.toContain(SECRET)
  })

  it('a protected nested stack with a role and notifications, drift never checked', () => {
    const raw: CloudformationRaw = {
      stacks: [
        {
          StackId: STACK_ID,
          StackName: 'orders-api-db',
          CreationTime: new Date('2025-02-01T00:00:00Z'),
          StackStatus: 'UPDATE_COMPLETE',
          EnableTerminationProtection: true,
          NotificationARNs: ['arn:aws:sns:us-east-1:111122223333:stack-events'],
          RoleARN: 'arn:aws:iam::111122223333:role/cfn-deploy',
          RootId: 'arn:aws:cloudformation:us-east-1:111122223333:stack/orders-api/1',
        },
      ],
    }
    const [r] = normalizeCloudformation(raw, scope)
    expect(r!.attributes).toMatchObject({ terminationProtection: true, driftStatus: 'NOT_CHECKED', outputSecrets: [], outputKeys: [] })
    expect(r!.relations).toEqual([
      { kind: 'uses-role', target: 'arn:aws:iam::111122223333:role/cfn-deploy' },
      { kind: 'notifies', target: 'arn:aws:sns:us-east-1:111122223333:stack-events' },
    ])
  })
})
