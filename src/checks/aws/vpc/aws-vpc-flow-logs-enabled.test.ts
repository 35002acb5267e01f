import { describe, expect, it } from 'vitest'
import check from './aws-vpc-flow-logs-enabled.js'
import { unknown, type Maybe } from '../../../core/unknown.js'
import { awsFixture, runCheck } from '../../_shared/testing.js'
import { AWS, type FlowLog, type VpcAttributes } from '../../../normalize/aws/types.js'

const vpc = (flowLogs: Maybe<FlowLog[]>) =>
  awsFixture<VpcAttributes>(AWS.ec2Vpc, { vpcId: 'vpc-0aa1', cidrBlock: '10.0.0.0/16', isDefault: false, flowLogs })
const log = (status: string): FlowLog => ({ id: 'fl-01', status, trafficType: 'ALL', destinationType: 's3' })

describe(check.id, () => {
  const cases: { name: string; logs: Maybe<FlowLog[]>; expected: 'pass' | 'fail' | 'error' }[] = [
    { name: 'no flow logs', logs: [], expected: 'fail' },
    { name: 'active flow log', logs: [log('ACTIVE')], expected: 'pass' },
    { name: 'status not reported', logs: [log('')], expected: 'pass' },
    { name: 'only a failed flow log', logs: [log('FAILED')], expected: 'fail' },
    { name: 'one failed, one active', logs: [log('FAILED'), { ...log('ACTIVE'), id: 'fl-02' }], expected: 'pass' },
    { name: 'flow logs not collected', logs: unknown('ec2:DescribeFlowLogs: UnauthorizedOperation'), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ logs, expected }) => {
    expect(runCheck(check, vpc(logs)).status).toBe(expected)
  })
})
