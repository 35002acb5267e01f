import { describe, expect, it } from 'vitest'
import type { KeyVaultRaw } from '../../collect/azure/keyvault.js'
import { normalizeKeyVault } from './keyvault.js'
import type { KeyVaultAttributes, KeyVaultKeyAttributes, KeyVaultSecretAttributes } from './types-storage.js'

const SUB = '00000000-0000-0000-0000-000000000001'
const VAULT_ID = `/subscriptions/${SUB}/resourceGroups/rg-sec/providers/Microsoft.KeyVault/vaults/kv-data`

/** A vault as the SDK returns it (properties nested), with empty key, secret and diagnostic lists by default. */
function raw(over: Partial<KeyVaultRaw> = {}, properties: Partial<KeyVaultRaw['vault']['properties']> = {}): KeyVaultRaw {
  return {
    vault: {
      id: VAULT_ID,
      name: 'kv-data',
      location: 'westeurope',
      properties: { tenantId: 't', sku: { family: 'A', name: 'standard' }, ...properties },
    },
    keys: { ok: true, value: [] },
    secrets: { ok: true, value: [] },
    diagnostics: { ok: true, value: [] },
    ...over,
  }
}

describe('normalizeKeyVault', () => {
  it('applies the documented defaults for an older vault', () => {
    const [v] = normalizeKeyVault({ vaults: [raw()] }, { subscription: SUB })
    expect(v!.uid).toBe(VAULT_ID.toLowerCase())
    expect(v!.attributes).toEqual<KeyVaultAttributes>({
      resourceGroup: 'rg-sec',
      vaultUri: null,
      sku: 'standard',
      tenantId: 't',
      enableSoftDelete: false,
      softDeleteRetentionInDays: null,
      enablePurgeProtection: false,
      enableRbacAuthorization: false,
      publicNetworkAccess: 'Enabled',
      networkAcls: { defaultAction: 'Allow', bypass: ['AzureServices'], ipRules: [], virtualNetworkRules: [] },
      accessPolicyCount: 0,
      diagnosticSettings: [],
    })
  })

  it('defaults the soft-delete retention to 90 days and summarizes diagnostic settings', () => {
    const diagnostics: KeyVaultRaw['diagnostics'] = {
      ok: true,
      value: [
        {
          name: 'to-hub',
          eventHubAuthorizationRuleId: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.EventHub/namespaces/ns/authorizationRules/send',
          logs: [
            { category: 'AuditEvent', enabled: true },
            { categoryGroup: 'allLogs', enabled: false },
          ],
        },
      ],
    }
    const [v] = normalizeKeyVault({ vaults: [raw({ diagnostics }, { enableSoftDelete: true })] }, { subscription: SUB })
    const a = v!.attributes as KeyVaultAttributes
    expect(a.softDeleteRetentionInDays).toBe(90)
    expect(a.diagnosticSettings).toEqual([
      {
        name: 'to-hub',
        destinations: ['/subscriptions/s/resourceGroups/rg/providers/Microsoft.EventHub/namespaces/ns/authorizationRules/send'],
        enabledLogs: ['AuditEvent'],
      },
    ])
  })

  it('leaves the diagnostic settings Unknown when their call failed', () => {
    const diagnostics = { ok: false as const, reason: 'AuthorizationFailed (HTTP 403)', code: 'AuthorizationFailed' }
    const [v] = normalizeKeyVault({ vaults: [raw({ diagnostics })] }, { subscription: SUB })
    expect((v!.attributes as KeyVaultAttributes).diagnosticSettings).toEqual({
      $unknown: 'keyvault:diagnosticSettings.list: AuthorizationFailed (HTTP 403)',
    })
  })

  it('turns keys and secrets into resources in the vault (key times are epoch seconds, secret times dates)', () => {
    const keys: KeyVaultRaw['keys'] = {
      ok: true,
      value: [{ id: `${VAULT_ID}/keys/k1`, name: 'k1', attributes: { expires: 1798675200, created: 1767346200 }, kty: 'RSA', keySize: 2048 }],
    }
    const secrets: KeyVaultRaw['secrets'] = {
      ok: true,
      value: [
        { id: `${VAULT_ID}/secrets/s1`, name: 's1', properties: { attributes: { enabled: false, expires: new Date('2027-01-01T00:00:00Z') } } },
      ],
    }
    const [, key, secret] = normalizeKeyVault({ vaults: [raw({ keys, secrets })] }, { subscription: SUB })
    expect(key!.uid).toBe(`${VAULT_ID}/keys/k1`.toLowerCase())
    expect(key!.region).toBe('westeurope')
    expect(key!.relations).toEqual([{ kind: 'in-vault', target: VAULT_ID.toLowerCase() }])
    expect(key!.attributes as KeyVaultKeyAttributes).toMatchObject({
      vaultName: 'kv-data',
      enabled: true,
      expires: '2026-12-31T00:00:00.000Z',
      created: '2026-01-02T09:30:00.000Z',
      keyType: 'RSA',
      keySize: 2048,
    })
    expect(secret!.attributes as KeyVaultSecretAttributes).toMatchObject({
      vaultName: 'kv-data',
      enabled: false,
      expires: '2027-01-01T00:00:00.000Z',
    })
  })

  it('keeps the vault when its keys or secrets could not be listed (the gap is recorded by the collector)', () => {
    const failed = { ok: false as const, reason: 'AuthorizationFailed (HTTP 403)', code: 'AuthorizationFailed' }
    const out = normalizeKeyVault({ vaults: [raw({ keys: failed, secrets: failed })] }, { subscription: SUB })
    expect(out.map((r) => r.type)).toEqual(['azure.keyvault.vault'])
  })
})
