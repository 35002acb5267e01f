import { describe, expect, it } from 'vitest'
import type { BackupVaultAttributes } from '../../../normalize/aws/types.js'
import check from './aws-backup-vault-lock-enabled.js'
import { daysAgo, runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { vaultFixture } from './management-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<BackupVaultAttributes>; expected: string }[] = [
    { name: 'no lock', attrs: {}, expected: 'fail' },
    { name: 'governance mode', attrs: { locked: true, minRetentionDays: 7 }, expected: 'pass' },
    { name: 'compliance mode', attrs: { locked: true, minRetentionDays: 30, lockDate: daysAgo(100) }, expected: 'pass' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, vaultFixture(attrs)).status).toBe(expected)
  })

  it('a failed ListBackupVaults → error', () => {
    expect(statusesWhenListFails(check, 'backup', 'ListBackupVaults')).toEqual(['error'])
  })
})
