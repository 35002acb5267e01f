import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_CORE, type AzureSubscriptionAttributes } from '../../../normalize/azure/types.js'
import { activityAlertRemediation, evaluateActivityAlert, type ActivityAlertSpec } from '../../_shared/azure-activity-alerts.js'

// CIS Microsoft Azure Foundations v2.0 5.2.1, v3.0 6.1.2.1.
const SPEC: ActivityAlertSpec = {
  subject: 'policy assignment creation',
  category: 'Administrative',
  operationName: 'Microsoft.Authorization/policyAssignments/write',
}

/** An activity log alert must notify someone on creating a policy assignment anywhere in the subscription. */
export default defineCheck<AzureSubscriptionAttributes>({
  id: 'azure-monitor-alert-create-policy-assignment',
  title: 'Activity log alert notifies on creating a policy assignment',
  resourceType: AZURE_CORE.subscription,
  severity: 'medium',
  categories: ['logging', 'threat-detection'],
  rationale:
    'A new or changed policy assignment alters what is enforced across its scope (a Deny policy set to Disabled, a DeployIfNotExists policy that modifies resources); an alert lets the team confirm each one was intended.',
  remediation: activityAlertRemediation(SPEC),
  evaluate: (sub, result, ctx) => evaluateActivityAlert(sub, SPEC, result, ctx),
})
