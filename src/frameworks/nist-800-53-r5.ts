import {
  AUTO_MINOR_UPGRADES,
  CLOUDTRAIL,
  CURRENT_TLS,
  EMBEDDED_SECRETS,
  FULL_ADMIN,
  NIST_AUDIT_LOGS,
  NIST_BACKUPS,
  NIST_ENCRYPTED_AT_REST,
  NIST_ENCRYPTED_IN_TRANSIT,
  NIST_OUTSIDE_ORG,
  NIST_PUBLIC_ACCESS,
  SECURITY_ALARMS,
  UNAUTHENTICATED,
  UNAUTHENTICATED_DATA_STORES,
  UNSUPPORTED_VERSIONS,
  ALERT_CONTACTS,
  AZURE_ACTIVITY_ALERTS,
  BROAD_GRANTS,
  GCP_LOG_METRIC_ALERTS,
  LOCAL_AUTHENTICATION,
  LONG_LIVED_CREDENTIALS,
  ROLE_BASED_ACCESS,
  SEPARATION_OF_DUTIES,
  THREAT_DETECTION,
} from './check-groups.js'
import type { Framework } from './types.js'

const AC = 'AC Access Control'
const AU = 'AU Audit and Accountability'
const CA = 'CA Assessment, Authorization, and Monitoring'
const CM = 'CM Configuration Management'
const CP = 'CP Contingency Planning'
const IA = 'IA Identification and Authentication'
const IR = 'IR Incident Response'
const RA = 'RA Risk Assessment'
const SA = 'SA System and Services Acquisition'
const SC = 'SC System and Communications Protection'
const SI = 'SI System and Information Integrity'

/** Services writing their own audit or access logs (AU-12): NIST_AUDIT_LOGS without the CloudTrail data-event, delivery and bucket-logging checks
 * and without their Google Cloud counterpart, data-access audit logs for all services (mapped to AU-2 with them). */
const AUDIT_LOGS = NIST_AUDIT_LOGS.filter(
  (c) =>
    ![
      'aws-cloudtrail-s3-data-events-read',
      'aws-cloudtrail-s3-data-events-write',
      'aws-cloudtrail-cloudwatch-logs-integrated',
      'aws-cloudtrail-s3-bucket-access-logging-enabled',
      'gcp-iam-audit-config-all-services',
    ].includes(c),
)

/** Endpoints that accept requests without any authentication (unauthenticated data stores are mapped separately). */
const UNAUTHENTICATED_ENDPOINTS = UNAUTHENTICATED.filter((c) => !UNAUTHENTICATED_DATA_STORES.includes(c))

/** Alarms on configuration changes (CM-3 f: monitor configuration-controlled changes). */
const CHANGE_ALARMS = [
  'aws-cloudwatch-iam-policy-changes-monitored',
  'aws-cloudwatch-cloudtrail-changes-monitored',
  'aws-cloudwatch-cmk-disable-deletion-monitored',
  'aws-cloudwatch-s3-bucket-policy-changes-monitored',
  'aws-cloudwatch-config-changes-monitored',
  'aws-cloudwatch-security-group-changes-monitored',
  'aws-cloudwatch-nacl-changes-monitored',
  'aws-cloudwatch-network-gateway-changes-monitored',
  'aws-cloudwatch-route-table-changes-monitored',
  'aws-cloudwatch-vpc-changes-monitored',
  'aws-cloudwatch-organizations-changes-monitored',
  'aws-cloudformation-stack-notifications-configured',
  ...AZURE_ACTIVITY_ALERTS,
  ...GCP_LOG_METRIC_ALERTS,
]

/** Administration ports and all-traffic rules open to the internet. */
const INBOUND_FROM_INTERNET = [
  'aws-ec2-sg-no-all-traffic-from-internet',
  'aws-ec2-sg-no-ssh-from-internet',
  'aws-ec2-sg-no-rdp-from-internet',
  'aws-ec2-sg-no-cifs-from-internet',
  'aws-ec2-nacl-no-admin-ports-from-internet',
  'aws-eks-nodegroup-no-ssh-from-internet',
  'azure-network-nsg-no-all-ports-from-internet',
  'azure-network-nsg-no-ssh-from-internet',
  'azure-network-nsg-no-rdp-from-internet',
  'gcp-compute-firewall-no-all-ports-from-internet',
  'gcp-compute-firewall-no-ssh-from-internet',
  'gcp-compute-firewall-no-rdp-from-internet',
]

/** The Azure diagnostic setting exporting the subscription activity log (Google Cloud records administrative activity unconditionally). */
const AZURE_ACTIVITY_LOG = 'azure-monitor-subscription-diagnostic-setting'

/** Point-in-time recovery of databases (CP-10(2) transaction recovery). */
const POINT_IN_TIME_RECOVERY = [
  'aws-rds-instance-backup-enabled',
  'aws-dynamodb-table-pitr-enabled',
  'aws-documentdb-cluster-backup-retention',
  'aws-neptune-cluster-backup-retention',
]

/**
 * NIST SP 800-53 Rev. 5 Security and Privacy Controls, release 5.2.0. Control ids as published (the non-padded
 * form, e.g. SC-7(4)); titles are our own short wording. The catalog holds over 1,000 controls and enhancements,
 * most of them organisational; only those a cloud configuration can evidence are listed (see `scope`). `manual`
 * marks base controls listed for context whose substance is organisational; an empty `checks` without `manual` is
 * automatable but not yet covered by a Posture check (reported as unmapped, never as passed).
 */
export const NIST_800_53_R5: Framework = {
  id: 'nist-800-53',
  name: 'NIST SP 800-53 Security and Privacy Controls',
  version: '5.2.0',
  provider: 'multi',
  source: 'https://csrc.nist.gov/pubs/sp/800/53/r5/upd1/final',
  scope:
    'Controls and control enhancements with cloud-configuration evidence in the AC, AU, CA, CM, CP, IA, IR, RA, SA, SC ' +
    'and SI families, selected with the AWS Config conformance pack "Operational Best Practices for NIST 800-53 rev 5" ' +
    'and the Security Hub NIST SP 800-53 Rev. 5 standard as guides; ids from the usnistgov/oscal-content catalog. ' +
    'Organisational controls (policies, training, personnel, physical security, plans) are not listed; a few base ' +
    'controls of listed enhancements are kept as manual.',
  requirements: [
    // AC Access Control
    {
      id: 'AC-2',
      section: AC,
      title: 'System accounts are managed and unused credentials disabled',
      checks: ['aws-iam-user-unused-credentials-disabled'],
    },
    {
      id: 'AC-2(1)',
      section: AC,
      title: 'Accounts are managed with automated mechanisms (e.g. central identity provider)',
      checks: LOCAL_AUTHENTICATION,
    },
    {
      id: 'AC-2(3)',
      section: AC,
      title: 'Inactive accounts are disabled after a defined period',
      checks: ['aws-iam-user-unused-credentials-disabled'],
    },
    {
      id: 'AC-2(4)',
      section: AC,
      title: 'Account creation, change and removal are audited automatically',
      checks: [...CLOUDTRAIL, AZURE_ACTIVITY_LOG],
    },
    {
      id: 'AC-2(12)',
      section: AC,
      title: 'Accounts are monitored for atypical use',
      checks: ['aws-guardduty-enabled', 'aws-cognito-user-pool-threat-protection-enforced', 'azure-defender-arm-plan-on'],
    },
    {
      id: 'AC-3',
      section: AC,
      title: 'Access to resources is enforced; nothing is open to anyone',
      checks: [...NIST_PUBLIC_ACCESS, ...UNAUTHENTICATED_ENDPOINTS],
    },
    {
      id: 'AC-3(7)',
      section: AC,
      title: 'Permissions are granted through roles and groups',
      checks: ['aws-iam-user-no-direct-policies', ...ROLE_BASED_ACCESS],
    },
    { id: 'AC-4', section: AC, title: 'Information flows to outside parties follow approved authorizations', checks: NIST_OUTSIDE_ORG },
    { id: 'AC-5', section: AC, title: 'Duties are separated: no principal holds both halves of a duty', checks: SEPARATION_OF_DUTIES },
    {
      id: 'AC-6',
      section: AC,
      title: 'Least privilege: no full-admin grants or over-privileged workloads',
      checks: [
        ...FULL_ADMIN,
        'aws-iam-cloudshell-full-access-restricted',
        'aws-cloudformation-stack-service-role-configured',
        'aws-cognito-identity-pool-classic-flow-disabled',
        'aws-opensearch-domain-fine-grained-access',
        'aws-codebuild-project-privileged-mode-disabled',
        'aws-ecs-task-definition-non-root-user',
        ...BROAD_GRANTS,
      ],
    },
    {
      id: 'AC-6(2)',
      section: AC,
      title: 'Privileged root credentials are not used for everyday work',
      checks: ['aws-iam-root-not-recently-used', 'aws-iam-root-no-access-keys'],
    },
    { id: 'AC-6(9)', section: AC, title: 'Use of privileged functions is logged', checks: [...CLOUDTRAIL, AZURE_ACTIVITY_LOG] },
    {
      id: 'AC-6(10)',
      section: AC,
      title: 'Workloads and notebook users cannot run privileged host functions',
      checks: ['aws-ecs-task-definition-no-privileged-containers', 'aws-sagemaker-notebook-root-access-disabled'],
    },
    {
      id: 'AC-17',
      section: AC,
      title: 'Remote administration access is restricted, not open to the internet',
      checks: [
        'aws-ec2-sg-no-ssh-from-internet',
        'aws-ec2-sg-no-rdp-from-internet',
        'aws-ec2-nacl-no-admin-ports-from-internet',
        'aws-eks-nodegroup-no-ssh-from-internet',
        'aws-eks-cluster-endpoint-not-public',
        'azure-network-nsg-no-ssh-from-internet',
        'azure-network-nsg-no-rdp-from-internet',
        'azure-aks-cluster-private-api-server',
        'gcp-compute-firewall-no-ssh-from-internet',
        'gcp-compute-firewall-no-rdp-from-internet',
        'gcp-compute-instance-serial-port-disabled',
        'gcp-gke-cluster-master-authorized-networks',
      ],
    },
    { id: 'AC-17(1)', section: AC, title: 'Remote shell sessions into workloads are recorded', checks: ['aws-ecs-cluster-exec-logging-enabled'] },

    // AU Audit and Accountability
    {
      id: 'AU-2',
      section: AU,
      title: 'Selected event types, incl. S3 object access, are logged account-wide',
      checks: [
        ...CLOUDTRAIL,
        'aws-cloudtrail-s3-data-events-read',
        'aws-cloudtrail-s3-data-events-write',
        AZURE_ACTIVITY_LOG,
        'azure-monitor-subscription-diagnostic-categories',
        'gcp-iam-audit-config-all-services',
      ],
    },
    {
      id: 'AU-5',
      section: AU,
      title: 'Personnel are alerted when audit logging is stopped or changed',
      checks: ['aws-cloudwatch-cloudtrail-changes-monitored', 'gcp-logging-metric-alert-audit-config-changes'],
    },
    { id: 'AU-6', section: AU, title: 'Audit records are reviewed and analysed, findings reported', checks: [], manual: true },
    {
      id: 'AU-6(1)',
      section: AU,
      title: 'Audit review is integrated with automated analysis and alerting',
      checks: ['aws-cloudtrail-cloudwatch-logs-integrated'],
    },
    {
      id: 'AU-6(5)',
      section: AU,
      title: 'Audit records are analysed together with other monitoring data',
      checks: ['aws-guardduty-enabled', ...THREAT_DETECTION],
    },
    {
      id: 'AU-9',
      section: AU,
      title: 'Audit logs are protected from unauthorized access, change and deletion',
      checks: [
        'aws-cloudtrail-kms-encryption-enabled',
        'aws-cloudtrail-log-file-validation-enabled',
        'aws-cloudtrail-s3-bucket-access-logging-enabled',
        'gcp-logging-sink-bucket-retention-locked',
      ],
    },
    { id: 'AU-9(2)', section: AU, title: 'Audit logs are stored in a separate system (e.g. log archive account)', checks: [] },
    {
      id: 'AU-9(3)',
      section: AU,
      title: 'Integrity of audit logs is protected cryptographically',
      checks: ['aws-cloudtrail-log-file-validation-enabled'],
    },
    {
      id: 'AU-10',
      section: AU,
      title: 'Actions are attributable with tamper-evident records (non-repudiation)',
      checks: ['aws-cloudtrail-multi-region-trail-enabled', 'aws-cloudtrail-log-file-validation-enabled'],
    },
    { id: 'AU-11', section: AU, title: 'Audit records are retained for the defined period', checks: [] },
    { id: 'AU-12', section: AU, title: 'Systems and services generate audit records', checks: AUDIT_LOGS },
    {
      id: 'AU-12(1)',
      section: AU,
      title: 'Audit trail covers the whole system (all regions)',
      checks: ['aws-cloudtrail-multi-region-trail-enabled', AZURE_ACTIVITY_LOG],
    },

    // CA Assessment, Authorization, and Monitoring
    {
      id: 'CA-7',
      section: CA,
      title: 'Configuration and security findings are monitored continuously',
      checks: ['aws-config-recorder-enabled', 'aws-securityhub-enabled', 'aws-accessanalyzer-enabled'],
    },

    // CM Configuration Management
    { id: 'CM-2', section: CM, title: 'Deployed resources match their baseline (no IaC drift)', checks: ['aws-cloudformation-stack-no-drift'] },
    { id: 'CM-2(2)', section: CM, title: 'Baseline configuration is kept current by automated recording', checks: ['aws-config-recorder-enabled'] },
    { id: 'CM-3', section: CM, title: 'Security-relevant configuration changes are monitored', checks: CHANGE_ALARMS },
    { id: 'CM-8', section: CM, title: 'An inventory of system components is maintained', checks: ['aws-config-recorder-enabled'] },
    { id: 'CM-8(2)', section: CM, title: 'Component inventory is maintained automatically', checks: ['aws-config-recorder-enabled'] },
    { id: 'CM-14', section: CM, title: 'Only signed code can be deployed', checks: ['aws-lambda-function-code-signing'] },

    // CP Contingency Planning
    { id: 'CP-6', section: CP, title: 'Backups are copied to an alternate storage site (e.g. another region)', checks: [] },
    { id: 'CP-9', section: CP, title: 'Backups are taken, retained and protected', checks: NIST_BACKUPS },
    {
      id: 'CP-9(8)',
      section: CP,
      title: 'Backup snapshots are encrypted',
      checks: ['aws-ec2-snapshot-encrypted', 'aws-rds-snapshot-encrypted'],
    },
    { id: 'CP-10', section: CP, title: 'The system can be recovered and reconstituted to a known state', checks: [], manual: true },
    { id: 'CP-10(2)', section: CP, title: 'Databases support point-in-time (transaction) recovery', checks: POINT_IN_TIME_RECOVERY },

    // IA Identification and Authentication
    {
      id: 'IA-2',
      section: IA,
      title: 'Clients of data services are identified and authenticated',
      checks: ['aws-elasticache-replication-group-auth-enabled', 'aws-msk-cluster-unauthenticated-access-disabled', 'aws-neptune-cluster-iam-auth'],
    },
    { id: 'IA-2(1)', section: IA, title: 'Privileged accounts use MFA', checks: ['aws-iam-root-mfa-enabled', 'aws-iam-user-console-mfa-enabled'] },
    { id: 'IA-2(2)', section: IA, title: 'Non-privileged accounts use MFA', checks: ['aws-iam-user-console-mfa-enabled'] },
    { id: 'IA-2(6)', section: IA, title: 'Root account MFA is on a separate hardware device', checks: ['aws-iam-root-hardware-mfa-enabled'] },
    {
      id: 'IA-5',
      section: IA,
      title: 'Authenticators are rotated, limited and protected from disclosure',
      checks: [
        'aws-iam-access-key-rotated',
        'aws-iam-user-single-active-access-key',
        'aws-secretsmanager-secret-rotation-enabled',
        'aws-secretsmanager-secret-rotated-within-90-days',
        'aws-codebuild-source-credentials-no-personal-tokens',
        'aws-ec2-instance-imdsv2-required',
        'aws-ec2-launch-template-imdsv2-required',
        'aws-autoscaling-launch-config-imdsv2-required',
        ...LONG_LIVED_CREDENTIALS,
        'gcp-gke-cluster-workload-identity',
      ],
    },
    {
      id: 'IA-5(1)',
      section: IA,
      title: 'Password policies enforce length, complexity and no reuse',
      checks: [
        'aws-iam-password-policy-min-length',
        'aws-iam-password-policy-complexity',
        'aws-iam-password-policy-reuse-prevention',
        'aws-cognito-user-pool-password-min-length',
      ],
    },
    { id: 'IA-5(7)', section: IA, title: 'No unencrypted credentials embedded in configuration or code', checks: EMBEDDED_SECRETS },
    { id: 'IA-8', section: IA, title: 'External callers of APIs and functions are authenticated', checks: UNAUTHENTICATED_ENDPOINTS },

    // IR Incident Response
    { id: 'IR-4', section: IR, title: 'An incident handling capability is implemented', checks: [], manual: true },
    { id: 'IR-4(1)', section: IR, title: 'Incident handling is supported by automated mechanisms', checks: [] },
    {
      id: 'IR-7',
      section: IR,
      title: 'Incident response support is available (cloud provider support access)',
      checks: ['aws-iam-support-role-exists'],
    },
    {
      id: 'IR-7(2)',
      section: IR,
      title: 'Incident responders are identified to the external provider',
      checks: ['aws-account-security-contact-registered', 'azure-defender-security-contact-email'],
    },

    // RA Risk Assessment
    { id: 'RA-5', section: RA, title: 'Container images are scanned for vulnerabilities', checks: ['aws-ecr-repository-scan-on-push'] },

    // SA System and Services Acquisition
    { id: 'SA-22', section: SA, title: 'Unsupported runtimes and platform versions are replaced', checks: UNSUPPORTED_VERSIONS },

    // SC System and Communications Protection
    { id: 'SC-5', section: SC, title: 'Denial-of-service protection is in place (e.g. rate limiting, DDoS service)', checks: [] },
    {
      id: 'SC-7',
      section: SC,
      title: 'Boundaries are protected: services not exposed, web traffic filtered',
      checks: [
        ...INBOUND_FROM_INTERNET,
        'aws-ec2-default-sg-restricts-all-traffic',
        'aws-rds-instance-not-public',
        'aws-redshift-cluster-not-public',
        'aws-msk-cluster-not-public',
        'aws-opensearch-domain-in-vpc',
        'aws-eks-cluster-endpoint-not-public',
        'aws-sagemaker-notebook-direct-internet-disabled',
        'aws-elasticache-cluster-not-default-subnet-group',
        'aws-apigateway-stage-waf-enabled',
        'aws-cloudfront-waf-web-acl-attached',
        'aws-elbv2-waf-web-acl-attached',
        'aws-wafv2-web-acl-has-rules',
        'azure-network-vnet-subnets-have-nsg',
        'azure-compute-vm-nic-has-nsg',
        'azure-compute-disk-no-public-network-access',
        'azure-storage-account-public-network-access-disabled',
        'azure-storage-account-network-default-deny',
        'azure-keyvault-vault-public-network-access-disabled',
        'azure-sql-server-public-network-access-disabled',
        'azure-sql-server-no-public-firewall-rule',
        'azure-postgresql-flexible-server-public-network-access-disabled',
        'azure-postgresql-flexible-server-no-azure-services-firewall-rule',
        'azure-mysql-flexible-server-public-network-access-disabled',
        'azure-cosmosdb-account-public-network-access-disabled',
        'azure-cosmosdb-account-firewall-configured',
        'azure-acr-registry-public-network-access-disabled',
        'azure-aks-cluster-private-api-server',
        'gcp-sql-instance-no-public-ip',
        'gcp-sql-instance-no-open-authorized-networks',
        'gcp-gke-cluster-master-authorized-networks',
      ],
    },
    {
      id: 'SC-7(3)',
      section: SC,
      title: 'Internet access points are limited (no public IPs on workloads)',
      checks: [
        'aws-ec2-instance-no-public-ip',
        'aws-ec2-launch-template-no-public-ip',
        'aws-autoscaling-launch-config-no-public-ip',
        'aws-ecs-service-no-public-ip',
        'azure-compute-vm-no-public-ip',
        'gcp-compute-instance-no-public-ip',
        'gcp-gke-cluster-private-nodes',
      ],
    },
    { id: 'SC-7(4)', section: SC, title: 'External network connections have managed, protected interfaces', checks: [] },
    {
      id: 'SC-7(5)',
      section: SC,
      title: 'Network traffic is denied by default and allowed by exception',
      checks: [
        'aws-ec2-default-sg-restricts-all-traffic',
        'aws-ec2-sg-no-all-traffic-from-internet',
        'azure-network-nsg-no-all-ports-from-internet',
        'azure-network-vnet-subnets-have-nsg',
        'azure-compute-vm-nic-has-nsg',
        'gcp-compute-firewall-no-all-ports-from-internet',
      ],
    },
    {
      id: 'SC-7(10)',
      section: SC,
      title: 'Paths for data exfiltration outside the network are closed',
      checks: [
        'aws-sagemaker-model-network-isolation',
        'aws-sagemaker-notebook-direct-internet-disabled',
        'aws-redshift-cluster-enhanced-vpc-routing',
      ],
    },
    { id: 'SC-7(11)', section: SC, title: 'Incoming traffic only from authorized sources', checks: INBOUND_FROM_INTERNET },
    {
      id: 'SC-7(21)',
      section: SC,
      title: 'Components are isolated inside private networks',
      checks: [
        'aws-opensearch-domain-in-vpc',
        'aws-sagemaker-notebook-in-vpc',
        'aws-sagemaker-model-in-vpc',
        'aws-elasticache-cluster-not-default-subnet-group',
      ],
    },
    { id: 'SC-8', section: SC, title: 'Data in transit is protected', checks: NIST_ENCRYPTED_IN_TRANSIT },
    { id: 'SC-8(1)', section: SC, title: 'Data in transit is encrypted with current TLS', checks: [...NIST_ENCRYPTED_IN_TRANSIT, ...CURRENT_TLS] },
    {
      id: 'SC-12',
      section: SC,
      title: 'Cryptographic keys are rotated, access-controlled and monitored',
      checks: [
        'aws-kms-key-rotation-enabled',
        'aws-kms-key-policy-not-public',
        'aws-cloudwatch-cmk-disable-deletion-monitored',
        'gcp-kms-key-not-public',
        'azure-keyvault-key-expiry-set',
        'azure-keyvault-vault-soft-delete',
        'azure-keyvault-vault-purge-protection',
      ],
    },
    {
      id: 'SC-13',
      section: SC,
      title: 'Approved cryptography: strong keys, no deprecated TLS',
      checks: [
        'aws-acm-certificate-key-strength',
        ...CURRENT_TLS,
        'aws-opensearch-domain-https-tls12',
        'gcp-dns-zone-no-rsasha1-ksk',
        'gcp-dns-zone-no-rsasha1-zsk',
      ],
    },
    {
      id: 'SC-17',
      section: SC,
      title: 'TLS certificates in use are valid and renewed in time',
      checks: ['aws-acm-certificate-in-use-valid', 'aws-acm-certificate-not-expiring-soon', 'aws-iam-server-certificate-not-expired'],
    },
    {
      id: 'SC-20',
      section: SC,
      title: 'Authoritative DNS answers are signed (DNSSEC)',
      checks: ['aws-route53-zone-dnssec-signing', 'gcp-dns-zone-dnssec-enabled'],
    },
    { id: 'SC-28', section: SC, title: 'Data at rest is protected', checks: NIST_ENCRYPTED_AT_REST },
    { id: 'SC-28(1)', section: SC, title: 'Data at rest is encrypted', checks: NIST_ENCRYPTED_AT_REST },
    {
      id: 'SC-36',
      section: SC,
      title: 'Processing and storage are spread across Availability Zones',
      checks: [
        'aws-autoscaling-group-multiple-azs',
        'aws-lambda-function-vpc-multi-az',
        'aws-rds-instance-multi-az',
        'aws-opensearch-domain-zone-awareness',
        'aws-elb-cross-zone-enabled',
      ],
    },
    {
      id: 'SC-39',
      section: SC,
      title: 'Containers keep separate process and network namespaces from the host',
      checks: [
        'aws-ecs-task-definition-no-host-pid-mode',
        'aws-ecs-task-definition-no-host-network-mode',
        'aws-ecs-task-definition-no-sensitive-host-mounts',
      ],
    },

    // SI System and Information Integrity
    { id: 'SI-2', section: SI, title: 'Flaws are remediated: no end-of-support runtimes or versions', checks: UNSUPPORTED_VERSIONS },
    { id: 'SI-2(2)', section: SI, title: 'Patch status of components is determined automatically', checks: [] },
    { id: 'SI-2(5)', section: SI, title: 'Security updates are installed automatically', checks: AUTO_MINOR_UPGRADES },
    { id: 'SI-3', section: SI, title: 'Malicious code protection is in place (e.g. malware scanning)', checks: [] },
    {
      id: 'SI-4',
      section: SI,
      title: 'The system and its network traffic are monitored for attacks',
      checks: ['aws-guardduty-enabled', 'aws-vpc-flow-logs-enabled', ...THREAT_DETECTION],
    },
    {
      id: 'SI-4(1)',
      section: SI,
      title: 'A system-wide intrusion detection service runs',
      checks: ['aws-guardduty-enabled', ...THREAT_DETECTION],
    },
    {
      id: 'SI-4(2)',
      section: SI,
      title: 'Events are analysed in near real time by automated tools',
      checks: ['aws-guardduty-enabled', 'aws-cloudtrail-cloudwatch-logs-integrated', ...THREAT_DETECTION],
    },
    {
      id: 'SI-4(4)',
      section: SI,
      title: 'Inbound and outbound network traffic is monitored',
      checks: ['aws-vpc-flow-logs-enabled', 'aws-guardduty-enabled', 'azure-defender-servers-plan-on'],
    },
    { id: 'SI-4(12)', section: SI, title: 'Personnel are alerted automatically on suspicious activity', checks: SECURITY_ALARMS },
    { id: 'SI-4(16)', section: SI, title: 'Findings from monitoring tools are correlated centrally', checks: ['aws-securityhub-enabled'] },
    { id: 'SI-4(20)', section: SI, title: 'Use of the most privileged user is monitored', checks: ['aws-cloudwatch-root-usage-monitored'] },
    {
      id: 'SI-5',
      section: SI,
      title: 'Security alerts from the provider are received',
      checks: ['aws-account-security-contact-registered', ...ALERT_CONTACTS],
    },
    {
      id: 'SI-7',
      section: SI,
      title: 'Integrity of code, images, boot chain and audit logs is protected',
      checks: [
        'aws-lambda-function-code-signing',
        'aws-ecr-repository-tag-immutability',
        'aws-cloudtrail-log-file-validation-enabled',
        'azure-compute-vm-trusted-launch',
        'gcp-compute-instance-shielded-vm',
      ],
    },
    { id: 'SI-7(1)', section: SI, title: 'Integrity checks detect changes to audit logs', checks: ['aws-cloudtrail-log-file-validation-enabled'] },
    {
      id: 'SI-7(6)',
      section: SI,
      title: 'Unauthorized changes are detected cryptographically',
      checks: ['aws-cloudtrail-log-file-validation-enabled', 'aws-lambda-function-code-signing'],
    },
    { id: 'SI-7(15)', section: SI, title: 'Code is authenticated by signature before deployment', checks: ['aws-lambda-function-code-signing'] },
    {
      id: 'SI-10',
      section: SI,
      title: 'Malformed or ambiguous HTTP requests are rejected',
      checks: ['aws-elbv2-drop-invalid-headers-enabled', 'aws-elb-desync-mitigation-enforced', 'aws-elbv2-desync-mitigation-enforced'],
    },
    { id: 'SI-13', section: SI, title: 'Component failures are anticipated and substitutes provided', checks: [], manual: true },
    {
      id: 'SI-13(5)',
      section: SI,
      title: 'Failover to standby capacity is automatic',
      checks: ['aws-rds-instance-multi-az', 'aws-elasticache-replication-group-automatic-failover', 'aws-opensearch-domain-zone-awareness'],
    },
  ],
}
