import type { Framework } from './types.js'

const ORG = 'A.5 Organizational controls'
const PEOPLE = 'A.6 People controls'
const PHYSICAL = 'A.7 Physical controls'
const TECH = 'A.8 Technological controls'

/** Concatenates check groups, keeping the first occurrence of a check mapped by more than one group. */
const merge = (...groups: readonly string[][]): string[] => [...new Set(groups.flat())]

/** Full `*:*` administrator grants, in managed and inline policies. */
const FULL_ADMIN = [
  'aws-iam-policy-no-full-admin',
  'aws-iam-user-inline-policy-no-full-admin',
  'aws-iam-group-inline-policy-no-full-admin',
  'aws-iam-role-inline-policy-no-full-admin',
]

/** Resources readable, writable or assumable by anyone (public policies, ACLs, sharing, guest identities). */
const PUBLIC_ACCESS = [
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
const OUTSIDE_ORG = [
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
const UNAUTHENTICATED = [
  'aws-apigateway-rest-api-authorization',
  'aws-apigateway-http-route-authorization',
  'aws-lambda-function-url-auth-required',
  'aws-msk-cluster-unauthenticated-access-disabled',
  'aws-elasticache-replication-group-auth-enabled',
  'aws-neptune-cluster-iam-auth',
  'aws-cognito-identity-pool-no-guest-access',
]

/** Multi-factor authentication for human sign-in. */
const MFA = [
  'aws-iam-root-mfa-enabled',
  'aws-iam-root-hardware-mfa-enabled',
  'aws-iam-user-console-mfa-enabled',
  'aws-cognito-user-pool-mfa-required',
]

/** Credentials or tokens stored in plaintext configuration. */
const PLAINTEXT_SECRETS = [
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
const ENCRYPTION_AT_REST = [
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

/** Data sent in plaintext or over outdated TLS. */
const ENCRYPTION_IN_TRANSIT = [
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
const KEY_MANAGEMENT = [
  'aws-kms-key-rotation-enabled',
  'aws-acm-certificate-key-strength',
  'aws-acm-certificate-in-use-valid',
  'aws-acm-certificate-not-expiring-soon',
  'aws-iam-server-certificate-not-expired',
]

/** Security-relevant logs that are produced, complete and protected. */
const LOGGING = [
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
const MONITORING = [
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
const BACKUP = [
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
const REDUNDANCY = [
  'aws-rds-instance-multi-az',
  'aws-autoscaling-group-multiple-azs',
  'aws-elasticache-replication-group-automatic-failover',
  'aws-opensearch-domain-zone-awareness',
  'aws-lambda-function-vpc-multi-az',
  'aws-elb-cross-zone-enabled',
]

/** Unsupported software versions and missing patch or scanning mechanisms. */
const VULNERABILITIES = [
  'aws-ecr-repository-scan-on-push',
  'aws-lambda-function-runtime-supported',
  'aws-eks-cluster-version-supported',
  'aws-rds-instance-auto-minor-upgrade',
  'aws-elasticache-cluster-auto-minor-upgrade',
  'aws-elasticache-replication-group-auto-minor-upgrade',
  'aws-redshift-cluster-version-upgrade',
]

/** Hosts and services reachable from the internet through firewall rules, public addresses or public endpoints. */
const NETWORK_EXPOSURE = [
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
const NETWORK_SERVICES = [
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
const NETWORK_SEGREGATION = [
  'aws-opensearch-domain-in-vpc',
  'aws-sagemaker-notebook-in-vpc',
  'aws-sagemaker-notebook-direct-internet-disabled',
  'aws-sagemaker-model-in-vpc',
  'aws-elasticache-cluster-not-default-subnet-group',
  'aws-ecs-task-definition-no-host-network-mode',
  'aws-redshift-cluster-enhanced-vpc-routing',
]

/** Container and instance hardening settings. */
const HARDENING = [
  'aws-ec2-instance-imdsv2-required',
  'aws-ec2-launch-template-imdsv2-required',
  'aws-autoscaling-launch-config-imdsv2-required',
  'aws-ecs-task-definition-no-privileged-containers',
  'aws-ecs-task-definition-non-root-user',
  'aws-ecs-task-definition-read-only-root-filesystem',
  'aws-ecs-task-definition-no-host-pid-mode',
  'aws-ecs-task-definition-no-sensitive-host-mounts',
  'aws-ec2-default-sg-restricts-all-traffic',
]

/**
 * ISO/IEC 27001:2022 Annex A (information security controls), all 93 controls. Control ids as published; titles are
 * our own short descriptions of what each control asks (the control names and texts are ISO copyright).
 * Organizational, people and physical controls that need policies, people or premises are `manual`; an empty
 * `checks` without `manual` is a control cloud configuration could evidence but no Posture check covers yet.
 */
export const ISO_27001_2022: Framework = {
  id: 'iso-27001',
  name: 'ISO/IEC 27001 Annex A',
  version: '2022',
  provider: 'multi',
  source: 'https://www.iso.org/standard/27001',
  scope:
    'All 93 Annex A controls. Most organizational, all people and all physical controls need policies, people or premises and are listed as manual; technological controls map the checks whose failure shows the control is not met for a resource.',
  requirements: [
    {
      id: 'A.5.1',
      section: ORG,
      title: 'Security policies are approved, communicated, acknowledged and reviewed',
      checks: [],
      manual: true,
    },
    { id: 'A.5.2', section: ORG, title: 'Security roles and responsibilities are defined and assigned', checks: [], manual: true },
    { id: 'A.5.3', section: ORG, title: 'Conflicting duties and areas of responsibility are kept apart', checks: [], manual: true },
    { id: 'A.5.4', section: ORG, title: 'Management requires all staff to apply the security policies', checks: [], manual: true },
    { id: 'A.5.5', section: ORG, title: 'Contacts with relevant authorities are established and kept up', checks: [], manual: true },
    { id: 'A.5.6', section: ORG, title: 'Contacts with security forums and interest groups are kept up', checks: [], manual: true },
    { id: 'A.5.7', section: ORG, title: 'Information about threats is gathered and analysed', checks: [], manual: true },
    { id: 'A.5.8', section: ORG, title: 'Security is built into project management', checks: [], manual: true },
    { id: 'A.5.9', section: ORG, title: 'Information and other assets are inventoried, with their owners', checks: ['aws-config-recorder-enabled'] },
    { id: 'A.5.10', section: ORG, title: 'Rules for acceptable use and handling of assets are documented', checks: [], manual: true },
    { id: 'A.5.11', section: ORG, title: 'Assets are handed back when employment or contracts change or end', checks: [], manual: true },
    {
      id: 'A.5.12',
      section: ORG,
      title: 'Information is classified by its security needs',
      checks: [],
      manual: true,
    },
    { id: 'A.5.13', section: ORG, title: 'Information is labelled according to the classification scheme', checks: [] },
    { id: 'A.5.14', section: ORG, title: 'Transfers of information are governed by rules and protected', checks: merge(ENCRYPTION_IN_TRANSIT) },
    {
      id: 'A.5.15',
      section: ORG,
      title: 'Rules for physical and logical access are set and enforced',
      checks: merge(FULL_ADMIN, ['aws-iam-user-no-direct-policies'], PUBLIC_ACCESS),
    },
    { id: 'A.5.16', section: ORG, title: 'Identities are managed over their whole lifecycle', checks: ['aws-iam-user-unused-credentials-disabled'] },
    {
      id: 'A.5.17',
      section: ORG,
      title: 'Passwords, keys and other secrets are issued and handled under a managed process',
      checks: [
        'aws-iam-password-policy-min-length',
        'aws-iam-password-policy-complexity',
        'aws-iam-password-policy-reuse-prevention',
        'aws-cognito-user-pool-password-min-length',
        'aws-iam-root-no-access-keys',
        'aws-iam-access-key-rotated',
        'aws-iam-user-single-active-access-key',
        'aws-secretsmanager-secret-rotation-enabled',
        'aws-secretsmanager-secret-rotated-within-90-days',
        'aws-codebuild-source-credentials-no-personal-tokens',
        ...PLAINTEXT_SECRETS,
      ],
    },
    {
      id: 'A.5.18',
      section: ORG,
      title: 'Access rights are granted, reviewed, changed and removed per policy',
      checks: ['aws-iam-user-unused-credentials-disabled', 'aws-iam-user-no-direct-policies'],
    },
    { id: 'A.5.19', section: ORG, title: 'Security risks of using suppliers are managed', checks: [], manual: true },
    { id: 'A.5.20', section: ORG, title: 'Agreements with each supplier state the security requirements', checks: [], manual: true },
    { id: 'A.5.21', section: ORG, title: 'Security risks in the ICT product and service supply chain are managed', checks: [], manual: true },
    { id: 'A.5.22', section: ORG, title: 'Supplier security practices and service changes are monitored and reviewed', checks: [], manual: true },
    { id: 'A.5.23', section: ORG, title: 'Acquiring, using, managing and leaving cloud services follow security needs', checks: [], manual: true },
    { id: 'A.5.24', section: ORG, title: 'Incident management is planned, with processes, roles and responsibilities', checks: [], manual: true },
    { id: 'A.5.25', section: ORG, title: 'Security events are assessed and classified as incidents or not', checks: [], manual: true },
    { id: 'A.5.26', section: ORG, title: 'Incidents are handled following documented procedures', checks: [], manual: true },
    { id: 'A.5.27', section: ORG, title: 'Lessons from incidents are used to strengthen controls', checks: [], manual: true },
    { id: 'A.5.28', section: ORG, title: 'Evidence about security events is identified, collected and preserved', checks: [], manual: true },
    { id: 'A.5.29', section: ORG, title: 'Security is kept at an appropriate level during disruption', checks: [], manual: true },
    { id: 'A.5.30', section: ORG, title: 'ICT continuity is planned, implemented and tested against recovery objectives', checks: [], manual: true },
    { id: 'A.5.31', section: ORG, title: 'Legal, regulatory and contractual security obligations are identified and met', checks: [], manual: true },
    { id: 'A.5.32', section: ORG, title: 'Intellectual property rights are respected and protected', checks: [], manual: true },
    { id: 'A.5.33', section: ORG, title: 'Records are protected from loss, falsification and unauthorized access', checks: [], manual: true },
    { id: 'A.5.34', section: ORG, title: 'Privacy and personal data are protected as laws and contracts require', checks: [], manual: true },
    { id: 'A.5.35', section: ORG, title: 'The approach to security is reviewed independently at planned intervals', checks: [], manual: true },
    { id: 'A.5.36', section: ORG, title: 'Compliance with security policies and standards is reviewed regularly', checks: [], manual: true },
    { id: 'A.5.37', section: ORG, title: 'Operating procedures are documented and available to those who need them', checks: [], manual: true },

    { id: 'A.6.1', section: PEOPLE, title: 'Candidates are background-checked before joining and on an ongoing basis', checks: [], manual: true },
    { id: 'A.6.2', section: PEOPLE, title: 'Employment agreements state security responsibilities', checks: [], manual: true },
    { id: 'A.6.3', section: PEOPLE, title: 'Staff receive security awareness, education and training', checks: [], manual: true },
    { id: 'A.6.4', section: PEOPLE, title: 'A formal disciplinary process addresses policy violations', checks: [], manual: true },
    { id: 'A.6.5', section: PEOPLE, title: 'Security duties that outlast leaving or changing role are enforced', checks: [], manual: true },
    { id: 'A.6.6', section: PEOPLE, title: 'Confidentiality agreements are in place, reviewed and signed', checks: [], manual: true },
    { id: 'A.6.7', section: PEOPLE, title: 'Information used or reached while working remotely is protected', checks: [], manual: true },
    { id: 'A.6.8', section: PEOPLE, title: 'Staff can report observed or suspected security events promptly', checks: [], manual: true },

    { id: 'A.7.1', section: PHYSICAL, title: 'Secure perimeters protect areas holding information and assets', checks: [], manual: true },
    { id: 'A.7.2', section: PHYSICAL, title: 'Entry to secure areas is controlled', checks: [], manual: true },
    { id: 'A.7.3', section: PHYSICAL, title: 'Offices, rooms and facilities are physically secured', checks: [], manual: true },
    { id: 'A.7.4', section: PHYSICAL, title: 'Premises are watched continuously for unauthorized physical access', checks: [], manual: true },
    { id: 'A.7.5', section: PHYSICAL, title: 'Facilities are protected from physical and environmental threats', checks: [], manual: true },
    { id: 'A.7.6', section: PHYSICAL, title: 'Rules govern working in secure areas', checks: [], manual: true },
    { id: 'A.7.7', section: PHYSICAL, title: 'Desks are kept clear of papers and media, and screens are locked', checks: [], manual: true },
    { id: 'A.7.8', section: PHYSICAL, title: 'Equipment is placed and protected securely', checks: [], manual: true },
    { id: 'A.7.9', section: PHYSICAL, title: 'Assets taken off-site are protected', checks: [], manual: true },
    { id: 'A.7.10', section: PHYSICAL, title: 'Storage media are managed from acquisition to disposal', checks: [], manual: true },
    { id: 'A.7.11', section: PHYSICAL, title: 'Facilities are protected from power and other utility failures', checks: [], manual: true },
    { id: 'A.7.12', section: PHYSICAL, title: 'Power and data cables are protected from interception and damage', checks: [], manual: true },
    { id: 'A.7.13', section: PHYSICAL, title: 'Equipment is maintained so it stays available and intact', checks: [], manual: true },
    { id: 'A.7.14', section: PHYSICAL, title: 'Equipment is wiped of data and licensed software before disposal or reuse', checks: [], manual: true },

    { id: 'A.8.1', section: TECH, title: 'Information stored on or reached from user devices is protected', checks: [], manual: true },
    {
      id: 'A.8.2',
      section: TECH,
      title: 'Privileged access is restricted and managed',
      checks: [
        'aws-iam-root-no-access-keys',
        'aws-iam-root-mfa-enabled',
        'aws-iam-root-hardware-mfa-enabled',
        'aws-iam-root-not-recently-used',
        ...FULL_ADMIN,
        'aws-iam-cloudshell-full-access-restricted',
        'aws-ecs-task-definition-no-privileged-containers',
        'aws-codebuild-project-privileged-mode-disabled',
        'aws-sagemaker-notebook-root-access-disabled',
      ],
    },
    {
      id: 'A.8.3',
      section: TECH,
      title: 'Access to information is restricted as the access policy says',
      checks: merge(PUBLIC_ACCESS, OUTSIDE_ORG, UNAUTHENTICATED, [
        'aws-cloudfront-s3-origin-access-restricted',
        'aws-opensearch-domain-fine-grained-access',
      ]),
    },
    {
      id: 'A.8.4',
      section: TECH,
      title: 'Read and write access to source code and development tools is managed',
      checks: ['aws-codebuild-project-source-no-embedded-credentials', 'aws-codebuild-source-credentials-no-personal-tokens'],
    },
    {
      id: 'A.8.5',
      section: TECH,
      title: 'Access requires authentication, with strong methods such as MFA where needed',
      checks: merge(MFA, UNAUTHENTICATED),
    },
    { id: 'A.8.6', section: TECH, title: 'Resource use is monitored and adjusted to current and expected capacity needs', checks: [] },
    { id: 'A.8.7', section: TECH, title: 'Malware protection is in place, backed by user awareness', checks: ['aws-guardduty-enabled'] },
    { id: 'A.8.8', section: TECH, title: 'Technical vulnerabilities are found, evaluated and remediated', checks: merge(VULNERABILITIES) },
    {
      id: 'A.8.9',
      section: TECH,
      title: 'Configurations, security settings included, are defined, monitored and reviewed',
      checks: ['aws-config-recorder-enabled', 'aws-cloudformation-stack-no-drift', ...HARDENING],
    },
    { id: 'A.8.10', section: TECH, title: 'Information is deleted when it is no longer needed', checks: [] },
    { id: 'A.8.11', section: TECH, title: 'Data is masked as access policy and business needs require', checks: [] },
    {
      id: 'A.8.12',
      section: TECH,
      title: 'Leakage of sensitive information from systems and networks is prevented',
      checks: merge(PUBLIC_ACCESS, OUTSIDE_ORG, [
        'aws-sagemaker-notebook-direct-internet-disabled',
        'aws-sagemaker-model-network-isolation',
        'aws-iam-cloudshell-full-access-restricted',
      ]),
    },
    { id: 'A.8.13', section: TECH, title: 'Backups of information, software and systems are kept and tested', checks: merge(BACKUP) },
    { id: 'A.8.14', section: TECH, title: 'Processing facilities have enough redundancy to meet availability needs', checks: merge(REDUNDANCY) },
    { id: 'A.8.15', section: TECH, title: 'Logs of activities, exceptions and events are produced, protected and analysed', checks: merge(LOGGING) },
    { id: 'A.8.16', section: TECH, title: 'Networks, systems and applications are watched for anomalous behaviour', checks: merge(MONITORING) },
    { id: 'A.8.17', section: TECH, title: 'System clocks are synchronised to approved time sources', checks: [] },
    {
      id: 'A.8.18',
      section: TECH,
      title: 'Utilities able to override system controls are restricted',
      checks: ['aws-iam-cloudshell-full-access-restricted'],
    },
    {
      id: 'A.8.19',
      section: TECH,
      title: 'Installing software on operational systems is controlled',
      checks: ['aws-lambda-function-code-signing', 'aws-ecr-repository-tag-immutability'],
    },
    { id: 'A.8.20', section: TECH, title: 'Networks and network devices are secured, managed and controlled', checks: merge(NETWORK_EXPOSURE) },
    { id: 'A.8.21', section: TECH, title: 'Security mechanisms of network services are defined and enforced', checks: merge(NETWORK_SERVICES) },
    { id: 'A.8.22', section: TECH, title: 'Groups of services, users and systems are separated in networks', checks: merge(NETWORK_SEGREGATION) },
    { id: 'A.8.23', section: TECH, title: 'Access to external websites is filtered', checks: [] },
    {
      id: 'A.8.24',
      section: TECH,
      title: 'Cryptography and key management are used according to defined rules',
      checks: merge(ENCRYPTION_AT_REST, ENCRYPTION_IN_TRANSIT, KEY_MANAGEMENT),
    },
    { id: 'A.8.25', section: TECH, title: 'Software and systems are developed under secure development rules', checks: [], manual: true },
    { id: 'A.8.26', section: TECH, title: 'Security requirements are set when building or buying applications', checks: [], manual: true },
    { id: 'A.8.27', section: TECH, title: 'Secure engineering principles guide system design and development', checks: [], manual: true },
    { id: 'A.8.28', section: TECH, title: 'Software is written following secure coding principles', checks: [], manual: true },
    { id: 'A.8.29', section: TECH, title: 'Security is tested during development and before acceptance', checks: [], manual: true },
    { id: 'A.8.30', section: TECH, title: 'Outsourced development is directed, monitored and reviewed', checks: [], manual: true },
    { id: 'A.8.31', section: TECH, title: 'Development, test and production environments are separated and secured', checks: [] },
    {
      id: 'A.8.32',
      section: TECH,
      title: 'Changes to systems and facilities go through change management',
      checks: ['aws-cloudformation-stack-no-drift'],
    },
    { id: 'A.8.33', section: TECH, title: 'Test data is chosen, protected and managed appropriately', checks: [], manual: true },
    { id: 'A.8.34', section: TECH, title: 'Audit testing of operational systems is planned and agreed with management', checks: [], manual: true },
  ],
}
