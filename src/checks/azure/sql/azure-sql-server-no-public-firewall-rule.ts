import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AZURE_DATABASES_TYPES, type AzureSqlServerAttributes } from '../../../normalize/azure/types-databases.js'
import { describeFirewallRule, isAllowAzureServicesRule, isAnyIpRule } from '../../_shared/azure-db-firewall.js'

/** A firewall rule for any IP, or "Allow Azure services", lets the whole internet or every Azure tenant try to log in. */
export default defineCheck<AzureSqlServerAttributes>({
  id: 'azure-sql-server-no-public-firewall-rule',
  title: 'Azure SQL server firewall does not allow ingress from 0.0.0.0/0 or all Azure services',
  resourceType: AZURE_DATABASES_TYPES.sqlServer,
  severity: 'high',
  categories: ['network'],
  rationale:
    'A rule 0.0.0.0–255.255.255.255 opens the server to the internet, and the rule 0.0.0.0–0.0.0.0 ("Allow Azure services and ' +
    'resources to access this server") admits any resource in any Azure subscription; either leaves only the SQL login between ' +
    'attackers and the data.',
  remediation: {
    steps: [
      'Delete firewall rules that start at 0.0.0.0 (AllowAllWindowsAzureIps, AllowAll and the like).',
      'Allow only the client addresses that need access, or use private endpoints and disable public network access.',
    ],
    cli: 'az sql server firewall-rule delete --resource-group <rg> --server <server> --name <rule>',
    terraform: 'Remove azurerm_mssql_firewall_rule resources with start_ip_address = "0.0.0.0" (end 0.0.0.0 or 255.255.255.255).',
    references: [
      'https://learn.microsoft.com/azure/azure-sql/database/firewall-configure',
      'https://learn.microsoft.com/azure/azure-sql/database/network-access-controls-overview',
    ],
  },
  evaluate(server, result) {
    const { serverName: name, publicNetworkAccess } = server.attributes
    // With public network access disabled, the server ignores IP firewall rules (only private endpoints connect).
    if (publicNetworkAccess === 'Disabled') return result.pass(`SQL server ${name} has public network access disabled, so no firewall rule applies.`)
    const rules = known(server.attributes.firewallRules, 'server firewall rules')
    const open = rules.filter((r) => isAnyIpRule(r) || isAllowAzureServicesRule(r))
    return open.length === 0
      ? result.pass(`SQL server ${name} has ${rules.length} firewall rule(s), none for any IP or all Azure services.`)
      : result.fail(`SQL server ${name} has firewall rule(s) ${open.map(describeFirewallRule).join(', ')} open to any IP or all Azure services.`)
  },
})
