import { describe, expect, it } from 'vitest'
import { defineCheck } from '../../evaluate/define-check.js'
import type { AzureSubscriptionAttributes } from '../../normalize/azure/types.js'
import type { ActivityLogAlertConditionItem, MonitorActivityLogAlertAttributes } from '../../normalize/azure/types-management.js'
import { activityAlertRemediation, evaluateActivityAlert, matchAlert, type ActivityAlertSpec } from './azure-activity-alerts.js'
import { ALERTS_NOT_LISTED, alertFixture, anyOf, leaf, operationAlert, subscriptionFixture } from './azure-management-fixtures.js'
import { AZURE_TEST_SUBSCRIPTION, runCheck } from './testing.js'

const SUB = AZURE_TEST_SUBSCRIPTION
const WRITE: ActivityAlertSpec = {
  subject: 'policy assignment creation',
  category: 'Administrative',
  operationName: 'Microsoft.Authorization/policyAssignments/write',
}
const DELETE: ActivityAlertSpec = {
  ...WRITE,
  subject: 'policy assignment deletion',
  operationName: 'Microsoft.Authorization/policyAssignments/delete',
}
const HEALTH: ActivityAlertSpec = { subject: 'Service Health incidents', category: 'ServiceHealth' }
const ADMIN = leaf('category', 'Administrative')
const OP = leaf('operationName', 'Microsoft.Authorization/policyAssignments/write')

/** Attributes of an alert with these conditions (and overrides). */
function rule(
  conditions: ActivityLogAlertConditionItem[],
  attrs: Partial<MonitorActivityLogAlertAttributes> = {},
): MonitorActivityLogAlertAttributes {
  return alertFixture('a', conditions, attrs).attributes
}

describe('matchAlert', () => {
  const cases: { name: string; alert: MonitorActivityLogAlertAttributes; spec?: ActivityAlertSpec; reason: string | null }[] = [
    { name: 'the CIS shape', alert: rule([ADMIN, OP]), reason: null },
    {
      name: 'field names and values in another case',
      alert: rule([leaf('Category', 'administrative'), leaf('OPERATIONNAME', 'microsoft.authorization/policyassignments/WRITE')]),
      reason: null,
    },
    {
      name: 'scope in another case with a trailing slash',
      alert: rule([ADMIN, OP], { scopes: [`/Subscriptions/${SUB.toUpperCase()}/`] }),
      reason: null,
    },
    {
      name: 'several scopes including the subscription',
      alert: rule([ADMIN, OP], { scopes: [`/subscriptions/${SUB}/resourceGroups/rg`, `/subscriptions/${SUB}`] }),
      reason: null,
    },
    { name: 'disabled', alert: rule([ADMIN, OP], { enabled: false }), reason: 'is disabled' },
    {
      name: 'scoped to a resource group',
      alert: rule([ADMIN, OP], { scopes: [`/subscriptions/${SUB}/resourceGroups/rg-prod`] }),
      reason: `is scoped to /subscriptions/${SUB}/resourceGroups/rg-prod, not to the whole subscription`,
    },
    {
      name: 'scoped to another subscription',
      alert: rule([ADMIN, OP], { scopes: ['/subscriptions/00000000-0000-0000-0000-000000000009'] }),
      reason: 'is scoped to /subscriptions/00000000-0000-0000-0000-000000000009, not to the whole subscription',
    },
    { name: 'no scope', alert: rule([ADMIN, OP], { scopes: [] }), reason: 'is scoped to nothing, not to the whole subscription' },
    { name: 'no category condition', alert: rule([OP]), reason: 'does not select category Administrative' },
    { name: 'another category', alert: rule([leaf('category', 'Security'), OP]), reason: 'does not select category Administrative' },
    {
      name: 'every Administrative event (no operation)',
      alert: rule([ADMIN]),
      reason: 'does not select operation Microsoft.Authorization/policyAssignments/write',
    },
    {
      name: 'another operation',
      alert: rule([ADMIN, leaf('operationName', 'Microsoft.Authorization/policyAssignments/delete')]),
      reason: 'does not select operation Microsoft.Authorization/policyAssignments/write',
    },
    {
      name: 'a prefix of the operation is not the operation',
      alert: rule([ADMIN, leaf('operationName', 'Microsoft.Authorization/policyAssignments')]),
      reason: 'does not select operation Microsoft.Authorization/policyAssignments/write',
    },
    {
      name: 'only successful operations',
      alert: rule([ADMIN, OP, leaf('status', 'Succeeded')]),
      reason: 'also requires status = Succeeded, so it misses some of these events',
    },
    {
      name: 'only critical events',
      alert: rule([ADMIN, OP, leaf('level', 'Critical')]),
      reason: 'also requires level = Critical, so it misses some of these events',
    },
    {
      name: 'one caller',
      alert: rule([ADMIN, OP, leaf('caller', 'admin@contoso.com')]),
      reason: 'also requires caller = admin@contoso.com, so it misses some of these events',
    },
    {
      name: 'one resource group',
      alert: rule([ADMIN, OP, leaf('resourceGroup', 'rg-prod')]),
      reason: 'also requires resourceGroup = rg-prod, so it misses some of these events',
    },
    {
      name: 'resource type and provider implied by the operation',
      alert: rule([
        ADMIN,
        OP,
        leaf('resourceType', 'Microsoft.Authorization/policyAssignments'),
        leaf('resourceProvider', 'Microsoft.Authorization'),
      ]),
      reason: null,
    },
    {
      name: 'another resource type',
      alert: rule([ADMIN, OP, leaf('resourceType', 'Microsoft.Authorization/policyDefinitions')]),
      reason: 'also requires resourceType = Microsoft.Authorization/policyDefinitions, so it misses some of these events',
    },
    {
      name: 'anyOf write or delete (one rule for both)',
      alert: rule([ADMIN, anyOf(['operationName', WRITE.operationName!], ['operationName', DELETE.operationName!])]),
      reason: null,
    },
    {
      name: 'anyOf of other operations',
      alert: rule([ADMIN, anyOf(['operationName', 'Microsoft.Network/networkSecurityGroups/write'], ['operationName', DELETE.operationName!])]),
      reason: 'does not select operation Microsoft.Authorization/policyAssignments/write',
    },
    {
      name: 'anyOf of statuses narrows',
      alert: rule([ADMIN, OP, anyOf(['status', 'Succeeded'], ['status', 'Failed'])]),
      reason: 'also requires status = Succeeded or status = Failed, so it misses some of these events',
    },
    {
      name: 'containsAny naming the operation',
      alert: rule([
        ADMIN,
        { leaf: { field: 'operationName', equals: null, containsAny: [DELETE.operationName!, WRITE.operationName!] }, anyOf: null },
      ]),
      reason: null,
    },
    { name: 'no action group', alert: rule([ADMIN, OP], { actionGroups: [] }), reason: 'notifies no action group' },
    {
      name: 'a rule on the delete operation, for deletion',
      alert: rule([ADMIN, leaf('operationName', DELETE.operationName!)]),
      spec: DELETE,
      reason: null,
    },
    { name: 'Service Health: category only', alert: rule([leaf('category', 'ServiceHealth')]), spec: HEALTH, reason: null },
    {
      name: 'Service Health: incidents',
      alert: rule([leaf('category', 'ServiceHealth'), leaf('properties.incidentType', 'Incident')]),
      spec: HEALTH,
      reason: null,
    },
    {
      name: 'Service Health: incidents and maintenance',
      alert: rule([leaf('category', 'ServiceHealth'), anyOf(['properties.incidentType', 'Incident'], ['properties.incidentType', 'Maintenance'])]),
      spec: HEALTH,
      reason: null,
    },
    {
      name: 'Service Health: maintenance only',
      alert: rule([leaf('category', 'ServiceHealth'), leaf('properties.incidentType', 'Maintenance')]),
      spec: HEALTH,
      reason: 'also requires properties.incidentType = Maintenance, so it misses some of these events',
    },
    {
      name: 'Service Health: one region',
      alert: rule([
        leaf('category', 'ServiceHealth'),
        { leaf: { field: 'properties.impactedServices[*].ImpactedRegions[*].RegionName', equals: null, containsAny: ['West Europe'] }, anyOf: null },
      ]),
      spec: HEALTH,
      reason: 'also requires properties.impactedServices[*].ImpactedRegions[*].RegionName in [West Europe], so it misses some of these events',
    },
    { name: 'Service Health: an Administrative rule', alert: rule([ADMIN, OP]), spec: HEALTH, reason: 'does not select category ServiceHealth' },
  ]
  it.each(cases)('$name', ({ alert, spec, reason }) => {
    const m = matchAlert(alert, SUB, spec ?? WRITE)
    expect(m.ok ? null : m.reason).toBe(reason)
  })
})

describe('evaluateActivityAlert', () => {
  const check = defineCheck<AzureSubscriptionAttributes>({
    id: 'azure-monitor-alert-test',
    title: 'Test activity log alert check',
    resourceType: 'azure.subscription',
    severity: 'medium',
    rationale: 'Exercises the shared activity log alert evaluation.',
    remediation: activityAlertRemediation(WRITE),
    evaluate: (sub, result, ctx) => evaluateActivityAlert(sub, WRITE, result, ctx),
  })
  const sub = subscriptionFixture()

  it('passes on a matching rule and names it', () => {
    const f = runCheck(check, sub, [
      operationAlert('near', WRITE.operationName!, { enabled: false }),
      operationAlert('policy-write', WRITE.operationName!),
    ])
    expect(f.status).toBe('pass')
    expect(f.message).toBe('Subscription Posture Test has activity log alert policy-write on policy assignment creation, notifying 1 action group.')
  })

  it('fails without any rule on the event, ignoring unrelated rules', () => {
    const f = runCheck(check, sub, [operationAlert('nsg', 'Microsoft.Network/networkSecurityGroups/write')])
    expect(f).toMatchObject({ status: 'fail', message: 'Subscription Posture Test has no activity log alert on policy assignment creation.' })
  })

  it('fails naming why the rules on the event do not count', () => {
    const f = runCheck(check, sub, [
      operationAlert('off', WRITE.operationName!, { enabled: false }),
      alertFixture('ok-only', [ADMIN, OP, leaf('status', 'Succeeded')]),
    ])
    expect(f.status).toBe('fail')
    expect(f.message).toBe(
      'Subscription Posture Test has no working activity log alert on policy assignment creation: alert off is disabled; ' +
        'alert ok-only also requires status = Succeeded, so it misses some of these events.',
    )
  })

  it('only looks at rules of the same subscription', () => {
    const other = '00000000-0000-0000-0000-000000000003'
    const elsewhere = operationAlert('policy-write', WRITE.operationName!, { scopes: [`/subscriptions/${other}`] })
    expect(runCheck(check, sub, [{ ...elsewhere, account: other, uid: `${elsewhere.uid}-other` }]).status).toBe('fail')
    expect(runCheck(check, subscriptionFixture(other, 'Other'), [{ ...elsewhere, account: other }]).status).toBe('pass')
  })

  it('is ERROR when the alert rules could not be listed', () => {
    const f = runCheck(check, sub, [], [ALERTS_NOT_LISTED])
    expect(f.status).toBe('error')
    expect(f.message).toContain('activityLogAlerts.listBySubscriptionId failed')
  })
})
