import { describe, expect, it } from 'vitest'
import check from './azure-monitor-alert-create-update-security-solution.js'
import { ALERTS_NOT_LISTED, operationAlert, subscriptionFixture } from '../../_shared/azure-management-fixtures.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const sub = subscriptionFixture()
  it('passes with a subscription-wide alert rule on Microsoft.Security/securitySolutions/write', () => {
    expect(runCheck(check, sub, [operationAlert('rule', 'Microsoft.Security/securitySolutions/write')]).status).toBe('pass')
  })
  it('fails when only Microsoft.Security/securitySolutions/delete is alerted', () => {
    expect(runCheck(check, sub, [operationAlert('rule', 'Microsoft.Security/securitySolutions/delete')]).status).toBe('fail')
  })
  it('is ERROR when the alert rules could not be listed', () => {
    expect(runCheck(check, sub, [], [ALERTS_NOT_LISTED]).status).toBe('error')
  })
})
