import { describe, expect, it } from 'vitest'
import type { AlertPlanInput } from '../store/types.js'
import { DEFAULT_RETRY, type AlertsConfig } from '../notify/types.js'
import { alertingFrom, deliveryLine, plannerFactory } from './alerting.js'

const slack = {
  name: 's',
  type: 'slack',
  url: 'http://127.0.0.1:1/x',
  mode: 'immediate',
  digestTop: 10,
  cap: null,
  rateLimit: null,
  timeoutMs: 1000,
} as const
const input = {
  scan: { seq: 4 },
  events: [{ kind: 'new', fingerprint: 'f', checkId: 'c', resourceUid: 'u', severity: 'high' }],
} as unknown as AlertPlanInput

describe('alerting', () => {
  it('has nothing to do without channels', () => {
    expect(alertingFrom(null)).toBeUndefined()
    expect(alertingFrom({ channels: [], rules: [], retry: DEFAULT_RETRY })).toBeUndefined()
  })

  it('records the scan without alerts, loudly, when planning throws', () => {
    // A config whose rules are not a list makes the planner throw: alerting must never stop a scan from being recorded.
    const broken = { channels: [slack], rules: 42, retry: DEFAULT_RETRY } as unknown as AlertsConfig
    const lines: string[] = []
    const planner = plannerFactory(alertingFrom(broken)!, [], (l) => lines.push(l))({ findings: [], resources: [] })
    expect(planner(input)).toEqual({ entries: [], subjects: [] })
    expect(lines).toEqual([expect.stringMatching(/^posture: error: alerts of scan #4 could not be planned, none were queued: /)])
  })

  it('summarises a delivery pass in one line, or nothing when it did nothing', () => {
    expect(deliveryLine({ delivered: 0, retrying: 0, failed: 0, deferred: 0 })).toBeUndefined()
    expect(deliveryLine({ delivered: 3, retrying: 0, failed: 0, deferred: 0 })).toBe('alerts: 3 delivered, 0 waiting to retry, 0 failed')
    expect(deliveryLine({ delivered: 1, retrying: 1, failed: 1, deferred: 2 })).toMatch(
      /^alerts: 1 delivered, 3 waiting to retry, 1 failed \(see `posture alerts status`/,
    )
  })
})
