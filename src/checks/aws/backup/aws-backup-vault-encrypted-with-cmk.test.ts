import { describe, expect, it } from 'vitest'
import type { Resource } from '../../../core/resource.js'
import type { BackupVaultAttributes } from '../../../normalize/aws/types.js'
import check from './aws-backup-vault-encrypted-with-cmk.js'
import { runCheck } from '../../_shared/testing.js'
import { kmsKeyFixture, vaultFixture } from './management-fixtures.js'

const CMK = '1234abcd-12ab-34cd-56ef-1234567890ab'
const AWS_KEY = '0987dcba-09fe-87dc-65ba-ab0987654321'
const arn = (id: string) => `arn:aws:kms:us-east-1:111122223333:key/${id}`
const keys = [kmsKeyFixture(CMK, 'CUSTOMER'), kmsKeyFixture(AWS_KEY, 'AWS')] as Resource<unknown>[]

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<BackupVaultAttributes>; expected: string }[] = [
    { name: 'aws/backup key (by ARN)', attrs: { encryptionKeyArn: arn(AWS_KEY) }, expected: 'fail' },
    { name: 'no key returned', attrs: { encryptionKeyArn: null }, expected: 'fail' },
    { name: 'customer-managed key', attrs: { encryptionKeyArn: arn(CMK) }, expected: 'pass' },
    { name: 'key not among collected keys', attrs: { encryptionKeyArn: arn('ffff0000-12ab-34cd-56ef-1234567890ab') }, expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, vaultFixture(attrs), keys).status).toBe(expected)
  })

  it('does not apply to logically air-gapped vaults', () => {
    expect(() => runCheck(check, vaultFixture({ vaultType: 'LOGICALLY_AIR_GAPPED_BACKUP_VAULT' }), keys)).toThrow(/got 0/)
  })
})
