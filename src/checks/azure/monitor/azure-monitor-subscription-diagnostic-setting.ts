import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import type { MonitorSubscriptionDiagnosticsAttributes } from '../../../normalize/azure/types-management.js'
import { AZURE_MANAGEMENT_TYPES } from '../../../normalize/azure/types-management.js'
import { destinationsOf, enabledCategories } from '../../_shared/azure-diagnostics.js'

/** The activity log must be exported: Azure keeps it for 90 days only, and nothing can be queried or alerted on beyond that. */
export default defineCheck<MonitorSubscriptionDiagnosticsAttributes>({
  id: 'azure-monitor-subscription-diagnostic-setting',
  title: 'Subscription has a diagnostic setting exporting the activity log',
  resourceType: AZURE_MANAGEMENT_TYPES.subscriptionDiagnostics,
  severity: 'medium',
  categories: ['logging'],
  rationale:
    'The activity log records every control-plane change and Azure keeps it for 90 days only; a diagnostic setting sends it to a Log ' +
    'Analytics workspace, storage account or event hub where it is retained, searchable and available to a SIEM (CIS Azure 5.1.1).',
  remediation: {
    steps: [
      'In Monitor > Activity log > Export Activity Logs, add a diagnostic setting for the subscription.',
      'Enable at least the Administrative, Security, Alert and Policy categories and send them to a Log Analytics workspace, a storage account or an event hub.',
    ],
    cli:
      'az monitor diagnostic-settings subscription create --name export-activity-log --location <region> --workspace <workspace-id> ' +
      '--logs \'[{"category":"Administrative","enabled":true},{"category":"Security","enabled":true},{"category":"Alert","enabled":true},{"category":"Policy","enabled":true}]\'',
    terraform:
      'azurerm_monitor_diagnostic_setting with target_resource_id = "/subscriptions/<subscription-id>", log_analytics_workspace_id (or storage_account_id / ' +
      'eventhub_authorization_rule_id) and an enabled_log { category = ... } block per category.',
    references: [
      'https://learn.microsoft.com/azure/azure-monitor/essentials/activity-log',
      'https://learn.microsoft.com/azure/azure-monitor/essentials/diagnostic-settings',
    ],
  },
  evaluate(res, result) {
    const settings = known(res.attributes.settings, `diagnostic settings of subscription ${res.account}`)
    if (settings.length === 0) return result.fail(`Subscription ${res.account} has no diagnostic setting, so its activity log is not exported.`)
    const exporting = settings.find((s) => destinationsOf(s).length > 0 && enabledCategories(s).length > 0)
    if (exporting) {
      return result.pass(
        `Subscription ${res.account} exports ${enabledCategories(exporting).join(', ')} activity log events to a ` +
          `${destinationsOf(exporting).join(' and ')} through diagnostic setting ${exporting.name}.`,
      )
    }
    const names = settings.map((s) => s.name).join(', ')
    return result.fail(`Diagnostic settings ${names} of subscription ${res.account} send no activity log category to any destination.`)
  },
})
