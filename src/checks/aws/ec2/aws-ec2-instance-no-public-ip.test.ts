import { describe, expect, it } from 'vitest'
import check from './aws-ec2-instance-no-public-ip.js'
import { Inventory } from '../../../core/inventory.js'
import { evaluate } from '../../../evaluate/engine.js'
import { awsFixture, runCheck, TEST_NOW } from '../../_shared/testing.js'
import { AWS, type InstanceAttributes } from '../../../normalize/aws/types.js'

const instance = (publicIp: string | null, state = 'running') =>
  awsFixture<InstanceAttributes>(AWS.ec2Instance, {
    instanceId: 'i-0abc',
    state,
    instanceType: 't3.micro',
    imageId: 'ami-0789',
    publicIp,
    securityGroupIds: ['sg-1'],
    subnetId: 'subnet-1',
    vpcId: 'vpc-1',
    instanceProfileArn: null,
    metadataOptions: { httpTokens: 'required', httpEndpoint: 'enabled', httpPutResponseHopLimit: 2 },
    launchTime: '2026-01-01T00:00:00.000Z',
  })

describe(check.id, () => {
  const cases: { name: string; publicIp: string | null; expected: 'pass' | 'fail'; says: string }[] = [
    { name: 'public IP', publicIp: '203.0.113.10', expected: 'fail', says: 'i-0abc in subnet-1 has the public IPv4 address 203.0.113.10' },
    { name: 'private only', publicIp: null, expected: 'pass', says: 'i-0abc in subnet-1 has no public IPv4 address' },
  ]
  it.each(cases)('$name → $expected', ({ publicIp, expected, says }) => {
    const f = runCheck(check, instance(publicIp))
    expect(f.status).toBe(expected)
    expect(f.message).toContain(says)
  })

  it.each(['stopped', 'pending', 'terminated'])('gives no finding for %s instances', (state) => {
    const findings = evaluate([check], new Inventory([instance('203.0.113.10', state)]), () => [], TEST_NOW)
    expect(findings).toHaveLength(0)
  })
})
