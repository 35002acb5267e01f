import { describe, expect, it } from 'vitest'
import { AWS, type EfsFileSystemAttributes } from '../../../normalize/aws/types.js'
import check from './aws-efs-file-system-encrypted.js'
import { awsFixture, runCheck } from '../../_shared/testing.js'

const KEY = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'
const fs = (attrs: Partial<EfsFileSystemAttributes>) =>
  awsFixture<EfsFileSystemAttributes>(AWS.efsFileSystem, {
    fileSystemId: 'fs-0123456789abcdef0',
    encrypted: true,
    kmsKeyId: KEY,
    policy: null,
    ...attrs,
  })

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<EfsFileSystemAttributes>; expected: string }[] = [
    { name: 'encrypted with a customer key', attrs: {}, expected: 'pass' },
    { name: 'not encrypted', attrs: { encrypted: false, kmsKeyId: null }, expected: 'fail' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, fs(attrs)).status).toBe(expected)
  })
})
