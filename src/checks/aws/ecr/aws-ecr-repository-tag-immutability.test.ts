import { describe, expect, it } from 'vitest'
import check from './aws-ecr-repository-tag-immutability.js'
import { runCheck } from '../../_shared/testing.js'
import { repo } from './repository-fixtures.js'

describe(check.id, () => {
  const cases: { imageTagMutability: string; expected: string }[] = [
    { imageTagMutability: 'IMMUTABLE', expected: 'pass' },
    { imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION', expected: 'pass' },
    { imageTagMutability: 'MUTABLE', expected: 'fail' },
    { imageTagMutability: 'MUTABLE_WITH_EXCLUSION', expected: 'fail' },
  ]
  it.each(cases)('$imageTagMutability → $expected', ({ imageTagMutability, expected }) => {
    expect(runCheck(check, repo({ imageTagMutability })).status).toBe(expected)
  })
  // Tag mutability comes from DescribeRepositories itself: a failed list leaves no repository to evaluate (no error case).
})
