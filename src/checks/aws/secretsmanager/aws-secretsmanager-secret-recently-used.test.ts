import { describe, expect, it } from 'vitest'
import type { SecretsManagerSecretAttributes } from '../../../normalize/aws/types.js'
import check from './aws-secretsmanager-secret-recently-used.js'
import { daysAgo, runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { secretFixture } from '../backup/management-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<SecretsManagerSecretAttributes>; expected: string }[] = [
    { name: 'accessed yesterday', attrs: {}, expected: 'pass' },
    { name: 'accessed 200 days ago', attrs: { lastAccessedDate: daysAgo(200) }, expected: 'fail' },
    { name: 'never accessed, created 400 days ago', attrs: { lastAccessedDate: null }, expected: 'fail' },
    { name: 'never accessed, created 5 days ago', attrs: { lastAccessedDate: null, createdDate: daysAgo(5) }, expected: 'pass' },
    { name: 'no dates', attrs: { lastAccessedDate: null, createdDate: null }, expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, secretFixture(attrs)).status).toBe(expected)
  })

  it('a failed ListSecrets → error', () => {
    expect(statusesWhenListFails(check, 'secretsmanager', 'ListSecrets')).toEqual(['error'])
  })
})
