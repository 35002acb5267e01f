import type { Framework } from './types.js'

const IAM = '1 Identity and Access Management'
const ORGANIZATION = '1.1 Identity and Access Management: Organization Resource'
const LOG = '2 Logging and Monitoring'
const NET = '3 Networking'
const VM = '4 Virtual Machines'
const STORAGE = '5 Storage'
const SQL = '6 Cloud SQL Database Services'
const MYSQL = '6.1 Cloud SQL Database Services: MySQL'
const POSTGRES = '6.2 Cloud SQL Database Services: PostgreSQL'
const SQLSERVER = '6.3 Cloud SQL Database Services: SQL Server'
const BIGQUERY = '7 BigQuery'
const DATAPROC = '8 Dataproc'

/**
 * CIS Google Cloud Platform Foundation Benchmark v5.0.0: all 93 recommendations. Requirement ids as published (v5.0.0
 * renumbered sections 1 and 2 against v3/v4: the organization-resource recommendations 1.1.x and the Workspace
 * audit-log sharing 2.2 were added); titles are our own short wording. `manual` marks the recommendations CIS assesses
 * manually; an empty `checks` without `manual` is automatable but not yet covered by a Posture check (reported as
 * unmapped, never as passed). GKE is covered by the separate CIS GKE benchmark, so the Posture GKE checks map to no
 * recommendation here.
 *
 * Mapping notes:
 * - SSH and RDP (3.6, 3.7) also map the all-ports firewall check: a rule open to every port opens 22 and 3389 too.
 * - Bucket public access prevention is not mapped to 5.1: a bucket without it may still grant nobody public access.
 */
export const CIS_GCP_5_0: Framework = {
  id: 'cis-gcp',
  name: 'CIS Google Cloud Platform Foundation Benchmark',
  version: '5.0.0',
  provider: 'gcp',
  source: 'https://www.cisecurity.org/benchmark/google_cloud_computing_platform',
  requirements: [
    { id: '1.1.1', section: ORGANIZATION, title: 'The super admin email is a dedicated account, not a person', checks: [], manual: true },
    { id: '1.1.2', section: ORGANIZATION, title: 'Super admin accounts hold no Google Cloud IAM roles', checks: [], manual: true },
    { id: '1.1.3', section: ORGANIZATION, title: 'Folders follow environment and sensitivity', checks: [], manual: true },
    { id: '1.1.4', section: ORGANIZATION, title: 'Baseline organization policy constraints are set centrally', checks: [], manual: true },
    { id: '1.2', section: IAM, title: 'Corporate rather than consumer accounts are used', checks: [], manual: true },
    { id: '1.3', section: IAM, title: 'Every non-service account has MFA', checks: [], manual: true },
    { id: '1.4', section: IAM, title: 'Admin accounts enforce security keys', checks: [], manual: true },
    {
      id: '1.5',
      section: IAM,
      title: 'Service accounts have only Google-managed keys',
      checks: ['gcp-iam-service-account-no-user-managed-keys'],
    },
    { id: '1.6', section: IAM, title: 'Service accounts hold no admin, owner or editor roles', checks: ['gcp-iam-service-account-no-admin-roles'] },
    {
      id: '1.7',
      section: IAM,
      title: 'Service Account User and Token Creator are not granted project-wide',
      checks: ['gcp-iam-no-project-level-service-account-user'],
    },
    {
      id: '1.8',
      section: IAM,
      title: 'User-managed service account keys are rotated within 90 days',
      checks: ['gcp-iam-service-account-keys-rotated-90-days'],
    },
    {
      id: '1.9',
      section: IAM,
      title: 'Nobody holds both Service Account Admin and Service Account User',
      checks: ['gcp-iam-service-account-separation-of-duties'],
    },
    { id: '1.10', section: IAM, title: 'KMS crypto keys are not public', checks: ['gcp-kms-key-not-public'] },
    { id: '1.11', section: IAM, title: 'KMS keys rotate within 90 days', checks: ['gcp-kms-key-rotation-90-days'] },
    {
      id: '1.12',
      section: IAM,
      title: 'Nobody holds both Cloud KMS Admin and an encrypt/decrypt role',
      checks: ['gcp-iam-kms-separation-of-duties'],
    },
    { id: '1.13', section: IAM, title: 'API keys exist only for services in use', checks: [] },
    { id: '1.14', section: IAM, title: 'API keys are restricted to specified hosts and apps', checks: [], manual: true },
    { id: '1.15', section: IAM, title: 'API keys are restricted to the APIs the application needs', checks: [] },
    { id: '1.16', section: IAM, title: 'API keys are rotated within 90 days', checks: [] },
    { id: '1.17', section: IAM, title: 'Essential Contacts are configured for the organization', checks: [] },
    { id: '1.18', section: IAM, title: 'Cloud Functions keep secrets in Secret Manager, not env variables', checks: [], manual: true },
    {
      id: '2.1',
      section: LOG,
      title: 'Cloud Audit Logs record all services and users without exemptions',
      checks: ['gcp-iam-audit-config-all-services'],
    },
    { id: '2.2', section: LOG, title: 'Workspace / Cloud Identity admin audit logs are shared with Cloud', checks: [], manual: true },
    { id: '2.3', section: LOG, title: 'A sink exports all log entries', checks: ['gcp-logging-sink-all-entries'] },
    {
      id: '2.4',
      section: LOG,
      title: 'Log-sink buckets have a locked retention policy',
      checks: ['gcp-logging-sink-bucket-retention-locked'],
    },
    {
      id: '2.5',
      section: LOG,
      title: 'Project ownership changes have a log metric and alert',
      checks: ['gcp-logging-metric-alert-project-ownership-changes'],
    },
    {
      id: '2.6',
      section: LOG,
      title: 'Audit configuration changes have a log metric and alert',
      checks: ['gcp-logging-metric-alert-audit-config-changes'],
    },
    { id: '2.7', section: LOG, title: 'Custom role changes have a log metric and alert', checks: ['gcp-logging-metric-alert-custom-role-changes'] },
    { id: '2.8', section: LOG, title: 'Firewall rule changes have a log metric and alert', checks: ['gcp-logging-metric-alert-firewall-changes'] },
    { id: '2.9', section: LOG, title: 'Route changes have a log metric and alert', checks: ['gcp-logging-metric-alert-route-changes'] },
    { id: '2.10', section: LOG, title: 'VPC network changes have a log metric and alert', checks: ['gcp-logging-metric-alert-network-changes'] },
    {
      id: '2.11',
      section: LOG,
      title: 'Cloud Storage IAM changes have a log metric and alert',
      checks: ['gcp-logging-metric-alert-storage-iam-changes'],
    },
    {
      id: '2.12',
      section: LOG,
      title: 'Cloud SQL configuration changes have a log metric and alert',
      checks: ['gcp-logging-metric-alert-sql-config-changes'],
    },
    { id: '2.13', section: LOG, title: 'Cloud DNS logging is on for every VPC network', checks: ['gcp-vpc-network-dns-logging'] },
    { id: '2.14', section: LOG, title: 'Cloud Asset Inventory is enabled', checks: [] },
    { id: '2.15', section: LOG, title: 'Access Transparency is enabled', checks: [], manual: true },
    { id: '2.16', section: LOG, title: 'Access Approval is enabled', checks: [], manual: true },
    { id: '2.17', section: LOG, title: 'HTTP(S) load balancers log requests', checks: [] },
    { id: '3.1', section: NET, title: 'Projects have no default network', checks: ['gcp-vpc-no-default-network'] },
    { id: '3.2', section: NET, title: 'No legacy networks remain', checks: ['gcp-vpc-no-legacy-network'] },
    { id: '3.3', section: NET, title: 'DNSSEC is enabled for Cloud DNS zones', checks: ['gcp-dns-zone-dnssec-enabled'] },
    { id: '3.4', section: NET, title: 'DNSSEC key-signing keys do not use RSASHA1', checks: ['gcp-dns-zone-no-rsasha1-ksk'] },
    { id: '3.5', section: NET, title: 'DNSSEC zone-signing keys do not use RSASHA1', checks: ['gcp-dns-zone-no-rsasha1-zsk'] },
    {
      id: '3.6',
      section: NET,
      title: 'SSH from the internet is restricted',
      checks: ['gcp-compute-firewall-no-ssh-from-internet', 'gcp-compute-firewall-no-all-ports-from-internet'],
    },
    {
      id: '3.7',
      section: NET,
      title: 'RDP from the internet is restricted',
      checks: ['gcp-compute-firewall-no-rdp-from-internet', 'gcp-compute-firewall-no-all-ports-from-internet'],
    },
    { id: '3.8', section: NET, title: 'VPC Service Controls protect supported services', checks: [], manual: true },
    { id: '3.9', section: NET, title: 'Private Service Connect is used to reach Google APIs', checks: [], manual: true },
    { id: '3.10', section: NET, title: 'Every subnet has VPC flow logs', checks: ['gcp-vpc-subnet-flow-logs'] },
    { id: '3.11', section: NET, title: 'HTTPS and SSL proxy SSL policies exclude weak cipher suites', checks: [], manual: true },
    { id: '3.12', section: NET, title: 'IAP and firewalls admit only Google proxy and health-check ranges', checks: [], manual: true },
    {
      id: '4.1',
      section: VM,
      title: 'Instances do not use the Compute Engine default service account',
      checks: ['gcp-compute-instance-no-default-service-account'],
    },
    {
      id: '4.2',
      section: VM,
      title: 'The default service account is not used with full Cloud API access',
      checks: ['gcp-compute-instance-no-default-sa-full-api-access'],
    },
    { id: '4.3', section: VM, title: 'Instances block project-wide SSH keys', checks: ['gcp-compute-instance-block-project-ssh-keys'] },
    { id: '4.4', section: VM, title: 'OS Login is enabled for the project', checks: ['gcp-compute-project-os-login-enabled'] },
    { id: '4.5', section: VM, title: 'Serial port access is disabled on instances', checks: ['gcp-compute-instance-serial-port-disabled'] },
    { id: '4.6', section: VM, title: 'IP forwarding is disabled on instances', checks: ['gcp-compute-instance-no-ip-forwarding'] },
    { id: '4.7', section: VM, title: 'Disks of critical VMs use customer-supplied keys (CSEK)', checks: [] },
    { id: '4.8', section: VM, title: 'Instances run as Shielded VMs', checks: ['gcp-compute-instance-shielded-vm'] },
    { id: '4.9', section: VM, title: 'Instances have no public IP addresses', checks: ['gcp-compute-instance-no-public-ip'] },
    { id: '4.10', section: VM, title: 'App Engine applications enforce HTTPS', checks: [], manual: true },
    { id: '4.11', section: VM, title: 'Instances use Confidential Computing', checks: [] },
    { id: '4.12', section: VM, title: 'The latest OS updates are installed on VMs', checks: [], manual: true },
    { id: '5.1', section: STORAGE, title: 'Buckets are not anonymously or publicly accessible', checks: ['gcp-storage-bucket-not-public'] },
    { id: '5.2', section: STORAGE, title: 'Buckets use uniform bucket-level access', checks: ['gcp-storage-bucket-uniform-access'] },
    { id: '6.1.1', section: MYSQL, title: 'MySQL administrative users cannot connect without a password', checks: [], manual: true },
    { id: '6.1.2', section: MYSQL, title: "MySQL 'skip_show_database' is on", checks: ['gcp-sql-mysql-skip-show-database-on'] },
    { id: '6.1.3', section: MYSQL, title: "MySQL 'local_infile' is off", checks: ['gcp-sql-mysql-local-infile-off'] },
    { id: '6.2.1', section: POSTGRES, title: "PostgreSQL 'log_error_verbosity' is DEFAULT or stricter", checks: [] },
    { id: '6.2.2', section: POSTGRES, title: "PostgreSQL 'log_connections' is on", checks: ['gcp-sql-postgres-log-connections-on'] },
    { id: '6.2.3', section: POSTGRES, title: "PostgreSQL 'log_disconnections' is on", checks: ['gcp-sql-postgres-log-disconnections-on'] },
    { id: '6.2.4', section: POSTGRES, title: "PostgreSQL 'log_statement' is set appropriately", checks: [] },
    { id: '6.2.5', section: POSTGRES, title: "PostgreSQL 'log_min_messages' is at least WARNING", checks: [] },
    { id: '6.2.6', section: POSTGRES, title: "PostgreSQL 'log_min_error_statement' is ERROR or stricter", checks: [] },
    {
      id: '6.2.7',
      section: POSTGRES,
      title: "PostgreSQL 'log_min_duration_statement' is disabled (-1)",
      checks: ['gcp-sql-postgres-log-min-duration-statement-disabled'],
    },
    { id: '6.2.8', section: POSTGRES, title: "PostgreSQL 'cloudsql.enable_pgaudit' is on", checks: ['gcp-sql-postgres-pgaudit-on'] },
    { id: '6.3.1', section: SQLSERVER, title: "SQL Server 'external scripts enabled' is off", checks: ['gcp-sql-sqlserver-external-scripts-off'] },
    {
      id: '6.3.2',
      section: SQLSERVER,
      title: "SQL Server 'cross db ownership chaining' is off",
      checks: ['gcp-sql-sqlserver-cross-db-ownership-chaining-off'],
    },
    { id: '6.3.3', section: SQLSERVER, title: "SQL Server 'user connections' does not limit connections", checks: [] },
    { id: '6.3.4', section: SQLSERVER, title: "SQL Server 'user options' is not configured", checks: [] },
    { id: '6.3.5', section: SQLSERVER, title: "SQL Server 'remote access' is off", checks: [] },
    { id: '6.3.6', section: SQLSERVER, title: 'SQL Server trace flag 3625 is on', checks: [] },
    {
      id: '6.3.7',
      section: SQLSERVER,
      title: "SQL Server 'contained database authentication' is off",
      checks: ['gcp-sql-sqlserver-contained-db-auth-off'],
    },
    { id: '6.4', section: SQL, title: 'Cloud SQL instances require SSL for all connections', checks: ['gcp-sql-instance-ssl-required'] },
    {
      id: '6.5',
      section: SQL,
      title: 'Cloud SQL authorized networks do not allow 0.0.0.0/0',
      checks: ['gcp-sql-instance-no-open-authorized-networks'],
    },
    { id: '6.6', section: SQL, title: 'Cloud SQL instances use IAM database authentication', checks: [], manual: true },
    { id: '6.7', section: SQL, title: 'Cloud SQL instances have no public IP', checks: ['gcp-sql-instance-no-public-ip'] },
    { id: '6.8', section: SQL, title: 'Cloud SQL instances have automated backups', checks: ['gcp-sql-instance-automated-backups'] },
    { id: '6.9', section: SQL, title: 'Cloud SQL instances have deletion protection', checks: [], manual: true },
    {
      id: '7.1',
      section: BIGQUERY,
      title: 'BigQuery datasets are not anonymously or publicly accessible',
      checks: ['gcp-bigquery-dataset-not-public'],
    },
    { id: '7.2', section: BIGQUERY, title: 'BigQuery tables are encrypted with customer-managed keys', checks: [] },
    { id: '7.3', section: BIGQUERY, title: 'BigQuery datasets have a default customer-managed key', checks: ['gcp-bigquery-dataset-cmk'] },
    { id: '7.4', section: BIGQUERY, title: 'All BigQuery data is classified', checks: [], manual: true },
    { id: '8.1', section: DATAPROC, title: 'Dataproc clusters are encrypted with customer-managed keys', checks: [] },
  ],
}
