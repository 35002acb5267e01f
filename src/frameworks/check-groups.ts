/** Named check groups shared by the framework mappings. Order within a group is part of the data: `merge` keeps the first occurrence. */

/** Concatenates check groups, keeping the first occurrence of a check mapped by more than one group. */
export const merge = (...groups: readonly (readonly string[])[]): string[] => [...new Set(groups.flat())]

/** Full `*:*` administrator grants, in managed and inline policies. */
export const FULL_ADMIN = [
  'aws-iam-policy-no-full-admin',
  'aws-iam-user-inline-policy-no-full-admin',
  'aws-iam-group-inline-policy-no-full-admin',
  'aws-iam-role-inline-policy-no-full-admin',
]

/** Resources readable, writable or assumable by anyone (public policies, ACLs, sharing, guest identities). */
export const PUBLIC_ACCESS = [
  'aws-s3-account-public-access-block-enabled',
  'aws-s3-bucket-public-access-block-enabled',
  'aws-s3-bucket-acl-no-public-read',
  'aws-s3-bucket-acl-no-public-write',
  'aws-s3-bucket-policy-no-public-read',
  'aws-s3-bucket-policy-no-public-write',
  'aws-ec2-ami-not-public',
  'aws-ec2-snapshot-not-public',
  'aws-rds-snapshot-not-public',
  'aws-ecr-repository-policy-not-public',
  'aws-efs-file-system-policy-not-public',
  'aws-sqs-queue-policy-not-public',
  'aws-sns-topic-policy-not-public',
  'aws-lambda-function-policy-not-public',
  'aws-kms-key-policy-not-public',
  'aws-secretsmanager-secret-policy-not-public',
  'aws-backup-vault-policy-not-public',
  'aws-glacier-vault-policy-not-public',
  'aws-eventbridge-bus-policy-not-public',
  'aws-opensearch-domain-policy-not-public',
  'aws-ssm-document-not-public',
  'aws-ssm-document-public-sharing-blocked',
  'aws-codebuild-project-not-public',
  'aws-iam-role-trust-no-public-principal',
  'aws-cognito-identity-pool-no-guest-access',
  // Azure and Google Cloud
  'azure-storage-account-no-public-blob-access',
  'azure-acr-registry-anonymous-pull-disabled',
  'gcp-storage-bucket-not-public',
  'gcp-storage-bucket-public-access-prevention',
  'gcp-bigquery-dataset-not-public',
  'gcp-kms-key-not-public',
  'gcp-iam-no-public-project-bindings',
]

/** Resource policies or sharing that grant accounts outside the organization. */
export const OUTSIDE_ORG = [
  'aws-s3-bucket-policy-not-shared-outside-org',
  'aws-ec2-ami-not-shared-outside-org',
  'aws-ec2-snapshot-not-shared-outside-org',
  'aws-rds-snapshot-not-shared-outside-org',
  'aws-ecr-repository-not-shared-outside-org',
  'aws-efs-file-system-not-shared-outside-org',
  'aws-sqs-queue-not-shared-outside-org',
  'aws-sns-topic-not-shared-outside-org',
  'aws-lambda-function-not-shared-outside-org',
  'aws-kms-key-not-shared-outside-org',
  'aws-secretsmanager-secret-not-shared-outside-org',
  'aws-backup-vault-not-shared-outside-org',
  'aws-glacier-vault-not-shared-outside-org',
  'aws-eventbridge-bus-not-shared-outside-org',
  'aws-opensearch-domain-not-shared-outside-org',
  'aws-ssm-document-not-shared-outside-organization',
]

/** Endpoints and data stores that accept requests without authenticating the caller. */
export const UNAUTHENTICATED = [
  'aws-apigateway-rest-api-authorization',
  'aws-apigateway-http-route-authorization',
  'aws-lambda-function-url-auth-required',
  'aws-msk-cluster-unauthenticated-access-disabled',
  'aws-elasticache-replication-group-auth-enabled',
  'aws-neptune-cluster-iam-auth',
  'aws-cognito-identity-pool-no-guest-access',
]

/** Data stores that answer requests without authenticating the caller. */
export const UNAUTHENTICATED_DATA_STORES = [
  'aws-elasticache-replication-group-auth-enabled',
  'aws-msk-cluster-unauthenticated-access-disabled',
  'aws-neptune-cluster-iam-auth',
]

/** Multi-factor authentication for human sign-in. */
export const MFA = [
  'aws-iam-root-mfa-enabled',
  'aws-iam-root-hardware-mfa-enabled',
  'aws-iam-user-console-mfa-enabled',
  'aws-cognito-user-pool-mfa-required',
]

/** Credentials or tokens stored in plaintext configuration. */
export const PLAINTEXT_SECRETS = [
  'aws-ec2-instance-user-data-no-secrets',
  'aws-ec2-launch-template-user-data-no-secrets',
  'aws-autoscaling-launch-config-user-data-no-secrets',
  'aws-lambda-function-env-no-secrets',
  'aws-ecs-task-definition-no-secrets-in-environment',
  'aws-codebuild-project-no-plaintext-secrets',
  'aws-codebuild-project-source-no-embedded-credentials',
  'aws-cloudformation-stack-outputs-no-secrets',
  'aws-glue-job-arguments-no-secrets',
  'aws-sagemaker-lifecycle-config-no-secrets',
  'aws-sagemaker-model-no-secrets-in-environment',
  'aws-ssm-parameter-secret-name-secure-string',
]

/** Data stored unencrypted (customer-managed-key preferences are left out: an AWS-managed key still encrypts). */
export const ENCRYPTION_AT_REST = [
  'aws-s3-bucket-default-encryption-enabled',
  'aws-ec2-ebs-encryption-by-default-enabled',
  'aws-ec2-volume-encrypted',
  'aws-ec2-snapshot-encrypted',
  'aws-ec2-launch-template-ebs-encrypted',
  'aws-autoscaling-launch-config-ebs-encrypted',
  'aws-rds-instance-storage-encrypted',
  'aws-rds-cluster-storage-encrypted',
  'aws-rds-snapshot-encrypted',
  'aws-documentdb-cluster-storage-encrypted',
  'aws-neptune-cluster-storage-encrypted',
  'aws-redshift-cluster-encrypted',
  'aws-opensearch-domain-encrypted-at-rest',
  'aws-elasticache-replication-group-at-rest-encryption',
  'aws-efs-file-system-encrypted',
  'aws-sqs-queue-encrypted',
  'aws-sns-topic-encrypted',
  'aws-kinesis-stream-encrypted',
  'aws-firehose-delivery-stream-encrypted',
  'aws-eks-cluster-secrets-encrypted',
  'aws-apigateway-stage-cache-encrypted',
  'aws-codebuild-project-artifacts-encrypted',
  'aws-codebuild-project-s3-logs-encrypted',
  'aws-glue-data-catalog-encrypted',
  'aws-glue-connection-password-encrypted',
  'aws-glue-job-bookmark-encryption',
  'aws-glue-job-cloudwatch-encryption',
  'aws-glue-job-s3-encryption',
  'aws-ssm-parameter-secret-name-secure-string',
  // Azure: TDE turned off; VM temp disks and caches unencrypted without encryption at host
  'azure-sql-database-tde-enabled',
  'azure-compute-vm-encryption-at-host',
]

/** Storage that can hold personal or health data: each check fails on a resource whose data is stored unencrypted. */
export const DATA_STORES_ENCRYPTED_AT_REST = [
  'aws-s3-bucket-default-encryption-enabled',
  'aws-ec2-volume-encrypted',
  'aws-ec2-snapshot-encrypted',
  'aws-rds-instance-storage-encrypted',
  'aws-rds-cluster-storage-encrypted',
  'aws-rds-snapshot-encrypted',
  'aws-efs-file-system-encrypted',
  'aws-documentdb-cluster-storage-encrypted',
  'aws-neptune-cluster-storage-encrypted',
  'aws-redshift-cluster-encrypted',
  'aws-opensearch-domain-encrypted-at-rest',
  'aws-elasticache-replication-group-at-rest-encryption',
  'aws-kinesis-stream-encrypted',
  'aws-firehose-delivery-stream-encrypted',
  'aws-sqs-queue-encrypted',
  'aws-sns-topic-encrypted',
  'aws-apigateway-stage-cache-encrypted',
  // Azure
  'azure-sql-database-tde-enabled',
  'azure-compute-vm-encryption-at-host',
]

/** Data sent in plaintext or over outdated TLS. */
export const ENCRYPTION_IN_TRANSIT = [
  'aws-s3-bucket-tls-only-policy',
  'aws-cloudfront-viewer-https-required',
  'aws-cloudfront-viewer-tls-current',
  'aws-cloudfront-origin-https-only',
  'aws-cloudfront-origin-tls-current',
  'aws-elb-internet-facing-listeners-encrypted',
  'aws-elb-tls-policy-current',
  'aws-elbv2-http-redirects-to-https',
  'aws-elbv2-tls-policy-current',
  'aws-apigateway-domain-tls12',
  'aws-opensearch-domain-https-tls12',
  'aws-opensearch-domain-node-to-node-encryption',
  'aws-elasticache-cluster-transit-encryption',
  'aws-elasticache-replication-group-transit-encryption',
  'aws-msk-cluster-tls-client-broker',
  'aws-msk-cluster-in-cluster-encryption',
  'aws-redshift-cluster-require-ssl',
  'aws-glue-connection-ssl-required',
  // Azure and Google Cloud
  'azure-storage-account-https-only',
  'azure-storage-account-min-tls-12',
  'azure-appservice-web-app-https-only',
  'azure-appservice-web-app-min-tls-12',
  'azure-appservice-web-app-ftps-only',
  'azure-sql-server-min-tls-12',
  'azure-postgresql-flexible-server-secure-transport',
  'azure-postgresql-flexible-server-tls-12',
  'azure-mysql-flexible-server-secure-transport',
  'azure-mysql-flexible-server-tls-12',
  'gcp-sql-instance-ssl-required',
]

/** Keys and certificates: rotation, strength, validity, and (Key Vault) protection of keys against deletion. */
export const KEY_MANAGEMENT = [
  'aws-kms-key-rotation-enabled',
  'aws-acm-certificate-key-strength',
  'aws-acm-certificate-in-use-valid',
  'aws-acm-certificate-not-expiring-soon',
  'aws-iam-server-certificate-not-expired',
  // Azure: Key Vault key validity and protection of keys against deletion
  'azure-keyvault-key-expiry-set',
  'azure-keyvault-vault-soft-delete',
  'azure-keyvault-vault-purge-protection',
]

/** Security-relevant logs that are produced, complete and protected. */
export const LOGGING = [
  'aws-cloudtrail-multi-region-trail-enabled',
  'aws-cloudtrail-trail-logging',
  'aws-cloudtrail-log-file-validation-enabled',
  'aws-cloudtrail-kms-encryption-enabled',
  'aws-cloudtrail-s3-bucket-access-logging-enabled',
  'aws-cloudtrail-s3-data-events-read',
  'aws-cloudtrail-s3-data-events-write',
  'aws-config-recorder-enabled',
  'aws-vpc-flow-logs-enabled',
  'aws-s3-bucket-access-logging-enabled',
  'aws-elb-access-logs-enabled',
  'aws-elbv2-access-logs-enabled',
  'aws-cloudfront-logging-enabled',
  'aws-apigateway-stage-access-logging',
  'aws-apigateway-stage-execution-logging',
  'aws-apigateway-http-stage-access-logging',
  'aws-wafv2-web-acl-logging-enabled',
  'aws-route53-zone-query-logging',
  'aws-eks-cluster-control-plane-logging-enabled',
  'aws-ecs-cluster-exec-logging-enabled',
  'aws-ecs-task-definition-logging-configured',
  'aws-codebuild-project-logging-enabled',
  'aws-stepfunctions-state-machine-logging',
  'aws-documentdb-cluster-audit-logs',
  'aws-neptune-cluster-audit-logs',
  'aws-opensearch-domain-audit-logs',
  'aws-redshift-cluster-audit-logging',
  'aws-msk-cluster-broker-logging',
  // Azure and Google Cloud
  'azure-monitor-subscription-diagnostic-setting',
  'azure-monitor-subscription-diagnostic-categories',
  'azure-keyvault-vault-diagnostic-logging',
  'azure-sql-server-auditing-enabled',
  'azure-mysql-flexible-server-audit-log-enabled',
  'gcp-iam-audit-config-all-services',
  'gcp-logging-sink-bucket-retention-locked',
  'gcp-storage-bucket-access-logging',
  'gcp-vpc-network-dns-logging',
  'gcp-sql-postgres-log-connections-on',
  'gcp-sql-postgres-log-disconnections-on',
  'gcp-sql-postgres-pgaudit-on',
]

/** Managed threat detection: the Microsoft Defender for Cloud plans and Defender for SQL, counterparts of GuardDuty. */
export const THREAT_DETECTION = [
  'azure-defender-servers-plan-on',
  'azure-defender-app-service-plan-on',
  'azure-defender-sql-plan-on',
  'azure-defender-databases-plan-on',
  'azure-defender-storage-plan-on',
  'azure-defender-containers-plan-on',
  'azure-defender-keyvault-plan-on',
  'azure-defender-arm-plan-on',
  'azure-sql-server-defender-enabled',
]

/** Threat detection with malware protection: Defender for Servers (Defender for Endpoint) and Defender for Storage (malware scanning). */
export const MALWARE_DETECTION = ['azure-defender-servers-plan-on', 'azure-defender-storage-plan-on']

/** Azure Monitor activity-log alerts on the CIS list of security-relevant operations (Service Health left out). */
export const AZURE_ACTIVITY_ALERTS = [
  'azure-monitor-alert-create-policy-assignment',
  'azure-monitor-alert-delete-policy-assignment',
  'azure-monitor-alert-create-update-nsg',
  'azure-monitor-alert-delete-nsg',
  'azure-monitor-alert-create-update-security-solution',
  'azure-monitor-alert-delete-security-solution',
  'azure-monitor-alert-create-update-sql-firewall-rule',
  'azure-monitor-alert-delete-sql-firewall-rule',
  'azure-monitor-alert-create-update-public-ip',
  'azure-monitor-alert-delete-public-ip',
]

/** Google Cloud log-based metrics with alert policies on the CIS list of security-relevant changes. */
export const GCP_LOG_METRIC_ALERTS = [
  'gcp-logging-metric-alert-project-ownership-changes',
  'gcp-logging-metric-alert-audit-config-changes',
  'gcp-logging-metric-alert-custom-role-changes',
  'gcp-logging-metric-alert-firewall-changes',
  'gcp-logging-metric-alert-route-changes',
  'gcp-logging-metric-alert-network-changes',
  'gcp-logging-metric-alert-storage-iam-changes',
  'gcp-logging-metric-alert-sql-config-changes',
]

/** Threat detection, findings aggregation and alarms on sensitive activity. */
export const MONITORING = [
  'aws-guardduty-enabled',
  'aws-securityhub-enabled',
  'aws-accessanalyzer-enabled',
  'aws-cloudtrail-cloudwatch-logs-integrated',
  'aws-cloudwatch-unauthorized-api-calls-monitored',
  'aws-cloudwatch-console-signin-without-mfa-monitored',
  'aws-cloudwatch-root-usage-monitored',
  'aws-cloudwatch-iam-policy-changes-monitored',
  'aws-cloudwatch-cloudtrail-changes-monitored',
  'aws-cloudwatch-console-auth-failures-monitored',
  'aws-cloudwatch-cmk-disable-deletion-monitored',
  'aws-cloudwatch-s3-bucket-policy-changes-monitored',
  'aws-cloudwatch-config-changes-monitored',
  'aws-cloudwatch-security-group-changes-monitored',
  'aws-cloudwatch-nacl-changes-monitored',
  'aws-cloudwatch-network-gateway-changes-monitored',
  'aws-cloudwatch-route-table-changes-monitored',
  'aws-cloudwatch-vpc-changes-monitored',
  'aws-cloudwatch-organizations-changes-monitored',
  // Azure and Google Cloud
  ...THREAT_DETECTION,
  ...AZURE_ACTIVITY_ALERTS,
  ...GCP_LOG_METRIC_ALERTS,
]

/** Automated backups, point-in-time recovery, object versions and backup immutability. */
export const BACKUP = [
  'aws-backup-plan-exists-in-region',
  'aws-backup-plan-retention-minimum',
  'aws-backup-vault-lock-enabled',
  'aws-rds-instance-backup-enabled',
  'aws-documentdb-cluster-backup-retention',
  'aws-neptune-cluster-backup-retention',
  'aws-dynamodb-table-pitr-enabled',
  'aws-elasticache-cluster-backup-enabled',
  'aws-elasticache-replication-group-backup-enabled',
  'aws-redshift-cluster-automated-snapshots',
  'aws-s3-bucket-versioning-enabled',
  // Azure and Google Cloud
  'azure-storage-account-blob-soft-delete',
  'azure-storage-account-container-soft-delete',
  'gcp-sql-instance-automated-backups',
  'gcp-storage-bucket-versioning',
]

/** Capacity spread over Availability Zones, with failover. */
export const REDUNDANCY = [
  'aws-rds-instance-multi-az',
  'aws-autoscaling-group-multiple-azs',
  'aws-elasticache-replication-group-automatic-failover',
  'aws-opensearch-domain-zone-awareness',
  'aws-lambda-function-vpc-multi-az',
  'aws-elb-cross-zone-enabled',
]

/** Runtimes and platform versions past their end of support. */
export const UNSUPPORTED_VERSIONS = ['aws-lambda-function-runtime-supported', 'aws-eks-cluster-version-supported']

/** Managed engines that apply minor version upgrades automatically. */
export const AUTO_MINOR_UPGRADES = [
  'aws-rds-instance-auto-minor-upgrade',
  'aws-elasticache-cluster-auto-minor-upgrade',
  'aws-elasticache-replication-group-auto-minor-upgrade',
  'aws-redshift-cluster-version-upgrade',
]

/** Hosts and services reachable from the internet through firewall rules, public addresses or public endpoints. */
export const NETWORK_EXPOSURE = [
  'aws-ec2-sg-no-all-traffic-from-internet',
  'aws-ec2-sg-no-ssh-from-internet',
  'aws-ec2-sg-no-rdp-from-internet',
  'aws-ec2-sg-no-cifs-from-internet',
  'aws-ec2-nacl-no-admin-ports-from-internet',
  'aws-ec2-default-sg-restricts-all-traffic',
  'aws-eks-nodegroup-no-ssh-from-internet',
  'aws-ec2-instance-no-public-ip',
  'aws-ec2-launch-template-no-public-ip',
  'aws-autoscaling-launch-config-no-public-ip',
  'aws-ecs-service-no-public-ip',
  'aws-rds-instance-not-public',
  'aws-redshift-cluster-not-public',
  'aws-msk-cluster-not-public',
  'aws-eks-cluster-endpoint-not-public',
  // Azure and Google Cloud
  'azure-network-nsg-no-all-ports-from-internet',
  'azure-network-nsg-no-ssh-from-internet',
  'azure-network-nsg-no-rdp-from-internet',
  'azure-compute-vm-no-public-ip',
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
  'gcp-compute-firewall-no-all-ports-from-internet',
  'gcp-compute-firewall-no-ssh-from-internet',
  'gcp-compute-firewall-no-rdp-from-internet',
  'gcp-compute-instance-no-public-ip',
  'gcp-sql-instance-no-public-ip',
  'gcp-sql-instance-no-open-authorized-networks',
  'gcp-gke-cluster-private-nodes',
  'gcp-gke-cluster-master-authorized-networks',
]

/** Web application firewalls, HTTP hardening and DNS integrity in front of network services. */
export const NETWORK_SERVICES = [
  'aws-cloudfront-waf-web-acl-attached',
  'aws-elbv2-waf-web-acl-attached',
  'aws-apigateway-stage-waf-enabled',
  'aws-wafv2-web-acl-has-rules',
  'aws-elb-desync-mitigation-enforced',
  'aws-elbv2-desync-mitigation-enforced',
  'aws-elbv2-drop-invalid-headers-enabled',
  'aws-cloudfront-default-root-object-set',
  'aws-route53-zone-dnssec-signing',
  'aws-route53-zone-no-dangling-records',
  // Google Cloud DNS
  'gcp-dns-zone-dnssec-enabled',
  'gcp-dns-zone-no-rsasha1-ksk',
  'gcp-dns-zone-no-rsasha1-zsk',
]

/** Workloads placed in private networks of the account, separated from the internet and from each other. */
export const NETWORK_SEGREGATION = [
  'aws-opensearch-domain-in-vpc',
  'aws-sagemaker-notebook-in-vpc',
  'aws-sagemaker-notebook-direct-internet-disabled',
  'aws-sagemaker-model-in-vpc',
  'aws-elasticache-cluster-not-default-subnet-group',
  'aws-ecs-task-definition-no-host-network-mode',
  'aws-redshift-cluster-enhanced-vpc-routing',
  // Azure and Google Cloud
  'azure-network-vnet-subnets-have-nsg',
  'azure-compute-vm-nic-has-nsg',
  'azure-aks-cluster-network-policy',
  'gcp-vpc-no-legacy-network',
]

/** Settings that make stored data readable or writable by anyone. */
export const PUBLIC_DATA = [
  'aws-s3-bucket-policy-no-public-read',
  'aws-s3-bucket-policy-no-public-write',
  'aws-s3-bucket-acl-no-public-read',
  'aws-s3-bucket-acl-no-public-write',
  'aws-ec2-snapshot-not-public',
  'aws-rds-snapshot-not-public',
  'aws-efs-file-system-policy-not-public',
  'aws-opensearch-domain-policy-not-public',
  'aws-backup-vault-policy-not-public',
  'aws-glacier-vault-policy-not-public',
  'aws-sqs-queue-policy-not-public',
  'aws-sns-topic-policy-not-public',
  // Azure and Google Cloud
  'azure-storage-account-no-public-blob-access',
  'gcp-storage-bucket-not-public',
  'gcp-bigquery-dataset-not-public',
]

/** Secrets, keys and roles any principal may read, use or assume. */
export const PUBLIC_CREDENTIALS = [
  'aws-secretsmanager-secret-policy-not-public',
  'aws-kms-key-policy-not-public',
  'aws-iam-role-trust-no-public-principal',
  // Google Cloud: public KMS keys and project roles granted to allUsers / allAuthenticatedUsers
  'gcp-kms-key-not-public',
  'gcp-iam-no-public-project-bindings',
]

/** CloudTrail recording management events everywhere: the account's audit trail of API activity. */
export const CLOUDTRAIL = ['aws-cloudtrail-multi-region-trail-enabled', 'aws-cloudtrail-trail-logging']

/** Services writing their own audit or access logs, CloudTrail data events and delivery included (NIST mappings' order). */
export const NIST_AUDIT_LOGS = [
  'aws-cloudtrail-multi-region-trail-enabled',
  'aws-cloudtrail-trail-logging',
  'aws-cloudtrail-s3-data-events-read',
  'aws-cloudtrail-s3-data-events-write',
  'aws-cloudtrail-cloudwatch-logs-integrated',
  'aws-cloudtrail-s3-bucket-access-logging-enabled',
  'aws-s3-bucket-access-logging-enabled',
  'aws-elb-access-logs-enabled',
  'aws-elbv2-access-logs-enabled',
  'aws-cloudfront-logging-enabled',
  'aws-apigateway-stage-access-logging',
  'aws-apigateway-stage-execution-logging',
  'aws-apigateway-http-stage-access-logging',
  'aws-wafv2-web-acl-logging-enabled',
  'aws-vpc-flow-logs-enabled',
  'aws-route53-zone-query-logging',
  'aws-redshift-cluster-audit-logging',
  'aws-opensearch-domain-audit-logs',
  'aws-documentdb-cluster-audit-logs',
  'aws-neptune-cluster-audit-logs',
  'aws-msk-cluster-broker-logging',
  'aws-eks-cluster-control-plane-logging-enabled',
  'aws-codebuild-project-logging-enabled',
  'aws-ecs-task-definition-logging-configured',
  'aws-ecs-cluster-exec-logging-enabled',
  'aws-stepfunctions-state-machine-logging',
  // Azure and Google Cloud
  'azure-monitor-subscription-diagnostic-setting',
  'azure-keyvault-vault-diagnostic-logging',
  'azure-sql-server-auditing-enabled',
  'azure-mysql-flexible-server-audit-log-enabled',
  'gcp-iam-audit-config-all-services',
  'gcp-storage-bucket-access-logging',
  'gcp-vpc-network-dns-logging',
  'gcp-sql-postgres-pgaudit-on',
  'gcp-sql-postgres-log-connections-on',
  'gcp-sql-postgres-log-disconnections-on',
]

/** Resource policies, ACLs and sharing settings that open a resource to anyone (NIST mappings' order; no Cognito guest access). */
export const NIST_PUBLIC_ACCESS = [
  'aws-s3-account-public-access-block-enabled',
  'aws-s3-bucket-public-access-block-enabled',
  'aws-s3-bucket-acl-no-public-read',
  'aws-s3-bucket-acl-no-public-write',
  'aws-s3-bucket-policy-no-public-read',
  'aws-s3-bucket-policy-no-public-write',
  'aws-cloudfront-s3-origin-access-restricted',
  'aws-ec2-ami-not-public',
  'aws-ec2-snapshot-not-public',
  'aws-rds-snapshot-not-public',
  'aws-ssm-document-not-public',
  'aws-ssm-document-public-sharing-blocked',
  'aws-codebuild-project-not-public',
  'aws-iam-role-trust-no-public-principal',
  'aws-backup-vault-policy-not-public',
  'aws-ecr-repository-policy-not-public',
  'aws-efs-file-system-policy-not-public',
  'aws-eventbridge-bus-policy-not-public',
  'aws-glacier-vault-policy-not-public',
  'aws-kms-key-policy-not-public',
  'aws-lambda-function-policy-not-public',
  'aws-opensearch-domain-policy-not-public',
  'aws-secretsmanager-secret-policy-not-public',
  'aws-sns-topic-policy-not-public',
  'aws-sqs-queue-policy-not-public',
  // Azure and Google Cloud
  'azure-storage-account-no-public-blob-access',
  'azure-acr-registry-anonymous-pull-disabled',
  'gcp-storage-bucket-not-public',
  'gcp-storage-bucket-public-access-prevention',
  'gcp-bigquery-dataset-not-public',
  'gcp-kms-key-not-public',
  'gcp-iam-no-public-project-bindings',
]

/** The OUTSIDE_ORG checks in the NIST mappings' order. */
export const NIST_OUTSIDE_ORG = [
  'aws-s3-bucket-policy-not-shared-outside-org',
  'aws-ec2-ami-not-shared-outside-org',
  'aws-ec2-snapshot-not-shared-outside-org',
  'aws-rds-snapshot-not-shared-outside-org',
  'aws-ssm-document-not-shared-outside-organization',
  'aws-backup-vault-not-shared-outside-org',
  'aws-ecr-repository-not-shared-outside-org',
  'aws-efs-file-system-not-shared-outside-org',
  'aws-eventbridge-bus-not-shared-outside-org',
  'aws-glacier-vault-not-shared-outside-org',
  'aws-kms-key-not-shared-outside-org',
  'aws-lambda-function-not-shared-outside-org',
  'aws-opensearch-domain-not-shared-outside-org',
  'aws-secretsmanager-secret-not-shared-outside-org',
  'aws-sns-topic-not-shared-outside-org',
  'aws-sqs-queue-not-shared-outside-org',
]

/** Data stored unencrypted, in the NIST mappings' order (no EKS secrets, CodeBuild or Glue job encryption). */
export const NIST_ENCRYPTED_AT_REST = [
  'aws-s3-bucket-default-encryption-enabled',
  'aws-ec2-ebs-encryption-by-default-enabled',
  'aws-ec2-volume-encrypted',
  'aws-ec2-snapshot-encrypted',
  'aws-ec2-launch-template-ebs-encrypted',
  'aws-autoscaling-launch-config-ebs-encrypted',
  'aws-rds-instance-storage-encrypted',
  'aws-rds-cluster-storage-encrypted',
  'aws-rds-snapshot-encrypted',
  'aws-documentdb-cluster-storage-encrypted',
  'aws-neptune-cluster-storage-encrypted',
  'aws-redshift-cluster-encrypted',
  'aws-opensearch-domain-encrypted-at-rest',
  'aws-elasticache-replication-group-at-rest-encryption',
  'aws-efs-file-system-encrypted',
  'aws-sns-topic-encrypted',
  'aws-sqs-queue-encrypted',
  'aws-kinesis-stream-encrypted',
  'aws-firehose-delivery-stream-encrypted',
  'aws-apigateway-stage-cache-encrypted',
  'aws-glue-data-catalog-encrypted',
  'aws-glue-connection-password-encrypted',
  'aws-ssm-parameter-secret-name-secure-string',
  // Azure
  'azure-sql-database-tde-enabled',
  'azure-compute-vm-encryption-at-host',
]

/** Traffic that may travel in clear text. */
export const NIST_ENCRYPTED_IN_TRANSIT = [
  'aws-s3-bucket-tls-only-policy',
  'aws-elb-internet-facing-listeners-encrypted',
  'aws-elbv2-http-redirects-to-https',
  'aws-cloudfront-viewer-https-required',
  'aws-cloudfront-origin-https-only',
  'aws-elasticache-cluster-transit-encryption',
  'aws-elasticache-replication-group-transit-encryption',
  'aws-msk-cluster-tls-client-broker',
  'aws-msk-cluster-in-cluster-encryption',
  'aws-opensearch-domain-https-tls12',
  'aws-opensearch-domain-node-to-node-encryption',
  'aws-redshift-cluster-require-ssl',
  'aws-glue-connection-ssl-required',
  // Azure and Google Cloud
  'azure-storage-account-https-only',
  'azure-appservice-web-app-https-only',
  'azure-appservice-web-app-ftps-only',
  'azure-postgresql-flexible-server-secure-transport',
  'azure-mysql-flexible-server-secure-transport',
  'gcp-sql-instance-ssl-required',
]

/** TLS endpoints still accepting deprecated protocol versions. */
export const CURRENT_TLS = [
  'aws-elb-tls-policy-current',
  'aws-elbv2-tls-policy-current',
  'aws-cloudfront-viewer-tls-current',
  'aws-cloudfront-origin-tls-current',
  'aws-apigateway-domain-tls12',
  'azure-storage-account-min-tls-12',
  'azure-appservice-web-app-min-tls-12',
  'azure-sql-server-min-tls-12',
  'azure-postgresql-flexible-server-tls-12',
  'azure-mysql-flexible-server-tls-12',
]

/** Backup plans, vault protection, snapshots and point-in-time recovery (NIST mappings' order and scope). */
export const NIST_BACKUPS = [
  'aws-backup-plan-exists-in-region',
  'aws-backup-plan-retention-minimum',
  'aws-backup-vault-lock-enabled',
  'aws-backup-vault-policy-not-public',
  'aws-rds-instance-backup-enabled',
  'aws-dynamodb-table-pitr-enabled',
  'aws-documentdb-cluster-backup-retention',
  'aws-neptune-cluster-backup-retention',
  'aws-redshift-cluster-automated-snapshots',
  'aws-elasticache-cluster-backup-enabled',
  'aws-elasticache-replication-group-backup-enabled',
  // Google Cloud
  'gcp-sql-instance-automated-backups',
]

/** Unsupported software versions and missing patch or scanning mechanisms. */
export const VULNERABILITIES = ['aws-ecr-repository-scan-on-push', ...UNSUPPORTED_VERSIONS, ...AUTO_MINOR_UPGRADES]

/** Alarms on the CIS lists of security-relevant activity: CloudWatch metric-filter alarms, Azure activity-log alerts, Google Cloud log-metric alerts. */
export const SECURITY_ALARMS = [...MONITORING.filter((c) => c.startsWith('aws-cloudwatch-')), ...AZURE_ACTIVITY_ALERTS, ...GCP_LOG_METRIC_ALERTS]

/** Plaintext credentials in configuration readable by other principals, Glue connection passwords included. */
export const EMBEDDED_SECRETS = merge(PLAINTEXT_SECRETS.slice(0, 9), ['aws-glue-connection-password-encrypted'], PLAINTEXT_SECRETS)

/** The ENCRYPTION_IN_TRANSIT checks with the S3 TLS-only policy listed after the edge endpoints, as the GDPR and HIPAA mappings order them. */
export const DATA_IN_TRANSIT_ENCRYPTED = merge(ENCRYPTION_IN_TRANSIT.slice(1, 10), ENCRYPTION_IN_TRANSIT)

/** Stores whose own backup or versioning feature is off (BACKUP without AWS Backup plans, vault lock and retention-length checks). */
export const STORE_BACKUPS = BACKUP.filter(
  (c) =>
    ![
      'aws-backup-plan-exists-in-region',
      'aws-backup-plan-retention-minimum',
      'aws-backup-vault-lock-enabled',
      'aws-documentdb-cluster-backup-retention',
      'aws-neptune-cluster-backup-retention',
    ].includes(c),
)

/** Sources of records of activity in systems that may hold regulated data: trails, flow logs, access logs and database audit logs. */
export const AUDIT_LOG_SOURCES = [
  'aws-cloudtrail-multi-region-trail-enabled',
  'aws-vpc-flow-logs-enabled',
  'aws-elb-access-logs-enabled',
  'aws-elbv2-access-logs-enabled',
  'aws-cloudfront-logging-enabled',
  'aws-apigateway-stage-access-logging',
  'aws-apigateway-http-stage-access-logging',
  'aws-wafv2-web-acl-logging-enabled',
  'aws-eks-cluster-control-plane-logging-enabled',
  'aws-ecs-cluster-exec-logging-enabled',
  'aws-documentdb-cluster-audit-logs',
  'aws-neptune-cluster-audit-logs',
  'aws-redshift-cluster-audit-logging',
  'aws-opensearch-domain-audit-logs',
  // Azure and Google Cloud
  'azure-monitor-subscription-diagnostic-setting',
  'azure-keyvault-vault-diagnostic-logging',
  'azure-sql-server-auditing-enabled',
  'azure-mysql-flexible-server-audit-log-enabled',
  'gcp-sql-postgres-pgaudit-on',
]

/** Audit trails of control-plane activity: the multi-region CloudTrail trail and the exported Azure activity log (Google Cloud keeps Admin Activity audit logs unconditionally). */
export const ACTIVITY_TRAIL = ['aws-cloudtrail-multi-region-trail-enabled', 'azure-monitor-subscription-diagnostic-setting']

/** Security alerts from the cloud provider reaching named people: the Defender for Cloud email settings. */
export const ALERT_CONTACTS = [
  'azure-defender-security-contact-email',
  'azure-defender-alert-notifications-high-severity',
  'azure-defender-owner-notifications',
]

/** Basic (owner/editor/viewer) and administrator roles, project-wide impersonation and full-scope default service accounts: the Google Cloud counterparts of FULL_ADMIN. */
export const BROAD_GRANTS = [
  'gcp-iam-no-primitive-roles-for-users',
  'gcp-iam-service-account-no-admin-roles',
  'gcp-iam-no-project-level-service-account-user',
  'gcp-compute-instance-no-default-sa-full-api-access',
]

/** One principal holding both halves of a duty that should be split (service accounts, KMS). */
export const SEPARATION_OF_DUTIES = ['gcp-iam-service-account-separation-of-duties', 'gcp-iam-kms-separation-of-duties']

/** Authorization through role-based access control instead of legacy ABAC, access policies or object ACLs. */
export const ROLE_BASED_ACCESS = [
  'azure-aks-cluster-rbac-enabled',
  'azure-keyvault-vault-rbac-authorization',
  'gcp-gke-cluster-legacy-abac-disabled',
  'gcp-storage-bucket-uniform-access',
]

/** Shared keys, local accounts and metadata SSH keys (no OS Login) that bypass the central identity provider. */
export const LOCAL_AUTHENTICATION = [
  'azure-storage-account-shared-key-disabled',
  'azure-cosmosdb-account-local-auth-disabled',
  'azure-aks-cluster-local-accounts-disabled',
  'azure-acr-registry-admin-user-disabled',
  'azure-sql-server-entra-admin-configured',
  'gcp-compute-project-os-login-enabled',
]

/** Long-lived keys and secrets: service account keys not rotated within 90 days, Key Vault secrets that never expire (counterparts of access-key and secret rotation). */
export const LONG_LIVED_CREDENTIALS = ['gcp-iam-service-account-keys-rotated-90-days', 'azure-keyvault-secret-expiry-set']

/** Host, runtime and database-engine hardening on Azure and Google Cloud: verified boot, no serial console or remote debugging, node metadata concealed, CIS database flags. */
export const SECURE_CONFIGURATION = [
  'azure-compute-vm-trusted-launch',
  'gcp-compute-instance-shielded-vm',
  'gcp-compute-instance-serial-port-disabled',
  'azure-appservice-web-app-remote-debugging-disabled',
  'gcp-gke-cluster-workload-identity',
  'gcp-sql-mysql-local-infile-off',
  'gcp-sql-mysql-skip-show-database-on',
  'gcp-sql-sqlserver-external-scripts-off',
  'gcp-sql-sqlserver-cross-db-ownership-chaining-off',
  'gcp-sql-sqlserver-contained-db-auth-off',
]
