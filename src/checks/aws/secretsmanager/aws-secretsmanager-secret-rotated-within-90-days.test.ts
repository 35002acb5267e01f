import { describe, expect, it } from 'vitest'
import type { SecretsManagerSecretAttributes } from '../../../normalize/aws/types.js'
import check from './aws-secretsmanager-secret-rotated-within-90-days.js'
import { daysAgo, runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { secretFixture } from '../backup/management-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<SecretsManagerSecretAttributes>; expected: string }[] = [
    { name: 'rotated 10 days ago', attrs: {}, expected: 'pass' },
    { name: 'rotated 120 days ago', attrs: { lastRotatedDate: daysAgo(120) }, expected: 'fail' },
    { name: 'never rotated, created 30 days ago', attrs: { lastRotatedDate: null, createdDate: daysAgo(30) }, expected: 'pass' },
    { name: 'never rotated, created 400 days ago', attrs: { lastRotatedDate: null }, expected: 'fail' },
    { name: 'no dates at all', attrs: { lastRotatedDate: null, createdDate: null }, expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, secretFixture(attrs)).status).toBe(expected)
  })

  it('a failed ListSecrets → error', () => {
    expect(statusesWhenListFails(check, 'secretsmanager', 'ListSecrets')).toEqual(['error'])
  })
})
