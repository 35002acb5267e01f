import { describe, expect, it } from 'vitest'
import check from './azure-monitor-alert-create-policy-assignment.js'
import { ALERTS_NOT_LISTED, operationAlert, subscriptionFixture } from '../../_shared/azure-management-fixtures.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const sub = subscriptionFixture()
  it('passes with a subscription-wide alert rule on Microsoft.Authorization/policyAssignments/write', () => {
    expect(runCheck(check, sub, [operationAlert('rule', 'Microsoft.Authorization/policyAssignments/write')]).status).toBe('pass')
  })
  it('fails when only Microsoft.Authorization/policyAssignments/delete is alerted', () => {
    expect(runCheck(check, sub, [operationAlert('rule', 'Microsoft.Authorization/policyAssignments/delete')]).status).toBe('fail')
  })
  it('is ERROR when the alert rules could not be listed', () => {
    expect(runCheck(check, sub, [], [ALERTS_NOT_LISTED]).status).toBe('error')
  })
})
