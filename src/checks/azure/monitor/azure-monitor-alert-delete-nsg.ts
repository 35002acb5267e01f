import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_CORE, type AzureSubscriptionAttributes } from '../../../normalize/azure/types.js'
import { activityAlertRemediation, evaluateActivityAlert, type ActivityAlertSpec } from '../../_shared/azure-activity-alerts.js'

// CIS Microsoft Azure Foundations v2.0 5.2.4, v3.0 6.1.2.4.
const SPEC: ActivityAlertSpec = {
  subject: 'network security group deletion',
  category: 'Administrative',
  operationName: 'Microsoft.Network/networkSecurityGroups/delete',
}

/** An activity log alert must notify someone on deleting a network security group anywhere in the subscription. */
export default defineCheck<AzureSubscriptionAttributes>({
  id: 'azure-monitor-alert-delete-nsg',
  title: 'Activity log alert notifies on deleting a network security group',
  resourceType: AZURE_CORE.subscription,
  severity: 'medium',
  categories: ['logging', 'threat-detection'],
  rationale:
    'Deleting a network security group removes the filtering of every subnet and interface it protected; an alert makes the removal visible at once.',
  remediation: activityAlertRemediation(SPEC),
  evaluate: (sub, result, ctx) => evaluateActivityAlert(sub, SPEC, result, ctx),
})
