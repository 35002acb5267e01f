import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_CORE, type AzureSubscriptionAttributes } from '../../../normalize/azure/types.js'
import { activityAlertRemediation, evaluateActivityAlert, type ActivityAlertSpec } from '../../_shared/azure-activity-alerts.js'

// CIS Microsoft Azure Foundations v2.0 5.2.7, v3.0 6.1.2.7.
const SPEC: ActivityAlertSpec = {
  subject: 'SQL server firewall rule creation or update',
  category: 'Administrative',
  operationName: 'Microsoft.Sql/servers/firewallRules/write',
}

/** An activity log alert must notify someone on creating or updating an Azure SQL server firewall rule anywhere in the subscription. */
export default defineCheck<AzureSubscriptionAttributes>({
  id: 'azure-monitor-alert-create-update-sql-firewall-rule',
  title: 'Activity log alert notifies on creating or updating an Azure SQL server firewall rule',
  resourceType: AZURE_CORE.subscription,
  severity: 'medium',
  categories: ['logging', 'threat-detection'],
  rationale:
    'A new or widened SQL server firewall rule can open a database to the internet (0.0.0.0-255.255.255.255); an alert lets the team catch it before data is exposed.',
  remediation: activityAlertRemediation(SPEC),
  evaluate: (sub, result, ctx) => evaluateActivityAlert(sub, SPEC, result, ctx),
})
