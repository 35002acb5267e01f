import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import type { MonitorSubscriptionDiagnosticsAttributes } from '../../../normalize/azure/types-management.js'
import { AZURE_MANAGEMENT_TYPES } from '../../../normalize/azure/types-management.js'
import { destinationsOf, missingCategories } from '../../_shared/azure-diagnostics.js'

/** CIS Azure Foundations v2 5.1.2: the categories that carry security-relevant events. */
const REQUIRED = ['Administrative', 'Alert', 'Policy', 'Security'] as const

/** One exported diagnostic setting must carry every security-relevant activity log category. */
export default defineCheck<MonitorSubscriptionDiagnosticsAttributes>({
  id: 'azure-monitor-subscription-diagnostic-categories',
  title: 'Subscription diagnostic setting exports the Administrative, Alert, Policy and Security categories',
  resourceType: AZURE_MANAGEMENT_TYPES.subscriptionDiagnostics,
  severity: 'medium',
  categories: ['logging'],
  rationale:
    'Administrative events record resource changes, Security events the alerts of Defender for Cloud, Policy events the decisions of ' +
    'Azure Policy and Alert events fired alerts; an export that leaves one out loses that part of the audit trail (CIS Azure 5.1.2).',
  remediation: {
    steps: [
      'Edit the subscription diagnostic setting (Monitor > Activity log > Export Activity Logs) and enable Administrative, Alert, Policy and Security.',
    ],
    cli:
      'az monitor diagnostic-settings subscription create --name export-activity-log --location <region> --workspace <workspace-id> ' +
      '--logs \'[{"category":"Administrative","enabled":true},{"category":"Alert","enabled":true},{"category":"Policy","enabled":true},{"category":"Security","enabled":true}]\'',
    terraform:
      'azurerm_monitor_diagnostic_setting (target_resource_id = "/subscriptions/<subscription-id>") with enabled_log blocks for Administrative, Alert, Policy and Security.',
    references: [
      'https://learn.microsoft.com/azure/azure-monitor/essentials/activity-log-schema',
      'https://learn.microsoft.com/azure/azure-monitor/essentials/diagnostic-settings',
    ],
  },
  evaluate(res, result) {
    const settings = known(res.attributes.settings, `diagnostic settings of subscription ${res.account}`).filter((s) => destinationsOf(s).length > 0)
    if (settings.length === 0) return result.fail(`Subscription ${res.account} has no diagnostic setting sending its activity log anywhere.`)
    const complete = settings.find((s) => missingCategories(s, REQUIRED).length === 0)
    if (complete) return result.pass(`Diagnostic setting ${complete.name} of subscription ${res.account} exports ${REQUIRED.join(', ')}.`)
    const gaps = settings.map((s) => `${s.name} lacks ${missingCategories(s, REQUIRED).join(', ')}`).join('; ')
    return result.fail(`No diagnostic setting of subscription ${res.account} exports all of ${REQUIRED.join(', ')}: ${gaps}.`)
  },
})
