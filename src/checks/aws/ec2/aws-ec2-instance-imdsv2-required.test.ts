import { describe, expect, it } from 'vitest'
import check from './aws-ec2-instance-imdsv2-required.js'
import { Inventory } from '../../../core/inventory.js'
import { evaluate } from '../../../evaluate/engine.js'
import { awsFixture, runCheck, TEST_NOW } from '../../_shared/testing.js'
import { AWS, type InstanceAttributes } from '../../../normalize/aws/types.js'

type Md = InstanceAttributes['metadataOptions']
const instance = (metadataOptions: Md, state = 'running') =>
  awsFixture<InstanceAttributes>(AWS.ec2Instance, {
    instanceId: 'i-0abc',
    state,
    instanceType: 't3.micro',
    imageId: 'ami-0789',
    publicIp: null,
    securityGroupIds: ['sg-1'],
    subnetId: 'subnet-1',
    vpcId: 'vpc-1',
    instanceProfileArn: null,
    metadataOptions,
    launchTime: '2026-01-01T00:00:00.000Z',
  })

describe(check.id, () => {
  const cases: { name: string; md: Md; state?: string; expected: 'pass' | 'fail' | 'error' }[] = [
    { name: 'IMDSv1 allowed', md: { httpTokens: 'optional', httpEndpoint: 'enabled', httpPutResponseHopLimit: 1 }, expected: 'fail' },
    {
      name: 'IMDSv1 allowed on a stopped instance',
      md: { httpTokens: 'optional', httpEndpoint: 'enabled', httpPutResponseHopLimit: 1 },
      state: 'stopped',
      expected: 'fail',
    },
    { name: 'IMDSv2 required', md: { httpTokens: 'required', httpEndpoint: 'enabled', httpPutResponseHopLimit: 2 }, expected: 'pass' },
    { name: 'endpoint disabled', md: { httpTokens: 'optional', httpEndpoint: 'disabled', httpPutResponseHopLimit: null }, expected: 'pass' },
    { name: 'metadata options not reported', md: null, expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ md, state, expected }) => {
    expect(runCheck(check, instance(md, state)).status).toBe(expected)
  })

  it('gives no finding for terminated instances', () => {
    const findings = evaluate([check], new Inventory([instance(null, 'terminated')]), () => [], TEST_NOW)
    expect(findings).toHaveLength(0)
  })
})
