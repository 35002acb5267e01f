import { describe, expect, it } from 'vitest'
import { Inventory } from '../../../core/inventory.js'
import { evaluate } from '../../../evaluate/engine.js'
import { AWS, type SubnetAttributes } from '../../../normalize/aws/types.js'
import check from './aws-lambda-function-vpc-multi-az.js'
import { awsFixture, runCheck, TEST_NOW } from '../../_shared/testing.js'
import { lambdaFn } from './function-fixtures.js'

const subnetUid = (id: string) => `arn:aws:ec2:us-east-1:111122223333:subnet/${id}`
const subnet = (id: string, az: string) =>
  awsFixture<SubnetAttributes>(
    AWS.ec2Subnet,
    { subnetId: id, vpcId: 'vpc-1', cidrBlock: '10.0.0.0/24', availabilityZone: az, mapPublicIpOnLaunch: false },
    { uid: subnetUid(id), name: id },
  )
const inVpc = (...ids: string[]) =>
  lambdaFn({
    vpc: { vpcId: 'vpc-1', subnetIds: ids, securityGroupIds: ['sg-1'] },
  })
const withRelations = (ids: string[]) => {
  const fn = inVpc(...ids)
  fn.relations = ids.map((id) => ({ kind: 'in-subnet', target: subnetUid(id) }))
  return fn
}

describe(check.id, () => {
  const subnets = [subnet('subnet-a', 'us-east-1a'), subnet('subnet-b', 'us-east-1b'), subnet('subnet-c', 'us-east-1a')]
  const cases: { name: string; ids: string[]; expected: string }[] = [
    { name: 'two zones', ids: ['subnet-a', 'subnet-b'], expected: 'pass' },
    { name: 'two subnets in one zone', ids: ['subnet-a', 'subnet-c'], expected: 'fail' },
    { name: 'one subnet', ids: ['subnet-a'], expected: 'fail' },
    { name: 'subnet not in the inventory', ids: ['subnet-a', 'subnet-zzz'], expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ ids, expected }) => {
    expect(runCheck(check, withRelations(ids), subnets).status).toBe(expected)
  })

  it('gives no finding for functions outside a VPC', () => {
    expect(evaluate([check], new Inventory([lambdaFn()]), () => [], TEST_NOW)).toHaveLength(0)
  })
})
