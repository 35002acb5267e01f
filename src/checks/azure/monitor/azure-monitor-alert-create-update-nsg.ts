import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_CORE, type AzureSubscriptionAttributes } from '../../../normalize/azure/types.js'
import { activityAlertRemediation, evaluateActivityAlert, type ActivityAlertSpec } from '../../_shared/azure-activity-alerts.js'

// CIS Microsoft Azure Foundations v2.0 5.2.3, v3.0 6.1.2.3.
const SPEC: ActivityAlertSpec = {
  subject: 'network security group creation or update',
  category: 'Administrative',
  operationName: 'Microsoft.Network/networkSecurityGroups/write',
}

/** An activity log alert must notify someone on creating or updating a network security group anywhere in the subscription. */
export default defineCheck<AzureSubscriptionAttributes>({
  id: 'azure-monitor-alert-create-update-nsg',
  title: 'Activity log alert notifies on creating or updating a network security group',
  resourceType: AZURE_CORE.subscription,
  severity: 'medium',
  categories: ['logging', 'threat-detection'],
  rationale:
    'A changed network security group can expose management ports or whole subnets to the internet; an alert on every create or update lets the team review the change while it is fresh.',
  remediation: activityAlertRemediation(SPEC),
  evaluate: (sub, result, ctx) => evaluateActivityAlert(sub, SPEC, result, ctx),
})
