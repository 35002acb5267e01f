import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import { AWS, settingUid, type AccessAnalyzer, type AccessAnalyzersAttributes } from '../../../normalize/aws/types.js'
import check from './aws-accessanalyzer-enabled.js'
import { awsFixture, runCheck } from '../../_shared/testing.js'

const an = (attrs: Partial<AccessAnalyzer> = {}): AccessAnalyzer => ({
  name: 'default',
  arn: 'arn:aws:access-analyzer:us-east-1:111122223333:analyzer/default',
  type: 'ACCOUNT',
  status: 'ACTIVE',
  ...attrs,
})
const setting = (analyzers: AccessAnalyzersAttributes['analyzers']) =>
  awsFixture<AccessAnalyzersAttributes>(
    AWS.accessAnalyzers,
    { analyzers },
    { uid: settingUid('111122223333', 'us-east-1', 'access-analyzers'), name: 'access-analyzers' },
  )

describe(check.id, () => {
  const cases: { name: string; analyzers: AccessAnalyzersAttributes['analyzers']; expected: string; says: string }[] = [
    { name: 'active account analyzer', analyzers: [an()], expected: 'pass', says: 'Analyzer default (ACCOUNT) is active in us-east-1' },
    { name: 'active organization analyzer', analyzers: [an({ name: 'org', type: 'ORGANIZATION' })], expected: 'pass', says: 'org (ORGANIZATION)' },
    { name: 'no analyzer', analyzers: [], expected: 'fail', says: 'No external-access IAM Access Analyzer exists in us-east-1' },
    {
      name: 'only an unused-access analyzer',
      analyzers: [an({ name: 'unused', type: 'ACCOUNT_UNUSED_ACCESS' })],
      expected: 'fail',
      says: 'No external-access',
    },
    { name: 'analyzer failed', analyzers: [an({ status: 'FAILED' })], expected: 'fail', says: 'default is FAILED' },
    {
      name: 'ListAnalyzers failed (moto: 500)',
      analyzers: unknown('access-analyzer:ListAnalyzers: InternalFailure'),
      expected: 'error',
      says: 'ListAnalyzers',
    },
  ]
  it.each(cases)('$name → $expected', ({ analyzers, expected, says }) => {
    const f = runCheck(check, setting(analyzers))
    expect(f.status).toBe(expected)
    expect(f.message).toContain(says)
  })
})
