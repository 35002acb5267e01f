import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_CORE, type AzureSubscriptionAttributes } from '../../../normalize/azure/types.js'
import { activityAlertRemediation, evaluateActivityAlert, type ActivityAlertSpec } from '../../_shared/azure-activity-alerts.js'

// CIS Microsoft Azure Foundations v2.0 5.2.9, v3.0 6.1.2.9.
const SPEC: ActivityAlertSpec = {
  subject: 'public IP address creation or update',
  category: 'Administrative',
  operationName: 'Microsoft.Network/publicIPAddresses/write',
}

/** An activity log alert must notify someone on creating or updating a public IP address anywhere in the subscription. */
export default defineCheck<AzureSubscriptionAttributes>({
  id: 'azure-monitor-alert-create-update-public-ip',
  title: 'Activity log alert notifies on creating or updating a public IP address',
  resourceType: AZURE_CORE.subscription,
  severity: 'medium',
  categories: ['logging', 'threat-detection'],
  rationale: 'Every new public IP address is a new internet-facing entry point; an alert on its creation lets the team check what it exposes.',
  remediation: activityAlertRemediation(SPEC),
  evaluate: (sub, result, ctx) => evaluateActivityAlert(sub, SPEC, result, ctx),
})
