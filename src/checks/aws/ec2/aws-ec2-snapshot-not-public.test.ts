import { describe, expect, it } from 'vitest'
import check from './aws-ec2-snapshot-not-public.js'
import { unknown, type Maybe } from '../../../core/unknown.js'
import { awsFixture, runCheck } from '../../_shared/testing.js'
import { AWS, type SnapshotAttributes } from '../../../normalize/aws/types.js'

const snapshot = (createVolumePermissions: Maybe<string[]>) =>
  awsFixture<SnapshotAttributes>(AWS.ec2Snapshot, { snapshotId: 'snap-0456', volumeId: 'vol-0123', encrypted: false, createVolumePermissions })

describe(check.id, () => {
  const cases: { name: string; perms: Maybe<string[]>; expected: 'pass' | 'fail' | 'error' }[] = [
    { name: 'public', perms: ['all'], expected: 'fail' },
    { name: 'public and shared', perms: ['444455556666', 'all'], expected: 'fail' },
    { name: 'private', perms: [], expected: 'pass' },
    { name: 'shared with one account', perms: ['444455556666'], expected: 'pass' },
    { name: 'attribute not collected', perms: unknown('ec2:DescribeSnapshotAttribute: UnauthorizedOperation'), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ perms, expected }) => {
    expect(runCheck(check, snapshot(perms)).status).toBe(expected)
  })
})
