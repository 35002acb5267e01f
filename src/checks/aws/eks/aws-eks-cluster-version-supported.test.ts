import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import check from './aws-eks-cluster-version-supported.js'
import { runCheck } from '../../_shared/testing.js'
import { cluster } from './fixtures.js'

describe(check.id, () => {
  const failed = unknown('eks:DescribeCluster: AccessDenied')
  const cases: { name: string; resource: ReturnType<typeof cluster>; expected: string }[] = [
    { name: '1.34 (standard support until 2026-12-02)', resource: cluster(), expected: 'pass' },
    { name: '1.33 (until 2026-07-29)', resource: cluster({ version: '1.33' }), expected: 'pass' },
    { name: '1.40 (newer than the table)', resource: cluster({ version: '1.40' }), expected: 'pass' },
    { name: '1.32 (ended 2026-03-23)', resource: cluster({ version: '1.32' }), expected: 'fail' },
    { name: '1.29 (extended support ended)', resource: cluster({ version: '1.29' }), expected: 'fail' },
    { name: '1.21 (older than the table)', resource: cluster({ version: '1.21' }), expected: 'fail' },
    { name: 'not collected', resource: cluster({ version: failed }), expected: 'error' },
    { name: 'unparsable', resource: cluster({ version: 'latest' }), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ resource, expected }) => {
    expect(runCheck(check, resource).status).toBe(expected)
  })
})
