import { describe, expect, it } from 'vitest'
import type { SecretsManagerSecretAttributes } from '../../../normalize/aws/types.js'
import check from './aws-secretsmanager-secret-rotation-enabled.js'
import { daysAgo, runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { secretFixture } from '../backup/management-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<SecretsManagerSecretAttributes>; expected: string }[] = [
    { name: 'rotation every 30 days', attrs: {}, expected: 'pass' },
    { name: 'rotation off', attrs: { rotationEnabled: false, rotationIntervalDays: null }, expected: 'fail' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, secretFixture(attrs)).status).toBe(expected)
  })

  it('skips secrets scheduled for deletion', () => {
    expect(() => runCheck(check, secretFixture({ rotationEnabled: false, deletedDate: daysAgo(1) }))).toThrow(/got 0/)
  })

  // Everything it reads comes from ListSecrets itself: a failed list yields a scope-level ERROR instead.
  it('a failed ListSecrets → error', () => {
    expect(statusesWhenListFails(check, 'secretsmanager', 'ListSecrets')).toEqual(['error'])
  })
})
