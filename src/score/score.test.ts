import { describe, expect, it } from 'vitest'
import type { Severity, Status } from '../core/finding.js'
import type { Framework } from '../frameworks/types.js'
import { postureScore, requirementStatus, scoreCompliance, scoreFramework, findingsByCheck, type ScoredFinding } from './score.js'

function f(
  checkId: string,
  status: Status,
  uid: string,
  opts: { account?: string; region?: string; severity?: Severity; muted?: boolean } = {},
): ScoredFinding {
  return {
    checkId,
    status,
    severity: opts.severity ?? 'high',
    resource: { uid, type: 't', provider: 'aws', account: opts.account ?? '111111111111', region: opts.region ?? 'us-east-1', name: uid },
    ...(opts.muted ? { muted: { suppressionId: 's', reason: 'r', owner: 'o', expiresAt: null } } : {}),
  }
}

// Six requirements, one of each verdict, over two sections.
const FW: Framework = {
  id: 'test',
  name: 'Test framework',
  version: '1',
  provider: 'multi',
  source: 'https://example.com',
  requirements: [
    { id: '1.1', section: 'A', title: 'all pass', checks: ['c-pass'] },
    { id: '1.2', section: 'A', title: 'one fails', checks: ['c-pass', 'c-fail'] },
    { id: '1.3', section: 'A', title: 'error only', checks: ['c-error'] },
    { id: '2.1', section: 'B', title: 'no finding', checks: ['c-none'] },
    { id: '2.2', section: 'B', title: 'needs a person', checks: [], manual: true },
    { id: '2.3', section: 'B', title: 'not covered yet', checks: [] },
  ],
}

const FINDINGS = [
  f('c-pass', 'pass', 'r1'),
  f('c-pass', 'pass', 'r2', { account: '222222222222', region: 'eu-west-1' }),
  f('c-fail', 'fail', 'r3', { account: '222222222222', region: 'eu-west-1' }),
  f('c-fail', 'pass', 'r1'),
  f('c-error', 'error', 'aws:111111111111:us-east-1:t/*'),
]

describe('compliance scores (hand-calculated)', () => {
  const result = scoreFramework(FW, findingsByCheck(FINDINGS))

  it('gives each requirement its verdict', () => {
    expect(result.requirements.map((r) => [r.id, r.status])).toEqual([
      ['1.1', 'pass'],
      ['1.2', 'fail'],
      ['1.3', 'undetermined'],
      ['2.1', 'no-data'],
      ['2.2', 'manual'],
      ['2.3', 'unmapped'],
    ])
    // 1.2: c-pass on r1 and r2, c-fail on r3 (fail) and r1 (pass): 3 pass, 1 fail over 3 resources.
    expect(result.requirements[1]).toMatchObject({ findings: { pass: 3, fail: 1, error: 0, muted: 0 }, resources: 3 })
  })

  it('scores passed / (passed + failed): 1 / (1 + 1) = 50 %, the rest reported apart', () => {
    expect(result.summary).toEqual({ total: 6, passed: 1, failed: 1, undetermined: 1, noData: 1, manual: 1, unmapped: 1, score: 50 })
  })

  it('scores sections, accounts and regions on their own findings', () => {
    expect(result.sections.map((s) => [s.section, s.summary.score])).toEqual([
      ['A', 50],
      ['B', null],
    ])
    // Account 111…: 1.1 pass (r1), 1.2 pass (r1 passes both checks), 1.3 undetermined → 2/2 = 100 %.
    // Account 222…: 1.1 pass (r2), 1.2 fail (r3) → 1/2 = 50 %; 1.3 has no data there.
    expect(result.accounts.map((a) => [a.account, a.summary.score, a.summary.undetermined, a.summary.noData])).toEqual([
      ['111111111111', 100, 1, 1],
      ['222222222222', 50, 0, 2],
    ])
    expect(result.regions.map((r) => [r.region, r.summary.passed, r.summary.failed])).toEqual([
      ['eu-west-1', 1, 1],
      ['us-east-1', 2, 0],
    ])
  })

  it('never counts an accepted (muted) failure as a pass, nor as a failure', () => {
    const counts = { pass: 0, fail: 0, error: 0, muted: 2 }
    expect(requirementStatus({ checks: ['x'] }, counts)).toBe('no-data')
    expect(requirementStatus({ checks: ['x'] }, { ...counts, pass: 1 })).toBe('pass')
    expect(requirementStatus({ checks: ['x'] }, { ...counts, pass: 1, error: 1 })).toBe('undetermined')
  })

  it('gives n/a (null) rather than 0 or 100 when nothing has a verdict', () => {
    expect(scoreFramework(FW, new Map()).summary).toMatchObject({ passed: 0, failed: 0, noData: 4, score: null })
  })

  it('weighs the posture score by severity and leaves errors and muted findings out', () => {
    const p = postureScore([
      f('a', 'pass', 'r1', { severity: 'critical' }), // 10
      f('a', 'fail', 'r2', { severity: 'low' }), // 1
      f('b', 'fail', 'r3', { severity: 'high' }), // 5
      f('b', 'pass', 'r4', { severity: 'informational' }), // 0
      f('c', 'error', 'r5', { severity: 'critical' }),
      f('c', 'fail', 'r6', { severity: 'critical', muted: true }),
    ])
    // 10 / (10 + 1 + 5) = 62.5 %
    expect(p).toMatchObject({ score: 62.5, pass: 2, fail: 2, error: 1 })
  })

  it('scores every framework of a scan and names the scanned accounts even without findings there', () => {
    const c = scoreCompliance({ id: 'scan-1', accounts: ['333333333333'] }, FINDINGS, [FW], '2026-01-01T00:00:00.000Z')
    expect(c.frameworks[0]!.accounts.map((a) => a.account)).toEqual(['111111111111', '222222222222', '333333333333'])
    expect(c.frameworks[0]!.accounts[2]!.summary).toMatchObject({ score: null, noData: 4 })
  })
})
