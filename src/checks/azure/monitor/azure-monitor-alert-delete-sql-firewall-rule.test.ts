import { describe, expect, it } from 'vitest'
import check from './azure-monitor-alert-delete-sql-firewall-rule.js'
import { ALERTS_NOT_LISTED, operationAlert, subscriptionFixture } from '../../_shared/azure-management-fixtures.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const sub = subscriptionFixture()
  it('passes with a subscription-wide alert rule on Microsoft.Sql/servers/firewallRules/delete', () => {
    expect(runCheck(check, sub, [operationAlert('rule', 'Microsoft.Sql/servers/firewallRules/delete')]).status).toBe('pass')
  })
  it('fails when only Microsoft.Sql/servers/firewallRules/write is alerted', () => {
    expect(runCheck(check, sub, [operationAlert('rule', 'Microsoft.Sql/servers/firewallRules/write')]).status).toBe('fail')
  })
  it('is ERROR when the alert rules could not be listed', () => {
    expect(runCheck(check, sub, [], [ALERTS_NOT_LISTED]).status).toBe('error')
  })
})
