import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_CORE, type AzureSubscriptionAttributes } from '../../../normalize/azure/types.js'
import { activityAlertRemediation, evaluateActivityAlert, type ActivityAlertSpec } from '../../_shared/azure-activity-alerts.js'

// CIS Microsoft Azure Foundations v2.0 5.2.5, v3.0 6.1.2.5.
const SPEC: ActivityAlertSpec = {
  subject: 'security solution creation or update',
  category: 'Administrative',
  operationName: 'Microsoft.Security/securitySolutions/write',
}

/** An activity log alert must notify someone on creating or updating a security solution anywhere in the subscription. */
export default defineCheck<AzureSubscriptionAttributes>({
  id: 'azure-monitor-alert-create-update-security-solution',
  title: 'Activity log alert notifies on creating or updating a security solution',
  resourceType: AZURE_CORE.subscription,
  severity: 'medium',
  categories: ['logging', 'threat-detection'],
  rationale:
    'Security solutions (partner firewalls, endpoint protection connected to Defender for Cloud) are part of the detection chain; an alert on each change shows who reconfigured them.',
  remediation: activityAlertRemediation(SPEC),
  evaluate: (sub, result, ctx) => evaluateActivityAlert(sub, SPEC, result, ctx),
})
