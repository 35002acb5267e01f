import { describe, expect, it } from 'vitest'
import check from './aws-ec2-nacl-no-admin-ports-from-internet.js'
import { awsFixture, runCheck } from '../../_shared/testing.js'
import { naclEntry as e } from '../../_shared/network-testing.js'
import { AWS, type NaclEntry, type NetworkAclAttributes } from '../../../normalize/aws/types.js'

const acl = (entries: NaclEntry[]) =>
  awsFixture<NetworkAclAttributes>(AWS.ec2NetworkAcl, {
    networkAclId: 'acl-0f1e',
    vpcId: 'vpc-1',
    isDefault: false,
    entries,
    subnetIds: ['subnet-1'],
  })

const defaults = [e(32767, 'deny', '-1', null, '0.0.0.0/0'), e(100, 'allow', '-1', null, '0.0.0.0/0', true)]

describe(check.id, () => {
  const cases: { name: string; entries: NaclEntry[]; expected: 'pass' | 'fail' }[] = [
    { name: 'default ACL: allow all inbound', entries: [e(100, 'allow', '-1', null, '0.0.0.0/0'), ...defaults], expected: 'fail' },
    { name: 'allow 3389 from ::/0', entries: [e(110, 'allow', '6', [3389, 3389], '::/0'), ...defaults], expected: 'fail' },
    {
      name: 'deny 22 first, 3389 still open',
      entries: [e(90, 'deny', '6', [22, 22], '0.0.0.0/0'), e(100, 'allow', '-1', null, '0.0.0.0/0'), ...defaults],
      expected: 'fail',
    },
    {
      name: 'deny 22 and 3389 first',
      entries: [
        e(80, 'deny', '6', [22, 22], '0.0.0.0/0'),
        e(90, 'deny', '6', [3389, 3389], '0.0.0.0/0'),
        e(100, 'allow', '-1', null, '0.0.0.0/0'),
        ...defaults,
      ],
      expected: 'pass',
    },
    {
      name: 'only web ports from the internet',
      entries: [e(100, 'allow', '6', [443, 443], '0.0.0.0/0'), e(110, 'allow', '6', [32768, 65535], '0.0.0.0/0'), ...defaults],
      expected: 'pass',
    },
    { name: 'ephemeral range 1024-65535 covers 3389', entries: [e(110, 'allow', '6', [1024, 65535], '0.0.0.0/0'), ...defaults], expected: 'fail' },
    { name: 'SSH from a corporate range', entries: [e(100, 'allow', '6', [22, 22], '198.51.100.0/24'), ...defaults], expected: 'pass' },
  ]
  it.each(cases)('$name → $expected', ({ entries, expected }) => {
    expect(runCheck(check, acl(entries)).status).toBe(expected)
  })

  it('names the allowing entry and the port', () => {
    const f = runCheck(check, acl([e(90, 'deny', '6', [22, 22], '0.0.0.0/0'), e(100, 'allow', '-1', null, '0.0.0.0/0')]))
    expect(f.message).toBe('Network ACL acl-0f1e admits port 3389 via rule 100 allow all traffic from 0.0.0.0/0.')
  })
})
