import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_CORE, type AzureSubscriptionAttributes } from '../../../normalize/azure/types.js'
import { activityAlertRemediation, evaluateActivityAlert, type ActivityAlertSpec } from '../../_shared/azure-activity-alerts.js'

// CIS Microsoft Azure Foundations v2.0 5.2.2, v3.0 6.1.2.2.
const SPEC: ActivityAlertSpec = {
  subject: 'policy assignment deletion',
  category: 'Administrative',
  operationName: 'Microsoft.Authorization/policyAssignments/delete',
}

/** An activity log alert must notify someone on deleting a policy assignment anywhere in the subscription. */
export default defineCheck<AzureSubscriptionAttributes>({
  id: 'azure-monitor-alert-delete-policy-assignment',
  title: 'Activity log alert notifies on deleting a policy assignment',
  resourceType: AZURE_CORE.subscription,
  severity: 'medium',
  categories: ['logging', 'threat-detection'],
  rationale:
    'Deleting a policy assignment silently removes the guardrails and audits it enforced; an alert surfaces the removal before non-compliant resources pile up.',
  remediation: activityAlertRemediation(SPEC),
  evaluate: (sub, result, ctx) => evaluateActivityAlert(sub, SPEC, result, ctx),
})
