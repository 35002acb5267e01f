import { describe, expect, it } from 'vitest'
import type { MonitorRaw } from '../../collect/azure/monitor.js'
import { isUnknown } from '../../core/unknown.js'
import { conditionItemsOf, normalizeMonitor } from './monitor.js'
import type { MonitorActivityLogAlertAttributes, MonitorSubscriptionDiagnosticsAttributes } from './types-management.js'

const SUB = '00000000-0000-0000-0000-000000000001'
const ALERT_ID = `/subscriptions/${SUB}/resourceGroups/rg-mon/providers/microsoft.insights/activityLogAlerts/policy`
const GROUP = `/subscriptions/${SUB}/resourceGroups/rg-mon/providers/microsoft.insights/actionGroups/SecOps`

function raw(r: Partial<MonitorRaw> = {}): MonitorRaw {
  return { alerts: [], diagnosticSettings: { ok: true, value: [] }, ...r }
}

describe('conditionItemsOf', () => {
  it('reads leaves, containsAny and anyOf groups', () => {
    expect(
      conditionItemsOf([
        { field: 'category', equals: 'Administrative' },
        { field: 'operationName', containsAny: ['a/write', 'a/delete'] },
        {
          anyOf: [
            { field: 'status', equals: 'Failed' },
            { field: 'status', equals: 'Succeeded' },
          ],
        },
      ] as never),
    ).toEqual([
      { leaf: { field: 'category', equals: 'Administrative', containsAny: null }, anyOf: null },
      { leaf: { field: 'operationName', equals: null, containsAny: ['a/write', 'a/delete'] }, anyOf: null },
      {
        leaf: null,
        anyOf: [
          { field: 'status', equals: 'Failed', containsAny: null },
          { field: 'status', equals: 'Succeeded', containsAny: null },
        ],
      },
    ])
  })
  it('is empty without a condition', () => {
    expect(conditionItemsOf(undefined)).toEqual([])
  })
})

describe('normalizeMonitor', () => {
  it('turns alert rules into resources related to their action groups; enabled defaults to true', () => {
    const out = normalizeMonitor(
      raw({
        alerts: [
          {
            id: ALERT_ID,
            name: 'policy',
            location: 'Global',
            scopes: [`/subscriptions/${SUB}`],
            condition: { allOf: [{ field: 'category', equals: 'Administrative' }] },
            actions: { actionGroups: [{ actionGroupId: GROUP }] },
          },
        ],
      }),
      { subscription: SUB },
    )
    const alert = out.find((r) => r.type === 'azure.monitor.activity-log-alert')!
    expect(alert).toMatchObject({ uid: ALERT_ID.toLowerCase(), region: 'global', name: 'policy' })
    expect(alert.attributes as MonitorActivityLogAlertAttributes).toEqual({
      resourceGroup: 'rg-mon',
      enabled: true,
      scopes: [`/subscriptions/${SUB}`],
      conditions: [{ leaf: { field: 'category', equals: 'Administrative', containsAny: null }, anyOf: null }],
      actionGroups: [GROUP.toLowerCase()],
      description: null,
    })
    expect(alert.relations).toEqual([{ kind: 'notifies', target: GROUP.toLowerCase() }])
  })

  it('always yields one diagnostics resource per subscription, with destinations as relations', () => {
    const storage = `/subscriptions/${SUB}/resourceGroups/rg-logs/providers/Microsoft.Storage/storageAccounts/stlogs`
    const out = normalizeMonitor(
      raw({
        diagnosticSettings: {
          ok: true,
          value: [
            {
              name: 'to-storage',
              storageAccountId: storage,
              logs: [{ category: 'Administrative', enabled: true }, { category: 'Policy', enabled: false }, { enabled: true }],
            },
          ],
        },
      }),
      { subscription: SUB },
    )
    expect(out).toHaveLength(1)
    expect(out[0]).toMatchObject({ uid: `/subscriptions/${SUB}/providers/microsoft.insights/diagnosticsettings`, name: SUB, region: 'global' })
    expect((out[0]!.attributes as MonitorSubscriptionDiagnosticsAttributes).settings).toEqual([
      {
        name: 'to-storage',
        storageAccountId: storage,
        workspaceId: null,
        eventHubAuthorizationRuleId: null,
        eventHubName: null,
        marketplacePartnerId: null,
        logs: [
          { category: 'Administrative', enabled: true },
          { category: 'Policy', enabled: false },
        ],
      },
    ])
    expect(out[0]!.relations).toEqual([{ kind: 'sends-to', target: storage.toLowerCase() }])
  })

  it('leaves the settings Unknown when the list failed', () => {
    const [diag] = normalizeMonitor(
      raw({ diagnosticSettings: { ok: false, reason: 'AuthorizationFailed (HTTP 403)', code: 'AuthorizationFailed' } }),
      {
        subscription: SUB,
      },
    )
    expect(isUnknown((diag!.attributes as MonitorSubscriptionDiagnosticsAttributes).settings)).toBe(true)
    expect(diag!.relations).toEqual([])
  })
})
