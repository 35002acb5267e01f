import { describe, expect, it } from 'vitest'
import { unknown, type Maybe } from '../../../core/unknown.js'
import { AWS, type InstanceAttributes } from '../../../normalize/aws/types.js'
import check from './aws-ec2-instance-user-data-no-secrets.js'
import { awsFixture, runCheck } from '../../_shared/testing.js'

const instance = (userDataSecrets: Maybe<{ location: string; kind: string }[] | null> | undefined) =>
  awsFixture<InstanceAttributes>(AWS.ec2Instance, {
    instanceId: 'i-0abc',
    state: 'running',
    instanceType: 't3.micro',
    imageId: 'ami-0789',
    publicIp: null,
    securityGroupIds: ['sg-1'],
    subnetId: 'subnet-1',
    vpcId: 'vpc-1',
    instanceProfileArn: null,
    metadataOptions: { httpTokens: 'required', httpEndpoint: 'enabled', httpPutResponseHopLimit: 2 },
    launchTime: '2026-01-01T00:00:00.000Z',
    ...(userDataSecrets === undefined ? {} : { userDataSecrets }),
  })

describe(check.id, () => {
  const cases: { name: string; secrets: Maybe<{ location: string; kind: string }[] | null> | undefined; expected: string }[] = [
    { name: 'no user data', secrets: null, expected: 'pass' },
    { name: 'user data without secrets', secrets: [], expected: 'pass' },
    { name: 'private key in user data', secrets: [{ location: 'user data line 7', kind: 'private key' }], expected: 'fail' },
    { name: 'DescribeInstanceAttribute denied', secrets: unknown('ec2:DescribeInstanceAttribute: UnauthorizedOperation'), expected: 'error' },
    { name: 'source without user data (attribute absent)', secrets: undefined, expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ secrets, expected }) => {
    expect(runCheck(check, instance(secrets)).status).toBe(expected)
  })

  it('names the location and kind', () => {
    const f = runCheck(check, instance([{ location: 'user data line 7', kind: 'private key' }]))
    expect(f.message).toContain('private key in user data line 7')
  })
})
