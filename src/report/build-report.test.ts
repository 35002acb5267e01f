import { describe, expect, it } from 'vitest'
import type { Finding } from '../core/finding.js'
import { buildReport, type ReportScan } from './build-report.js'

const scan: ReportScan = {
  id: 'scan-1',
  provider: 'aws',
  startedAt: '2024-05-01T10:00:00.000Z',
  finishedAt: '2024-05-01T10:01:00.000Z',
  accounts: ['123456789012'],
  regions: ['us-east-1'],
  resources: 2,
  checks: 1,
  errors: [
    {
      provider: 'aws',
      account: '123456789012',
      service: 's3',
      region: 'global',
      api: 'GetBucketPolicy',
      reason: 'AccessDenied',
      resourceTypes: [],
      resource: 'b',
    },
  ],
}

function finding(uid: string, status: Finding['status']): Finding & { fingerprint: string } {
  return {
    checkId: 'aws-s3-bucket-versioning-enabled',
    title: 't',
    status,
    severity: 'low',
    resource: { uid, type: 'aws.s3.bucket', provider: 'aws', account: '123456789012', region: 'us-east-1', name: uid },
    message: 'm',
    remediation: { steps: ['s'], references: [] },
    compliance: [],
    fingerprint: `fp-${uid}`,
  }
}

describe('buildReport', () => {
  it('keeps the scan id, drops store-only fields, keeps `muted`, sorts failures first', () => {
    const muted = { ...finding('c', 'fail'), muted: { suppressionId: 's1', reason: 'accepted risk', owner: 'sec', expiresAt: null } }
    const report = buildReport(scan, [finding('a', 'pass'), finding('b', 'fail'), muted])
    expect(report.scan.id).toBe('scan-1')
    expect(report.findings.map((f) => [f.resource.uid, f.status, 'fingerprint' in f, 'muted' in f])).toEqual([
      ['b', 'fail', false, false],
      ['c', 'fail', false, true],
      ['a', 'pass', false, false],
    ])
    expect(report.summary).toMatchObject({ total: 3, resources: 2, checks: 1, collectionErrors: 1 })
    expect(report.errors).toEqual([
      { service: 's3', region: 'global', api: 'GetBucketPolicy', reason: 'AccessDenied', account: '123456789012', resource: 'b' },
    ])
  })

  it('omits stats when the scan has none', () => {
    expect('stats' in buildReport(scan, []).scan).toBe(false)
    expect(buildReport({ ...scan, stats: { apiCalls: 1, failedCalls: 0, durationMs: 5 } }, []).scan.stats).toEqual({
      apiCalls: 1,
      failedCalls: 0,
      durationMs: 5,
    })
  })
})
