import type { Framework } from './types.js'

const DATABRICKS = '2.1 Analytics Services: Azure Databricks'
const VM = '3.1 Compute Services: Virtual Machines'
const IDENTITY = '5 Identity Services'
const SECURITY_DEFAULTS = '5.1 Identity Services: Security Defaults (Per-User MFA)'
const IDENTITY_REVIEWS = '5.3 Identity Services: Periodic Identity Reviews'
const GOVERNANCE = '6 Management and Governance Services'
const MONITORING = '6.1 Management and Governance: Logging and Monitoring'
const NET = '7 Networking Services'
const SECURITY = '8 Security Services'
const DEFENDER = '8.1 Security Services: Microsoft Defender for Cloud'
const DEFENDER_IOT = '8.2 Security Services: Microsoft Defender for IoT'
const KEY_VAULT = '8.3 Security Services: Key Vault'
const BASTION = '8.4 Security Services: Azure Bastion'
const FILES = '9.1 Storage Services: Azure Files'
const BLOB = '9.2 Storage Services: Azure Blob Storage'
const STORAGE = '9.3 Storage Services: Storage Accounts'

/**
 * CIS Microsoft Azure Foundations Benchmark v6.0.0: all 127 recommendations (sections 2, 3 and 5-9; the benchmark lists
 * none under 1 or 4). Requirement ids as published; titles are our own short wording. `manual` marks the
 * recommendations CIS assesses manually; an empty `checks` without `manual` is automatable but not yet covered by a
 * Posture check (reported as unmapped, never as passed). Database services, App Service, AKS, container registries and
 * VM disks are covered by separate CIS benchmarks (Azure Database Services, Compute Services, AKS), so the Posture SQL,
 * PostgreSQL, MySQL, Cosmos DB, App Service, AKS, ACR and VM-disk checks map to no recommendation here; nor do the
 * storage customer-managed-key, infrastructure-encryption and Key Vault soft-delete checks, which v6.0.0 no longer has.
 *
 * Mapping notes:
 * - Key and secret expiry: CIS splits each into RBAC vaults (8.3.1, 8.3.3) and access-policy vaults (8.3.2, 8.3.4);
 *   one Posture check covers every enabled key (secret) in any vault and is mapped to both halves, as CIS AWS 6.3/6.4
 *   map one security-group check to IPv4 and IPv6.
 * - Defender for Databases: one Posture check requires both the open-source relational databases and the Cosmos DB
 *   plans (8.1.7.1, 8.1.7.2), another both SQL plans (8.1.7.3, 8.1.7.4); each is mapped to both recommendations, so a
 *   plan that is off fails both of its pair (never a false pass).
 * - RDP and SSH (7.1, 7.2) also map the all-ports check: a rule open to everything opens 3389 and 22 too.
 * - Defender for Containers (8.1.4.1): the check reads the plan's pricing tier; CIS also wants each of the plan's
 *   components (extensions) on, which Posture does not collect yet.
 */
export const CIS_AZURE_6_0: Framework = {
  id: 'cis-azure',
  name: 'CIS Microsoft Azure Foundations Benchmark',
  version: '6.0.0',
  provider: 'azure',
  source: 'https://www.cisecurity.org/benchmark/azure',
  requirements: [
    { id: '2.1.1', section: DATABRICKS, title: 'Databricks is deployed in a customer-managed VNet', checks: [] },
    { id: '2.1.2', section: DATABRICKS, title: 'Databricks subnets have network security groups', checks: [] },
    { id: '2.1.3', section: DATABRICKS, title: 'Traffic between Databricks worker nodes is encrypted', checks: [], manual: true },
    { id: '2.1.4', section: DATABRICKS, title: 'Databricks users and groups are synced from Entra ID', checks: [], manual: true },
    { id: '2.1.5', section: DATABRICKS, title: 'Unity Catalog governs Databricks data', checks: [], manual: true },
    { id: '2.1.6', section: DATABRICKS, title: 'Databricks personal access tokens are restricted and expire', checks: [], manual: true },
    { id: '2.1.7', section: DATABRICKS, title: 'Databricks diagnostic logs are delivered', checks: [] },
    { id: '2.1.8', section: DATABRICKS, title: 'Critical Databricks data uses customer-managed keys', checks: [], manual: true },
    { id: '2.1.9', section: DATABRICKS, title: 'Databricks secure cluster connectivity (no public IP) is on', checks: [] },
    { id: '2.1.10', section: DATABRICKS, title: 'Databricks public network access is disabled', checks: [] },
    { id: '2.1.11', section: DATABRICKS, title: 'Databricks workspaces are reached through private endpoints', checks: [] },
    { id: '2.1.12', section: DATABRICKS, title: 'Databricks groups are reviewed periodically', checks: [], manual: true },
    { id: '3.1.1', section: VM, title: 'Only MFA-enabled identities can sign in to privileged VMs', checks: [], manual: true },
    { id: '5.1.1', section: SECURITY_DEFAULTS, title: 'Entra ID security defaults are enabled', checks: [] },
    { id: '5.1.2', section: SECURITY_DEFAULTS, title: 'Registering or joining devices requires MFA', checks: [], manual: true },
    { id: '5.1.3', section: SECURITY_DEFAULTS, title: 'MFA is enabled for every user', checks: [] },
    { id: '5.1.4', section: SECURITY_DEFAULTS, title: 'Users cannot skip MFA on devices they trust', checks: [], manual: true },
    { id: '5.3.1', section: IDENTITY_REVIEWS, title: 'Admin accounts are not used for daily work', checks: [], manual: true },
    { id: '5.3.2', section: IDENTITY_REVIEWS, title: 'Guest users are reviewed regularly', checks: [], manual: true },
    { id: '5.3.3', section: IDENTITY_REVIEWS, title: 'User Access Administrator at root scope is removed after use', checks: [] },
    { id: '5.3.4', section: IDENTITY_REVIEWS, title: 'Privileged role assignments are reviewed periodically', checks: [], manual: true },
    { id: '5.3.5', section: IDENTITY_REVIEWS, title: 'Disabled user accounts hold no read, write or owner roles', checks: [], manual: true },
    { id: '5.3.6', section: IDENTITY_REVIEWS, title: 'Tenant Creator role assignments are reviewed periodically', checks: [], manual: true },
    { id: '5.3.7', section: IDENTITY_REVIEWS, title: 'Non-privileged role assignments are reviewed periodically', checks: [], manual: true },
    { id: '5.4', section: IDENTITY, title: 'No custom role grants subscription-wide administrator rights', checks: [] },
    { id: '5.5', section: IDENTITY, title: 'A custom role exists for administering resource locks', checks: [], manual: true },
    { id: '5.6', section: IDENTITY, title: 'Nobody may move subscriptions into or out of the tenant', checks: [], manual: true },
    { id: '5.7', section: IDENTITY, title: 'Each subscription has two or three owners', checks: [] },
    {
      id: '6.1.1.1',
      section: MONITORING,
      title: 'Subscription activity logs have a diagnostic setting',
      checks: ['azure-monitor-subscription-diagnostic-setting'],
    },
    {
      id: '6.1.1.2',
      section: MONITORING,
      title: 'The diagnostic setting captures the security-relevant categories',
      checks: ['azure-monitor-subscription-diagnostic-categories'],
    },
    { id: '6.1.1.3', section: MONITORING, title: 'The activity-log storage account uses a customer-managed key', checks: [], manual: true },
    { id: '6.1.1.4', section: MONITORING, title: 'Key Vault audit logging is enabled', checks: ['azure-keyvault-vault-diagnostic-logging'] },
    { id: '6.1.1.5', section: MONITORING, title: 'NSG flow logs are sent to Log Analytics', checks: [], manual: true },
    { id: '6.1.1.6', section: MONITORING, title: 'Virtual network flow logs are sent to Log Analytics', checks: [], manual: true },
    { id: '6.1.1.7', section: MONITORING, title: 'Microsoft Graph activity logs are exported', checks: [], manual: true },
    { id: '6.1.1.8', section: MONITORING, title: 'Entra ID activity logs are exported', checks: [], manual: true },
    { id: '6.1.1.9', section: MONITORING, title: 'Intune logs are sent to Log Analytics', checks: [], manual: true },
    {
      id: '6.1.2.1',
      section: MONITORING,
      title: 'Creating a policy assignment raises an activity-log alert',
      checks: ['azure-monitor-alert-create-policy-assignment'],
    },
    {
      id: '6.1.2.2',
      section: MONITORING,
      title: 'Deleting a policy assignment raises an activity-log alert',
      checks: ['azure-monitor-alert-delete-policy-assignment'],
    },
    {
      id: '6.1.2.3',
      section: MONITORING,
      title: 'Creating or updating an NSG raises an activity-log alert',
      checks: ['azure-monitor-alert-create-update-nsg'],
    },
    { id: '6.1.2.4', section: MONITORING, title: 'Deleting an NSG raises an activity-log alert', checks: ['azure-monitor-alert-delete-nsg'] },
    {
      id: '6.1.2.5',
      section: MONITORING,
      title: 'Creating or updating a security solution raises an activity-log alert',
      checks: ['azure-monitor-alert-create-update-security-solution'],
    },
    {
      id: '6.1.2.6',
      section: MONITORING,
      title: 'Deleting a security solution raises an activity-log alert',
      checks: ['azure-monitor-alert-delete-security-solution'],
    },
    {
      id: '6.1.2.7',
      section: MONITORING,
      title: 'Creating or updating a SQL firewall rule raises an activity-log alert',
      checks: ['azure-monitor-alert-create-update-sql-firewall-rule'],
    },
    {
      id: '6.1.2.8',
      section: MONITORING,
      title: 'Deleting a SQL firewall rule raises an activity-log alert',
      checks: ['azure-monitor-alert-delete-sql-firewall-rule'],
    },
    {
      id: '6.1.2.9',
      section: MONITORING,
      title: 'Creating or updating a public IP raises an activity-log alert',
      checks: ['azure-monitor-alert-create-update-public-ip'],
    },
    {
      id: '6.1.2.10',
      section: MONITORING,
      title: 'Deleting a public IP raises an activity-log alert',
      checks: ['azure-monitor-alert-delete-public-ip'],
    },
    {
      id: '6.1.2.11',
      section: MONITORING,
      title: 'Service Health events raise an activity-log alert',
      checks: ['azure-monitor-alert-service-health'],
    },
    { id: '6.1.3.1', section: MONITORING, title: 'Application Insights is configured', checks: [] },
    { id: '6.1.4', section: MONITORING, title: 'Resource logs are enabled for every service that supports them', checks: [], manual: true },
    { id: '6.1.5', section: MONITORING, title: 'Production resources needing an SLA avoid Basic and Free SKUs', checks: [], manual: true },
    { id: '6.2', section: GOVERNANCE, title: 'Mission-critical resources have resource locks', checks: [], manual: true },
    {
      id: '7.1',
      section: NET,
      title: 'RDP from the internet is restricted',
      checks: ['azure-network-nsg-no-rdp-from-internet', 'azure-network-nsg-no-all-ports-from-internet'],
    },
    {
      id: '7.2',
      section: NET,
      title: 'SSH from the internet is restricted',
      checks: ['azure-network-nsg-no-ssh-from-internet', 'azure-network-nsg-no-all-ports-from-internet'],
    },
    { id: '7.3', section: NET, title: 'UDP from the internet is restricted', checks: ['azure-network-nsg-no-udp-from-internet'] },
    { id: '7.4', section: NET, title: 'HTTP(S) from the internet is restricted', checks: ['azure-network-nsg-no-http-from-internet'] },
    { id: '7.5', section: NET, title: 'NSG flow logs are retained for at least 90 days', checks: [] },
    { id: '7.6', section: NET, title: 'Network Watcher is enabled in every region in use', checks: ['azure-network-watcher-enabled'] },
    { id: '7.7', section: NET, title: 'Public IP addresses are reviewed periodically', checks: [], manual: true },
    { id: '7.8', section: NET, title: 'Virtual network flow logs are retained for at least 90 days', checks: [] },
    { id: '7.9', section: NET, title: 'Point-to-site VPN authenticates with Entra ID only', checks: [] },
    { id: '7.10', section: NET, title: 'Application Gateways have a web application firewall', checks: [] },
    { id: '7.11', section: NET, title: 'Subnets are associated with network security groups', checks: ['azure-network-vnet-subnets-have-nsg'] },
    { id: '7.12', section: NET, title: 'Application Gateway SSL policies require TLS 1.2 or higher', checks: [] },
    { id: '7.13', section: NET, title: 'HTTP/2 is enabled on Application Gateways', checks: [] },
    { id: '7.14', section: NET, title: 'Application Gateway WAF policies inspect request bodies', checks: [] },
    { id: '7.15', section: NET, title: 'Application Gateway WAF policies enable bot protection', checks: [] },
    { id: '7.16', section: NET, title: 'A network security perimeter secures PaaS resources', checks: [], manual: true },
    { id: '8.1.1.1', section: DEFENDER, title: 'Defender CSPM is on', checks: [] },
    { id: '8.1.2.1', section: DEFENDER, title: 'Defender for APIs is on', checks: [] },
    { id: '8.1.3.1', section: DEFENDER, title: 'Defender for Servers is on', checks: ['azure-defender-servers-plan-on'] },
    { id: '8.1.3.2', section: DEFENDER, title: 'Vulnerability assessment for machines is on', checks: [], manual: true },
    { id: '8.1.3.3', section: DEFENDER, title: 'Endpoint protection integration is on', checks: [] },
    { id: '8.1.3.4', section: DEFENDER, title: 'Agentless scanning for machines is on', checks: [], manual: true },
    { id: '8.1.3.5', section: DEFENDER, title: 'File Integrity Monitoring is on', checks: [], manual: true },
    { id: '8.1.4.1', section: DEFENDER, title: 'Defender for Containers is on', checks: ['azure-defender-containers-plan-on'] },
    { id: '8.1.5.1', section: DEFENDER, title: 'Defender for Storage is on', checks: ['azure-defender-storage-plan-on'] },
    { id: '8.1.5.2', section: DEFENDER, title: 'Storage threat protection alerts are monitored', checks: [], manual: true },
    { id: '8.1.6.1', section: DEFENDER, title: 'Defender for App Service is on', checks: ['azure-defender-app-service-plan-on'] },
    { id: '8.1.7.1', section: DEFENDER, title: 'Defender for Azure Cosmos DB is on', checks: ['azure-defender-databases-plan-on'] },
    { id: '8.1.7.2', section: DEFENDER, title: 'Defender for open-source relational databases is on', checks: ['azure-defender-databases-plan-on'] },
    { id: '8.1.7.3', section: DEFENDER, title: 'Defender for Azure SQL databases is on', checks: ['azure-defender-sql-plan-on'] },
    { id: '8.1.7.4', section: DEFENDER, title: 'Defender for SQL servers on machines is on', checks: ['azure-defender-sql-plan-on'] },
    { id: '8.1.8.1', section: DEFENDER, title: 'Defender for Key Vault is on', checks: ['azure-defender-keyvault-plan-on'] },
    { id: '8.1.9.1', section: DEFENDER, title: 'Defender for Resource Manager is on', checks: ['azure-defender-arm-plan-on'] },
    { id: '8.1.10', section: DEFENDER, title: 'Defender for Cloud checks VM operating systems for updates', checks: [] },
    { id: '8.1.11', section: DEFENDER, title: 'Microsoft Cloud Security Benchmark policies are not disabled', checks: [], manual: true },
    { id: '8.1.12', section: DEFENDER, title: 'Security alert emails go to subscription owners', checks: ['azure-defender-owner-notifications'] },
    { id: '8.1.13', section: DEFENDER, title: 'A security contact email is configured', checks: ['azure-defender-security-contact-email'] },
    {
      id: '8.1.14',
      section: DEFENDER,
      title: 'Alert email notifications are on for high severity',
      checks: ['azure-defender-alert-notifications-high-severity'],
    },
    { id: '8.1.15', section: DEFENDER, title: 'Attack path email notifications are on', checks: [] },
    { id: '8.1.16', section: DEFENDER, title: 'Defender External Attack Surface Management is enabled', checks: [], manual: true },
    { id: '8.2.1', section: DEFENDER_IOT, title: 'Defender for IoT Hub is on', checks: [], manual: true },
    { id: '8.3.1', section: KEY_VAULT, title: 'Keys in RBAC vaults have an expiration date', checks: ['azure-keyvault-key-expiry-set'] },
    { id: '8.3.2', section: KEY_VAULT, title: 'Keys in access-policy vaults have an expiration date', checks: ['azure-keyvault-key-expiry-set'] },
    { id: '8.3.3', section: KEY_VAULT, title: 'Secrets in RBAC vaults have an expiration date', checks: ['azure-keyvault-secret-expiry-set'] },
    {
      id: '8.3.4',
      section: KEY_VAULT,
      title: 'Secrets in access-policy vaults have an expiration date',
      checks: ['azure-keyvault-secret-expiry-set'],
    },
    { id: '8.3.5', section: KEY_VAULT, title: 'Key vaults have purge protection', checks: ['azure-keyvault-vault-purge-protection'] },
    { id: '8.3.6', section: KEY_VAULT, title: 'Key vaults use the RBAC permission model', checks: ['azure-keyvault-vault-rbac-authorization'] },
    {
      id: '8.3.7',
      section: KEY_VAULT,
      title: 'Key vault public network access is disabled',
      checks: ['azure-keyvault-vault-public-network-access-disabled'],
    },
    { id: '8.3.8', section: KEY_VAULT, title: 'Key vaults are reached through private endpoints', checks: [] },
    { id: '8.3.9', section: KEY_VAULT, title: 'Key Vault keys rotate automatically', checks: [] },
    { id: '8.3.10', section: KEY_VAULT, title: 'Managed HSM is used where required', checks: [], manual: true },
    { id: '8.3.11', section: KEY_VAULT, title: 'Certificates are valid for at most 12 months', checks: [] },
    { id: '8.4.1', section: BASTION, title: 'An Azure Bastion host exists', checks: [] },
    { id: '8.5', section: SECURITY, title: 'Virtual networks have DDoS Network Protection', checks: [] },
    { id: '9.1.1', section: FILES, title: 'File shares have soft delete', checks: [] },
    { id: '9.1.2', section: FILES, title: 'SMB file shares require SMB 3.1.1 or later', checks: [] },
    { id: '9.1.3', section: FILES, title: 'SMB channel encryption is AES-256-GCM or stronger', checks: [] },
    { id: '9.2.1', section: BLOB, title: 'Blob soft delete is enabled', checks: ['azure-storage-account-blob-soft-delete'] },
    { id: '9.2.2', section: BLOB, title: 'Container soft delete is enabled', checks: ['azure-storage-account-container-soft-delete'] },
    { id: '9.2.3', section: BLOB, title: 'Blob versioning is enabled', checks: [] },
    { id: '9.3.1.1', section: STORAGE, title: 'Access key rotation reminders are enabled', checks: ['azure-storage-account-key-rotation-reminder'] },
    { id: '9.3.1.2', section: STORAGE, title: 'Storage access keys are regenerated periodically', checks: [] },
    { id: '9.3.1.3', section: STORAGE, title: 'Shared key (account key) access is disabled', checks: ['azure-storage-account-shared-key-disabled'] },
    { id: '9.3.2.1', section: STORAGE, title: 'Storage accounts are reached through private endpoints', checks: [] },
    {
      id: '9.3.2.2',
      section: STORAGE,
      title: 'Storage account public network access is disabled',
      checks: ['azure-storage-account-public-network-access-disabled'],
    },
    { id: '9.3.2.3', section: STORAGE, title: 'Storage network rules deny by default', checks: ['azure-storage-account-network-default-deny'] },
    { id: '9.3.3.1', section: STORAGE, title: 'The portal defaults to Entra ID authorization for data', checks: [] },
    { id: '9.3.4', section: STORAGE, title: 'Secure transfer (HTTPS only) is required', checks: ['azure-storage-account-https-only'] },
    {
      id: '9.3.5',
      section: STORAGE,
      title: 'Trusted Microsoft services may bypass the storage firewall',
      checks: ['azure-storage-account-trusted-services-bypass'],
    },
    { id: '9.3.6', section: STORAGE, title: 'Minimum TLS version is 1.2', checks: ['azure-storage-account-min-tls-12'] },
    { id: '9.3.7', section: STORAGE, title: 'Cross-tenant replication is disabled', checks: [] },
    { id: '9.3.8', section: STORAGE, title: 'Anonymous blob access is disabled', checks: ['azure-storage-account-no-public-blob-access'] },
    { id: '9.3.9', section: STORAGE, title: 'Storage accounts have delete locks', checks: [], manual: true },
    { id: '9.3.10', section: STORAGE, title: 'Read-only locks are considered for storage accounts', checks: [], manual: true },
    { id: '9.3.11', section: STORAGE, title: 'Critical storage accounts use geo-redundant storage', checks: [] },
  ],
}
