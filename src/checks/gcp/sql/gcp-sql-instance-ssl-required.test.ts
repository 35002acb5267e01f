import { describe, expect, it } from 'vitest'
import check from './gcp-sql-instance-ssl-required.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { sqlInstanceFixture } from '../../_shared/gcp-data-fixtures.js'

describe(check.id, () => {
  it.each([
    { name: 'ENCRYPTED_ONLY', sslMode: 'ENCRYPTED_ONLY', requireSsl: false, expected: 'pass' },
    { name: 'client certificates required', sslMode: 'TRUSTED_CLIENT_CERTIFICATE_REQUIRED', requireSsl: true, expected: 'pass' },
    { name: 'legacy requireSsl without sslMode', sslMode: null, requireSsl: true, expected: 'pass' },
    { name: 'unencrypted allowed', sslMode: 'ALLOW_UNENCRYPTED_AND_ENCRYPTED', requireSsl: false, expected: 'fail' },
    { name: 'sslMode wins over requireSsl', sslMode: 'ALLOW_UNENCRYPTED_AND_ENCRYPTED', requireSsl: true, expected: 'fail' },
    { name: 'nothing set', sslMode: null, requireSsl: false, expected: 'fail' },
  ])('$name → $expected', ({ sslMode, requireSsl, expected }) => {
    expect(runCheck(check, sqlInstanceFixture({ sslMode, requireSsl })).status).toBe(expected)
  })

  it('instance list not collected → error, never pass', () => {
    expect(statusesWhenListFails(check, 'sql', 'sqladmin.instances.list')).toEqual(['error'])
  })
})
