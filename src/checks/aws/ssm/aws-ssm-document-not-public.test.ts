import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import type { SsmDocumentAttributes } from '../../../normalize/aws/types.js'
import check from './aws-ssm-document-not-public.js'
import { runCheck } from '../../_shared/testing.js'
import { documentFixture } from '../backup/management-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<SsmDocumentAttributes>; expected: string }[] = [
    { name: 'not shared', attrs: {}, expected: 'pass' },
    { name: 'shared with one account', attrs: { sharedWith: ['444455556666'] }, expected: 'pass' },
    { name: 'shared with all', attrs: { sharedWith: ['all'] }, expected: 'fail' },
    { name: 'shared with All and an account', attrs: { sharedWith: ['444455556666', 'All'] }, expected: 'fail' },
    { name: 'permissions not collected', attrs: { sharedWith: unknown('ssm:DescribeDocumentPermission: AccessDenied') }, expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, documentFixture(attrs)).status).toBe(expected)
  })
})
