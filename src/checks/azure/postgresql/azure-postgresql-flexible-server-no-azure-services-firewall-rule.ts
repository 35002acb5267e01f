import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AZURE_DATABASES_TYPES, type AzurePostgresqlFlexibleServerAttributes } from '../../../normalize/azure/types-databases.js'
import { describeFirewallRule, isAllowAzureServicesRule, isAnyIpRule } from '../../_shared/azure-db-firewall.js'

/** "Allow public access from any Azure service" admits every Azure tenant, not only the owner's resources. */
export default defineCheck<AzurePostgresqlFlexibleServerAttributes>({
  id: 'azure-postgresql-flexible-server-no-azure-services-firewall-rule',
  title: 'PostgreSQL flexible server firewall does not allow access from all Azure services',
  resourceType: AZURE_DATABASES_TYPES.postgresqlFlexibleServer,
  severity: 'medium',
  categories: ['network'],
  rationale:
    'The rule 0.0.0.0–0.0.0.0 ("Allow public access from any Azure service within Azure to this server") lets any resource in any ' +
    "Azure subscription, including an attacker's, reach the server; a 0.0.0.0–255.255.255.255 rule admits them and the rest of the internet.",
  remediation: {
    steps: [
      'Delete the firewall rule 0.0.0.0–0.0.0.0 (AllowAllAzureServicesAndResourcesWithinAzureIps_...) and any rule for all addresses.',
      'Allow only the outbound addresses of your own services, or use private access.',
    ],
    cli: 'az postgres flexible-server firewall-rule delete --resource-group <rg> --name <server> --rule-name <rule> --yes',
    terraform: 'Remove azurerm_postgresql_flexible_server_firewall_rule resources with start_ip_address = "0.0.0.0".',
    references: ['https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-firewall-rules'],
  },
  evaluate(server, result) {
    const { serverName: name, publicNetworkAccess } = server.attributes
    // Firewall rules govern the public endpoint only; a server without one cannot be reached through them.
    if (publicNetworkAccess === 'Disabled')
      return result.pass(`PostgreSQL server ${name} has public network access disabled, so no firewall rule applies.`)
    const open = known(server.attributes.firewallRules, 'firewall rules').filter((r) => isAllowAzureServicesRule(r) || isAnyIpRule(r))
    return open.length === 0
      ? result.pass(`PostgreSQL server ${name} has no firewall rule for all Azure services or all addresses.`)
      : result.fail(
          `PostgreSQL server ${name} has firewall rule(s) ${open.map(describeFirewallRule).join(', ')} admitting all Azure services or all addresses.`,
        )
  },
})
