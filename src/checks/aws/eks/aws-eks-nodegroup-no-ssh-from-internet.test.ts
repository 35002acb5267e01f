import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import check from './aws-eks-nodegroup-no-ssh-from-internet.js'
import { runCheck } from '../../_shared/testing.js'
import { nodegroup } from './fixtures.js'

describe(check.id, () => {
  const failed = unknown('eks:DescribeNodegroup: AccessDenied')
  const cases: { name: string; resource: ReturnType<typeof nodegroup>; expected: string }[] = [
    { name: 'no remote access', resource: nodegroup(), expected: 'pass' },
    {
      name: 'SSH limited to a bastion group',
      resource: nodegroup({ remoteAccess: { ec2SshKey: 'ops', sourceSecurityGroups: ['sg-0bastion'] } }),
      expected: 'pass',
    },
    {
      name: 'SSH key without source groups',
      resource: nodegroup({ remoteAccess: { ec2SshKey: 'ops', sourceSecurityGroups: [] } }),
      expected: 'fail',
    },
    { name: 'not collected', resource: nodegroup({ remoteAccess: failed }), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ resource, expected }) => {
    expect(runCheck(check, resource).status).toBe(expected)
  })
})
