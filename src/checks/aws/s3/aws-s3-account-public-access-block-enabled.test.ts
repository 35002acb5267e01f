import { describe, expect, it } from 'vitest'
import check from './aws-s3-account-public-access-block-enabled.js'
import { unknown, type Maybe } from '../../../core/unknown.js'
import type { PublicAccessBlock } from '../../../normalize/aws/types.js'
import { runCheck } from '../../_shared/testing.js'
import { accountBlockFixture, BLOCK_ALL, BLOCK_NONE } from '../../_shared/s3-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; config: Maybe<PublicAccessBlock | null>; expected: 'pass' | 'fail' | 'error'; says: string }[] = [
    { name: 'not configured', config: null, expected: 'fail', says: 'no account-level' },
    {
      name: 'configured, all off',
      config: BLOCK_NONE,
      expected: 'fail',
      says: 'BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy, RestrictPublicBuckets',
    },
    {
      name: 'RestrictPublicBuckets off',
      config: { ...BLOCK_ALL, restrictPublicBuckets: false },
      expected: 'fail',
      says: 'RestrictPublicBuckets turned off',
    },
    { name: 'all four on', config: BLOCK_ALL, expected: 'pass', says: 'All four' },
    { name: 'not collected', config: unknown('s3control:GetPublicAccessBlock: AccessDenied'), expected: 'error', says: 'AccessDenied' },
  ]
  it.each(cases)('$name → $expected', ({ config, expected, says }) => {
    const f = runCheck(check, accountBlockFixture(config))
    expect(f.status).toBe(expected)
    expect(f.message).toContain(says)
  })
})
