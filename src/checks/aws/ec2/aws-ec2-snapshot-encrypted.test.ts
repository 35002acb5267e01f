import { describe, expect, it } from 'vitest'
import check from './aws-ec2-snapshot-encrypted.js'
import { awsFixture, runCheck } from '../../_shared/testing.js'
import { AWS, type SnapshotAttributes } from '../../../normalize/aws/types.js'

const snapshot = (encrypted: boolean, volumeId: string | null = 'vol-0123') =>
  awsFixture<SnapshotAttributes>(AWS.ec2Snapshot, { snapshotId: 'snap-0456', volumeId, encrypted, createVolumePermissions: [] })

describe(check.id, () => {
  const cases: { name: string; encrypted: boolean; volumeId?: string | null; expected: 'pass' | 'fail'; says: string }[] = [
    { name: 'encrypted', encrypted: true, expected: 'pass', says: 'snap-0456 (of volume vol-0123) is encrypted' },
    { name: 'unencrypted', encrypted: false, expected: 'fail', says: 'snap-0456 (of volume vol-0123) is not encrypted' },
    {
      name: 'unencrypted copy without source volume',
      encrypted: false,
      volumeId: null,
      expected: 'fail',
      says: 'Snapshot snap-0456 is not encrypted',
    },
  ]
  it.each(cases)('$name → $expected', ({ encrypted, volumeId, expected, says }) => {
    const f = runCheck(check, snapshot(encrypted, volumeId))
    expect(f.status).toBe(expected)
    expect(f.message).toContain(says)
  })
})
