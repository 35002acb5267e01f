import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_CORE, type AzureSubscriptionAttributes } from '../../../normalize/azure/types.js'
import { activityAlertRemediation, evaluateActivityAlert, type ActivityAlertSpec } from '../../_shared/azure-activity-alerts.js'

// CIS Microsoft Azure Foundations v2.0 5.2.10, v3.0 6.1.2.10.
const SPEC: ActivityAlertSpec = {
  subject: 'public IP address deletion',
  category: 'Administrative',
  operationName: 'Microsoft.Network/publicIPAddresses/delete',
}

/** An activity log alert must notify someone on deleting a public IP address anywhere in the subscription. */
export default defineCheck<AzureSubscriptionAttributes>({
  id: 'azure-monitor-alert-delete-public-ip',
  title: 'Activity log alert notifies on deleting a public IP address',
  resourceType: AZURE_CORE.subscription,
  severity: 'medium',
  categories: ['logging', 'threat-detection'],
  rationale:
    'Deleting a public IP address can take a service offline or free an address that DNS records still point to (subdomain takeover); an alert makes the deletion visible.',
  remediation: activityAlertRemediation(SPEC),
  evaluate: (sub, result, ctx) => evaluateActivityAlert(sub, SPEC, result, ctx),
})
