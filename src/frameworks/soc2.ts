import type { Framework } from './types.js'

const CC1 = 'CC1 Control Environment'
const CC2 = 'CC2 Communication and Information'
const CC3 = 'CC3 Risk Assessment'
const CC4 = 'CC4 Monitoring Activities'
const CC5 = 'CC5 Control Activities'
const CC6 = 'CC6 Logical and Physical Access Controls'
const CC7 = 'CC7 System Operations'
const CC8 = 'CC8 Change Management'
const CC9 = 'CC9 Risk Mitigation'
const A1 = 'A1 Additional Criteria for Availability'
const C1 = 'C1 Additional Criteria for Confidentiality'
const PI1 = 'PI1 Additional Criteria for Processing Integrity'
const P1 = 'P1 Privacy: Notice and Communication of Objectives'
const P2 = 'P2 Privacy: Choice and Consent'
const P3 = 'P3 Privacy: Collection'
const P4 = 'P4 Privacy: Use, Retention, and Disposal'
const P5 = 'P5 Privacy: Access'
const P6 = 'P6 Privacy: Disclosure and Notification'
const P7 = 'P7 Privacy: Quality'
const P8 = 'P8 Privacy: Monitoring and Enforcement'

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

/** Certificates that protect connections: key strength and validity. */
const CERTIFICATES = [
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

/** Threat detection, findings aggregation and alarms on sensitive activity (anomalies that may be attacks). */
const MONITORING = [
  'aws-guardduty-enabled',
  'aws-securityhub-enabled',
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

/** Password rules, key rotation and secrets handling for the credentials the entity issues. */
const CREDENTIALS = [
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
]

/**
 * AICPA 2017 Trust Services Criteria (revised points of focus, 2022): the 33 common criteria (security) and the 28
 * additional criteria for availability, confidentiality, processing integrity and privacy. Criteria ids as published;
 * titles are our own short wording. Criteria that need governance, people or procedures are `manual`; an empty
 * `checks` without `manual` is automatable in principle but not covered by a Posture check yet.
 */
export const SOC2_TSC: Framework = {
  id: 'soc2',
  name: 'SOC 2 Trust Services Criteria',
  version: '2017 (revised 2022)',
  provider: 'multi',
  source: 'https://www.aicpa-cima.com/resources/download/2017-trust-services-criteria-with-revised-points-of-focus-2022',
  scope:
    'All 61 criteria: the common criteria CC1–CC9 and the additional availability (A1), confidentiality (C1), processing integrity (PI1) and privacy (P1–P8) criteria; a SOC 2 report includes the additional ones only for the categories in its scope. Points of focus are not listed.',
  requirements: [
    { id: 'CC1.1', section: CC1, title: 'Integrity and ethical values are upheld and expected of everyone', checks: [], manual: true },
    { id: 'CC1.2', section: CC1, title: 'The board is independent of management and oversees internal control', checks: [], manual: true },
    { id: 'CC1.3', section: CC1, title: 'Management sets up structures, reporting lines, authority and duties', checks: [], manual: true },
    { id: 'CC1.4', section: CC1, title: 'Competent people are attracted, developed and retained', checks: [], manual: true },
    { id: 'CC1.5', section: CC1, title: 'People are held accountable for their internal control duties', checks: [], manual: true },

    { id: 'CC2.1', section: CC2, title: 'Relevant, good-quality information supports internal control', checks: [], manual: true },
    { id: 'CC2.2', section: CC2, title: 'Control objectives and responsibilities are communicated internally', checks: [], manual: true },
    { id: 'CC2.3', section: CC2, title: 'Matters affecting internal control are communicated to outside parties', checks: [], manual: true },

    { id: 'CC3.1', section: CC3, title: 'Objectives are stated clearly enough to identify and assess risks', checks: [], manual: true },
    { id: 'CC3.2', section: CC3, title: 'Risks to the objectives are identified and analysed', checks: [], manual: true },
    { id: 'CC3.3', section: CC3, title: 'The potential for fraud is considered when assessing risks', checks: [], manual: true },
    { id: 'CC3.4', section: CC3, title: 'Changes that could affect internal control are identified and assessed', checks: [], manual: true },

    { id: 'CC4.1', section: CC4, title: 'Evaluations confirm that control components are present and working', checks: [], manual: true },
    { id: 'CC4.2', section: CC4, title: 'Control deficiencies are reported to those who can correct them, in time', checks: [], manual: true },

    { id: 'CC5.1', section: CC5, title: 'Control activities are chosen to bring risks down to acceptable levels', checks: [], manual: true },
    { id: 'CC5.2', section: CC5, title: 'General controls over technology are selected and developed', checks: [], manual: true },
    { id: 'CC5.3', section: CC5, title: 'Controls are put in place through policies and procedures', checks: [], manual: true },

    {
      id: 'CC6.1',
      section: CC6,
      title: 'Protected information is guarded by access control, authentication, encryption',
      checks: merge(
        PUBLIC_ACCESS,
        UNAUTHENTICATED,
        ['aws-cloudfront-s3-origin-access-restricted', 'aws-opensearch-domain-fine-grained-access'],
        MFA,
        CREDENTIALS,
        PLAINTEXT_SECRETS,
        ENCRYPTION_AT_REST,
        ['aws-kms-key-rotation-enabled'],
      ),
    },
    {
      id: 'CC6.2',
      section: CC6,
      title: 'Users are authorized before credentials are issued and removed when access ends',
      checks: ['aws-iam-user-unused-credentials-disabled'],
    },
    {
      id: 'CC6.3',
      section: CC6,
      title: 'Access is granted, changed and removed by role, least privilege and separation',
      checks: merge(FULL_ADMIN, [
        'aws-iam-user-no-direct-policies',
        'aws-iam-root-not-recently-used',
        'aws-iam-cloudshell-full-access-restricted',
        'aws-ecs-task-definition-no-privileged-containers',
        'aws-codebuild-project-privileged-mode-disabled',
        'aws-sagemaker-notebook-root-access-disabled',
      ]),
    },
    { id: 'CC6.4', section: CC6, title: 'Physical access to facilities and stored assets is limited to authorized staff', checks: [], manual: true },
    { id: 'CC6.5', section: CC6, title: 'Protections stay on disposed assets until their data cannot be recovered', checks: [], manual: true },
    {
      id: 'CC6.6',
      section: CC6,
      title: 'Boundary protections guard against threats from outside the system',
      checks: merge(NETWORK_EXPOSURE, NETWORK_SERVICES, NETWORK_SEGREGATION, ['aws-iam-root-mfa-enabled', 'aws-iam-user-console-mfa-enabled']),
    },
    {
      id: 'CC6.7',
      section: CC6,
      title: 'Data moves only to authorized parties and is protected in transit',
      checks: merge(ENCRYPTION_IN_TRANSIT, CERTIFICATES, OUTSIDE_ORG, [
        'aws-sagemaker-notebook-direct-internet-disabled',
        'aws-sagemaker-model-network-isolation',
        'aws-iam-cloudshell-full-access-restricted',
      ]),
    },
    {
      id: 'CC6.8',
      section: CC6,
      title: 'Unauthorized or malicious software is prevented or detected and acted on',
      checks: ['aws-guardduty-enabled', 'aws-lambda-function-code-signing', 'aws-ecr-repository-tag-immutability'],
    },

    {
      id: 'CC7.1',
      section: CC7,
      title: 'Configuration changes and newly found vulnerabilities are detected',
      checks: merge(
        ['aws-config-recorder-enabled', 'aws-cloudformation-stack-no-drift', 'aws-securityhub-enabled', 'aws-accessanalyzer-enabled'],
        VULNERABILITIES,
      ),
    },
    {
      id: 'CC7.2',
      section: CC7,
      title: 'Components are monitored for anomalies that signal attacks, disasters or errors',
      checks: merge(LOGGING, MONITORING),
    },
    { id: 'CC7.3', section: CC7, title: 'Security events are evaluated to decide whether they are incidents', checks: [], manual: true },
    { id: 'CC7.4', section: CC7, title: 'Incidents are contained, fixed and communicated under a response program', checks: [], manual: true },
    { id: 'CC7.5', section: CC7, title: 'Recovery from security incidents is planned and carried out', checks: [], manual: true },

    {
      id: 'CC8.1',
      section: CC8,
      title: 'Changes to infrastructure, data and software are authorized, tested and approved',
      checks: ['aws-cloudformation-stack-no-drift', 'aws-lambda-function-code-signing', 'aws-ecr-repository-tag-immutability'],
    },

    { id: 'CC9.1', section: CC9, title: 'Risks of business disruption are mitigated', checks: [], manual: true },
    { id: 'CC9.2', section: CC9, title: 'Risks from vendors and business partners are assessed and managed', checks: [], manual: true },

    { id: 'A1.1', section: A1, title: 'Processing capacity and use are monitored to meet demand', checks: [] },
    {
      id: 'A1.2',
      section: A1,
      title: 'Environmental protections, backups and recovery infrastructure are in place',
      checks: merge(BACKUP, REDUNDANCY),
    },
    { id: 'A1.3', section: A1, title: 'Recovery plan procedures are tested', checks: [], manual: true },

    { id: 'C1.1', section: C1, title: 'Confidential information is identified and kept protected', checks: [], manual: true },
    { id: 'C1.2', section: C1, title: 'Confidential information is disposed of when its retention ends', checks: [] },

    { id: 'PI1.1', section: PI1, title: 'Processing objectives, data definitions and specifications are communicated', checks: [], manual: true },
    { id: 'PI1.2', section: PI1, title: 'System inputs are checked for completeness and accuracy', checks: [], manual: true },
    {
      id: 'PI1.3',
      section: PI1,
      title: 'Processing is controlled so results are complete and accurate',
      checks: ['aws-lambda-function-async-failure-destination'],
    },
    { id: 'PI1.4', section: PI1, title: 'Output is delivered completely, accurately and on time to the intended parties', checks: [], manual: true },
    { id: 'PI1.5', section: PI1, title: 'Inputs, items in processing and outputs are stored completely and accurately', checks: [], manual: true },

    { id: 'P1.1', section: P1, title: 'Data subjects are told about privacy practices, and about changes to them', checks: [], manual: true },
    { id: 'P2.1', section: P2, title: 'Choices over personal data are explained and consent is obtained', checks: [], manual: true },
    { id: 'P3.1', section: P3, title: 'Personal data is collected only as the privacy objectives allow', checks: [], manual: true },
    { id: 'P3.2', section: P3, title: 'Explicit consent is asked for and obtained before collection where required', checks: [], manual: true },
    { id: 'P4.1', section: P4, title: 'Personal data is used only for the stated purposes', checks: [], manual: true },
    { id: 'P4.2', section: P4, title: 'Personal data is kept only as long as the privacy objectives allow', checks: [], manual: true },
    { id: 'P4.3', section: P4, title: 'Personal data is disposed of securely', checks: [], manual: true },
    { id: 'P5.1', section: P5, title: 'Data subjects can review and get copies of their personal data', checks: [], manual: true },
    { id: 'P5.2', section: P5, title: 'Personal data is corrected on request, and corrections are passed on', checks: [], manual: true },
    { id: 'P6.1', section: P6, title: 'Personal data goes to third parties only with prior consent', checks: [], manual: true },
    { id: 'P6.2', section: P6, title: 'Authorized disclosures of personal data are recorded', checks: [], manual: true },
    { id: 'P6.3', section: P6, title: 'Unauthorized disclosures and breaches of personal data are recorded', checks: [], manual: true },
    { id: 'P6.4', section: P6, title: 'Third parties with personal data commit to privacy and are assessed', checks: [], manual: true },
    { id: 'P6.5', section: P6, title: 'Third parties commit to report unauthorized disclosures of personal data', checks: [], manual: true },
    { id: 'P6.6', section: P6, title: 'Breaches are notified to affected people, regulators and others', checks: [], manual: true },
    { id: 'P6.7', section: P6, title: 'Data subjects can get an account of their data held and disclosed', checks: [], manual: true },
    { id: 'P7.1', section: P7, title: 'Personal data is kept accurate, current, complete and relevant', checks: [], manual: true },
    { id: 'P8.1', section: P8, title: 'Privacy inquiries, complaints and disputes are handled; compliance is monitored', checks: [], manual: true },
  ],
}
