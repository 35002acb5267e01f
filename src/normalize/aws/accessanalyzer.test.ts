import { describe, expect, it } from 'vitest'
import { unknown } from '../../core/unknown.js'
import type { CallResult } from '../../collect/collector.js'
import type { AccessanalyzerRaw } from '../../collect/aws/accessanalyzer.js'
import { normalizeAccessanalyzer } from './accessanalyzer.js'
import { AWS, type AccessAnalyzersAttributes } from './types.js'

const scope = { account: '111122223333', region: 'eu-west-1', regions: ['eu-west-1'] }
const failed: CallResult<never> = { ok: false, reason: 'InternalFailure: 500', code: 'InternalFailure' }
const summary = {
  arn: 'arn:aws:access-analyzer:eu-west-1:111122223333:analyzer/ConsoleAnalyzer-1a2b',
  name: 'ConsoleAnalyzer-1a2b',
  type: 'ACCOUNT' as const,
  createdAt: new Date('2024-01-10T09:00:00Z'),
  lastResourceAnalyzed: 'arn:aws:s3:::logs-111122223333',
  lastResourceAnalyzedAt: new Date('2024-06-01T00:00:00Z'),
  tags: {},
  status: 'ACTIVE' as const,
}

describe('normalizeAccessanalyzer', () => {
  const cases: { name: string; raw: AccessanalyzerRaw; expected: AccessAnalyzersAttributes }[] = [
    {
      name: 'one active account analyzer',
      raw: { analyzers: { ok: true, value: [summary] } },
      expected: { analyzers: [{ name: 'ConsoleAnalyzer-1a2b', arn: summary.arn, type: 'ACCOUNT', status: 'ACTIVE' }] },
    },
    { name: 'no analyzers (known absent)', raw: { analyzers: { ok: true, value: [] } }, expected: { analyzers: [] } },
    {
      name: 'ListAnalyzers failed → Unknown',
      raw: { analyzers: failed },
      expected: { analyzers: unknown('access-analyzer:ListAnalyzers: InternalFailure: 500') },
    },
  ]
  it.each(cases)('$name', ({ raw, expected }) => {
    const rs = normalizeAccessanalyzer(raw, scope)
    expect(rs).toHaveLength(1)
    expect(rs[0]).toMatchObject({ uid: 'aws:111122223333:eu-west-1:access-analyzers', type: AWS.accessAnalyzers, region: 'eu-west-1' })
    expect(rs[0]!.attributes).toEqual(expected)
  })
})
