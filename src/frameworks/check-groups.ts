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
]

/** Keys and certificates: rotation, strength, validity. */
export const KEY_MANAGEMENT = [
  'aws-kms-key-rotation-enabled',
  'aws-acm-certificate-key-strength',
  'aws-acm-certificate-in-use-valid',
  'aws-acm-certificate-not-expiring-soon',
  'aws-iam-server-certificate-not-expired',
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
]

/** Secrets, keys and roles any principal may read, use or assume. */
export const PUBLIC_CREDENTIALS = [
  'aws-secretsmanager-secret-policy-not-public',
  'aws-kms-key-policy-not-public',
  'aws-iam-role-trust-no-public-principal',
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
]

/** TLS endpoints still accepting deprecated protocol versions. */
export const CURRENT_TLS = [
  'aws-elb-tls-policy-current',
  'aws-elbv2-tls-policy-current',
  'aws-cloudfront-viewer-tls-current',
  'aws-cloudfront-origin-tls-current',
  'aws-apigateway-domain-tls12',
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
]

/** Unsupported software versions and missing patch or scanning mechanisms. */
export const VULNERABILITIES = ['aws-ecr-repository-scan-on-push', ...UNSUPPORTED_VERSIONS, ...AUTO_MINOR_UPGRADES]

/** CloudWatch alarms on the CIS list of security-relevant API activity. */
export const SECURITY_ALARMS = MONITORING.filter((c) => c.startsWith('aws-cloudwatch-'))

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
]
