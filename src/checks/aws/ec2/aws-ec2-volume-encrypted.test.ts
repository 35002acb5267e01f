import { describe, expect, it } from 'vitest'
import check from './aws-ec2-volume-encrypted.js'
import { awsFixture, runCheck } from '../../_shared/testing.js'
import { AWS, type VolumeAttributes } from '../../../normalize/aws/types.js'

const volume = (encrypted: boolean, attachedInstanceIds: string[] = ['i-0abc']) =>
  awsFixture<VolumeAttributes>(AWS.ec2Volume, {
    volumeId: 'vol-0123',
    sizeGiB: 8,
    state: 'in-use',
    encrypted,
    kmsKeyId: encrypted ? 'arn:aws:kms:us-east-1:111122223333:key/k1' : null,
    attachedInstanceIds,
  })

describe(check.id, () => {
  const cases: { name: string; encrypted: boolean; attached?: string[]; expected: 'pass' | 'fail'; says: string }[] = [
    { name: 'encrypted', encrypted: true, expected: 'pass', says: 'key/k1' },
    { name: 'unencrypted and attached', encrypted: false, expected: 'fail', says: 'attached to i-0abc' },
    { name: 'unencrypted and detached', encrypted: false, attached: [], expected: 'fail', says: 'not attached' },
  ]
  it.each(cases)('$name → $expected', ({ encrypted, attached, expected, says }) => {
    const f = runCheck(check, volume(encrypted, attached))
    expect(f.status).toBe(expected)
    expect(f.message).toContain(says)
  })
})
