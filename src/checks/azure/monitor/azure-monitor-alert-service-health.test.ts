import { describe, expect, it } from 'vitest'
import check from './azure-monitor-alert-service-health.js'
import { ALERTS_NOT_LISTED, alertFixture, leaf, subscriptionFixture } from '../../_shared/azure-management-fixtures.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const sub = subscriptionFixture()
  it('passes with a subscription-wide Service Health alert on incidents', () => {
    const rule = alertFixture('health', [leaf('category', 'ServiceHealth'), leaf('properties.incidentType', 'Incident')])
    expect(runCheck(check, sub, [rule]).status).toBe('pass')
  })
  it('fails when the Service Health alert only covers planned maintenance', () => {
    const rule = alertFixture('maintenance', [leaf('category', 'ServiceHealth'), leaf('properties.incidentType', 'Maintenance')])
    const f = runCheck(check, sub, [rule])
    expect(f.status).toBe('fail')
    expect(f.message).toContain('alert maintenance also requires properties.incidentType = Maintenance')
  })
  it('is ERROR when the alert rules could not be listed', () => {
    expect(runCheck(check, sub, [], [ALERTS_NOT_LISTED]).status).toBe('error')
  })
})
