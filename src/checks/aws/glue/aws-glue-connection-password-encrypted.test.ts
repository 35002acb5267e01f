import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import { AWS, settingUid, type GlueDataCatalogEncryptionAttributes } from '../../../normalize/aws/types.js'
import check from './aws-glue-connection-password-encrypted.js'
import { awsFixture, runCheck } from '../../_shared/testing.js'

type Settings = Exclude<GlueDataCatalogEncryptionAttributes['settings'], { $unknown: string }>
const catalog = (settings: GlueDataCatalogEncryptionAttributes['settings']) =>
  awsFixture<GlueDataCatalogEncryptionAttributes>(
    AWS.glueDataCatalogEncryption,
    { settings },
    { uid: settingUid('111122223333', 'us-east-1', 'glue-data-catalog-encryption') },
  )
const base: Settings = {
  catalogEncryptionMode: 'DISABLED',
  catalogKmsKeyId: null,
  connectionPasswordEncrypted: false,
  connectionPasswordKmsKeyId: null,
}

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
