import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_CORE, type AzureSubscriptionAttributes } from '../../../normalize/azure/types.js'
import { activityAlertRemediation, evaluateActivityAlert, type ActivityAlertSpec } from '../../_shared/azure-activity-alerts.js'

// CIS Microsoft Azure Foundations v2.0 5.2.6, v3.0 6.1.2.6.
const SPEC: ActivityAlertSpec = {
  subject: 'security solution deletion',
  category: 'Administrative',
  operationName: 'Microsoft.Security/securitySolutions/delete',
}

/** An activity log alert must notify someone on deleting a security solution anywhere in the subscription. */
export default defineCheck<AzureSubscriptionAttributes>({
  id: 'azure-monitor-alert-delete-security-solution',
  title: 'Activity log alert notifies on deleting a security solution',
  resourceType: AZURE_CORE.subscription,
  severity: 'medium',
  categories: ['logging', 'threat-detection'],
  rationale: 'Removing a security solution is a classic defense-evasion step; an alert on the deletion gives the team a chance to notice it.',
  remediation: activityAlertRemediation(SPEC),
  evaluate: (sub, result, ctx) => evaluateActivityAlert(sub, SPEC, result, ctx),
})
