import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_CORE, type AzureSubscriptionAttributes } from '../../../normalize/azure/types.js'
import { activityAlertRemediation, evaluateActivityAlert, type ActivityAlertSpec } from '../../_shared/azure-activity-alerts.js'

// CIS Microsoft Azure Foundations v2.0 5.2.8, v3.0 6.1.2.8.
const SPEC: ActivityAlertSpec = {
  subject: 'SQL server firewall rule deletion',
  category: 'Administrative',
  operationName: 'Microsoft.Sql/servers/firewallRules/delete',
}

/** An activity log alert must notify someone on deleting an Azure SQL server firewall rule anywhere in the subscription. */
export default defineCheck<AzureSubscriptionAttributes>({
  id: 'azure-monitor-alert-delete-sql-firewall-rule',
  title: 'Activity log alert notifies on deleting an Azure SQL server firewall rule',
  resourceType: AZURE_CORE.subscription,
  severity: 'medium',
  categories: ['logging', 'threat-detection'],
  rationale:
    'Deleting SQL server firewall rules changes who can reach the database and can break or reroute access; an alert keeps the change from going unnoticed.',
  remediation: activityAlertRemediation(SPEC),
  evaluate: (sub, result, ctx) => evaluateActivityAlert(sub, SPEC, result, ctx),
})
