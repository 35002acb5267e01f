import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import check from './aws-glue-connection-password-encrypted.js'
import { runCheck } from '../../_shared/testing.js'
import { base, catalog, type Settings } from './test-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; settings: Partial<Settings>; expected: string }[] = [
    {
      name: 'encrypted',
      settings: { connectionPasswordEncrypted: true, connectionPasswordKmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/0a1b' },
      expected: 'pass',
    },
    { name: 'plaintext passwords', settings: {}, expected: 'fail' },
  ]
  it.each(cases)('$name → $expected', ({ settings, expected }) => {
    const f = runCheck(check, catalog({ ...base, ...settings }))
    expect(f.status).toBe(expected)
    expect(f.message).toContain('us-east-1')
  })

  it('settings not collected → error', () => {
    expect(runCheck(check, catalog(unknown('glue:GetDataCatalogEncryptionSettings: AccessDenied'))).status).toBe('error')
  })
})
