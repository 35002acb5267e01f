import { describe, expect, it } from 'vitest'
import type { EcrRepositoryAttributes } from '../../../normalize/aws/types.js'
import check from './aws-ecr-repository-encrypted-kms.js'
import { runCheck } from '../../_shared/testing.js'
import { repo } from './repository-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; over: Partial<EcrRepositoryAttributes>; expected: string }[] = [
    { name: 'KMS', over: {}, expected: 'pass' },
    { name: 'KMS_DSSE', over: { encryptionType: 'KMS_DSSE' }, expected: 'pass' },
    { name: 'AES256', over: { encryptionType: 'AES256', kmsKey: null }, expected: 'fail' },
  ]
  it.each(cases)('$name → $expected', ({ over, expected }) => {
    expect(runCheck(check, repo(over)).status).toBe(expected)
  })
  // Encryption comes from DescribeRepositories itself: a failed list leaves no repository to evaluate (no error case).
})
