import { describe, expect, it } from 'vitest'
import check from './aws-ec2-instance-uses-instance-profile.js'
import { Inventory } from '../../../core/inventory.js'
import { evaluate } from '../../../evaluate/engine.js'
import { awsFixture, runCheck, TEST_NOW } from '../../_shared/testing.js'
import { AWS, type InstanceAttributes } from '../../../normalize/aws/types.js'

const PROFILE = 'arn:aws:iam::111122223333:instance-profile/web'
const instance = (instanceProfileArn: string | null, state = 'running') =>
  awsFixture<InstanceAttributes>(AWS.ec2Instance, {
    instanceId: 'i-0abc',
    state,
    instanceType: 't3.micro',
    imageId: 'ami-0789',
    publicIp: '198.51.100.7',
    securityGroupIds: ['sg-1'],
    subnetId: 'subnet-1',
    vpcId: 'vpc-1',
    instanceProfileArn,
    metadataOptions: { httpTokens: 'required', httpEndpoint: 'enabled', httpPutResponseHopLimit: 1 },
    launchTime: '2026-01-01T00:00:00.000Z',
  })

describe(check.id, () => {
  const cases: { name: string; profile: string | null; state?: string; expected: 'pass' | 'fail' }[] = [
    { name: 'running without a profile', profile: null, expected: 'fail' },
    { name: 'stopped without a profile', profile: null, state: 'stopped', expected: 'fail' },
    { name: 'running with a profile', profile: PROFILE, expected: 'pass' },
  ]
  it.each(cases)('$name → $expected', ({ profile, state, expected }) => {
    expect(runCheck(check, instance(profile, state)).status).toBe(expected)
  })

  it.each(['terminated', 'shutting-down'])('gives no finding for %s instances', (state) => {
    expect(evaluate([check], new Inventory([instance(null, state)]), () => [], TEST_NOW)).toHaveLength(0)
  })
})
