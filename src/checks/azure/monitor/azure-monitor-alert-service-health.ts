import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_CORE, type AzureSubscriptionAttributes } from '../../../normalize/azure/types.js'
import { activityAlertRemediation, evaluateActivityAlert, type ActivityAlertSpec } from '../../_shared/azure-activity-alerts.js'

// CIS Microsoft Azure Foundations v3.0 6.1.2.11: category ServiceHealth, at least service issues (incidents).
const SPEC: ActivityAlertSpec = { subject: 'Service Health incidents', category: 'ServiceHealth' }

/** An activity log alert must notify someone when Azure reports a service issue affecting the subscription. */
export default defineCheck<AzureSubscriptionAttributes>({
  id: 'azure-monitor-alert-service-health',
  title: 'Activity log alert notifies on Azure Service Health incidents',
  resourceType: AZURE_CORE.subscription,
  severity: 'low',
  categories: ['logging', 'resilience'],
  rationale:
    'Service Health events tell which Azure outages and security advisories affect the subscription; without an alert the team learns of ' +
    'them from users, and an incident in a security service (Key Vault, Entra ID) goes unexplained.',
  remediation: activityAlertRemediation(SPEC),
  evaluate: (sub, result, ctx) => evaluateActivityAlert(sub, SPEC, result, ctx),
})
