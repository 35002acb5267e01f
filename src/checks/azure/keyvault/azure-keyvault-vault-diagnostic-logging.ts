import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AZURE_STORAGE_TYPES, type KeyVaultAttributes } from '../../../normalize/azure/types-storage.js'

/** Log categories that include Key Vault's AuditEvent log: the category itself or a group containing it. */
const AUDIT = new Set(['auditevent', 'audit', 'alllogs'])

/** Every access to a vault should be recorded in a log kept outside the vault. */
export default defineCheck<KeyVaultAttributes>({
  id: 'azure-keyvault-vault-diagnostic-logging',
  title: 'Key Vault sends its audit log (AuditEvent) to a diagnostic destination',
  resourceType: AZURE_STORAGE_TYPES.keyVault,
  severity: 'medium',
  categories: ['logging'],
  rationale:
    'Key Vault records who read which secret or used which key only in its AuditEvent log, and only when a diagnostic setting sends it somewhere; without it, misuse of secrets and keys cannot be detected or investigated.',
  remediation: {
    steps: [
      'Add a diagnostic setting on the vault that sends the audit category group (or AuditEvent) to a Log Analytics workspace, storage account or event hub.',
    ],
    cli: 'az monitor diagnostic-settings create --name kv-audit --resource <vault-id> --workspace <workspace-id> --logs \'[{"categoryGroup":"audit","enabled":true}]\'',
    terraform:
      'Declare azurerm_monitor_diagnostic_setting with target_resource_id = the vault id, a destination (log_analytics_workspace_id) and enabled_log { category_group = "audit" }.',
    references: [
      'https://learn.microsoft.com/en-us/azure/key-vault/general/logging',
      'https://learn.microsoft.com/en-us/azure/azure-monitor/essentials/diagnostic-settings',
    ],
  },
  evaluate(vault, result) {
    const settings = known(vault.attributes.diagnosticSettings, 'diagnostic settings')
    const auditing = settings.find((s) => s.destinations.length > 0 && s.enabledLogs.some((c) => AUDIT.has(c.toLowerCase())))
    if (auditing) return result.pass(`Key Vault ${vault.name} sends its audit log through diagnostic setting ${auditing.name}.`)
    return settings.length === 0
      ? result.fail(`Key Vault ${vault.name} has no diagnostic settings, so its AuditEvent log is not kept.`)
      : result.fail(`None of the ${settings.length} diagnostic setting(s) of Key Vault ${vault.name} sends the AuditEvent log to a destination.`)
  },
})
