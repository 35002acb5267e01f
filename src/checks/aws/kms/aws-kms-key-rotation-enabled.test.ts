import { describe, expect, it } from 'vitest'
import { Inventory } from '../../../core/inventory.js'
import { unknown } from '../../../core/unknown.js'
import { evaluate } from '../../../evaluate/engine.js'
import { AWS, type KmsKeyAttributes } from '../../../normalize/aws/types.js'
import check from './aws-kms-key-rotation-enabled.js'
import { awsFixture, TEST_NOW } from '../../_shared/testing.js'

const key = (attrs: Partial<KmsKeyAttributes>) =>
  awsFixture<KmsKeyAttributes>(AWS.kmsKey, {
    keyId: '1234abcd-12ab-34cd-56ef-1234567890ab',
    keyManager: 'CUSTOMER',
    keyState: 'Enabled',
    keySpec: 'SYMMETRIC_DEFAULT',
    keyUsage: 'ENCRYPT_DECRYPT',
    origin: 'AWS_KMS',
    rotationEnabled: true,
    policy: null,
    ...attrs,
  })

/** Status of the key's finding, or 'skipped' when the check does not apply to it. */
function statusOf(attrs: Partial<KmsKeyAttributes>): string {
  const findings = evaluate([check], new Inventory([key(attrs)]), () => [], TEST_NOW)
  return findings[0]?.status ?? 'skipped'
}

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<KmsKeyAttributes>; expected: string }[] = [
    { name: 'rotation on', attrs: { rotationEnabled: true }, expected: 'pass' },
    { name: 'rotation off', attrs: { rotationEnabled: false }, expected: 'fail' },
    { name: 'rotation status not collected', attrs: { rotationEnabled: unknown('kms:GetKeyRotationStatus: AccessDenied') }, expected: 'error' },
    { name: 'rotation status absent on an applicable key', attrs: { rotationEnabled: null }, expected: 'error' },
    { name: 'AWS-managed key', attrs: { keyManager: 'AWS', rotationEnabled: null }, expected: 'skipped' },
    { name: 'asymmetric key', attrs: { keySpec: 'RSA_2048', keyUsage: 'SIGN_VERIFY', rotationEnabled: null }, expected: 'skipped' },
    { name: 'HMAC key', attrs: { keySpec: 'HMAC_256', keyUsage: 'GENERATE_VERIFY_MAC', rotationEnabled: null }, expected: 'skipped' },
    { name: 'disabled key', attrs: { keyState: 'Disabled', rotationEnabled: false }, expected: 'skipped' },
    { name: 'pending deletion', attrs: { keyState: 'PendingDeletion', rotationEnabled: false }, expected: 'skipped' },
    { name: 'imported key material', attrs: { origin: 'EXTERNAL', rotationEnabled: false }, expected: 'skipped' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(statusOf(attrs)).toBe(expected)
  })
})
