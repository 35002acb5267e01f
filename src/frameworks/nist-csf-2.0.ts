import {
  CLOUDTRAIL,
  CURRENT_TLS,
  EMBEDDED_SECRETS,
  NIST_AUDIT_LOGS,
  NIST_BACKUPS,
  NIST_ENCRYPTED_AT_REST,
  NIST_ENCRYPTED_IN_TRANSIT,
  NIST_OUTSIDE_ORG,
  NIST_PUBLIC_ACCESS,
  SECURITY_ALARMS,
  UNSUPPORTED_VERSIONS,
} from './check-groups.js'
import type { Framework } from './types.js'

const GV_OC = 'GV.OC Organizational Context'
const GV_RM = 'GV.RM Risk Management Strategy'
const GV_RR = 'GV.RR Roles, Responsibilities, and Authorities'
const GV_PO = 'GV.PO Policy'
const GV_OV = 'GV.OV Oversight'
const GV_SC = 'GV.SC Cybersecurity Supply Chain Risk Management'
const ID_AM = 'ID.AM Asset Management'
const ID_RA = 'ID.RA Risk Assessment'
const ID_IM = 'ID.IM Improvement'
const PR_AA = 'PR.AA Identity Management, Authentication, and Access Control'
const PR_AT = 'PR.AT Awareness and Training'
const PR_DS = 'PR.DS Data Security'
const PR_PS = 'PR.PS Platform Security'
const PR_IR = 'PR.IR Technology Infrastructure Resilience'
const DE_CM = 'DE.CM Continuous Monitoring'
const DE_AE = 'DE.AE Adverse Event Analysis'
const RS_MA = 'RS.MA Incident Management'
const RS_AN = 'RS.AN Incident Analysis'
const RS_CO = 'RS.CO Incident Response Reporting and Communication'
const RS_MI = 'RS.MI Incident Mitigation'
const RC_RP = 'RC.RP Incident Recovery Plan Execution'
const RC_CO = 'RC.CO Incident Recovery Communication'

/** Traffic that may travel in clear text, over deprecated TLS or with invalid certificates; unsigned DNS answers. */
const ENCRYPTED_IN_TRANSIT = [
  ...NIST_ENCRYPTED_IN_TRANSIT,
  ...CURRENT_TLS,
  'aws-acm-certificate-key-strength',
  'aws-acm-certificate-in-use-valid',
  'aws-route53-zone-dnssec-signing',
]

/** Stored data (objects, disks, snapshots, backups, secrets) readable by anyone. */
const PUBLIC_STORED_DATA = [
  'aws-s3-account-public-access-block-enabled',
  'aws-s3-bucket-public-access-block-enabled',
  'aws-s3-bucket-acl-no-public-read',
  'aws-s3-bucket-acl-no-public-write',
  'aws-s3-bucket-policy-no-public-read',
  'aws-s3-bucket-policy-no-public-write',
  'aws-ec2-ami-not-public',
  'aws-ec2-snapshot-not-public',
  'aws-rds-snapshot-not-public',
  'aws-backup-vault-policy-not-public',
  'aws-efs-file-system-policy-not-public',
  'aws-glacier-vault-policy-not-public',
  'aws-opensearch-domain-policy-not-public',
  'aws-secretsmanager-secret-policy-not-public',
]

/** Network exposure of workloads and data services; HTTP filtering at the edge. */
const NETWORK_EXPOSURE = [
  'aws-ec2-sg-no-all-traffic-from-internet',
  'aws-ec2-sg-no-ssh-from-internet',
  'aws-ec2-sg-no-rdp-from-internet',
  'aws-ec2-sg-no-cifs-from-internet',
  'aws-ec2-nacl-no-admin-ports-from-internet',
  'aws-ec2-default-sg-restricts-all-traffic',
  'aws-eks-nodegroup-no-ssh-from-internet',
  'aws-eks-cluster-endpoint-not-public',
  'aws-ec2-instance-no-public-ip',
  'aws-ec2-launch-template-no-public-ip',
  'aws-autoscaling-launch-config-no-public-ip',
  'aws-ecs-service-no-public-ip',
  'aws-rds-instance-not-public',
  'aws-redshift-cluster-not-public',
  'aws-msk-cluster-not-public',
  'aws-opensearch-domain-in-vpc',
  'aws-elasticache-cluster-not-default-subnet-group',
  'aws-sagemaker-notebook-direct-internet-disabled',
  'aws-sagemaker-notebook-in-vpc',
  'aws-sagemaker-model-in-vpc',
  'aws-sagemaker-model-network-isolation',
  'aws-redshift-cluster-enhanced-vpc-routing',
  'aws-apigateway-stage-waf-enabled',
  'aws-cloudfront-waf-web-acl-attached',
  'aws-elbv2-waf-web-acl-attached',
  'aws-wafv2-web-acl-has-rules',
  'aws-elbv2-drop-invalid-headers-enabled',
  'aws-elb-desync-mitigation-enforced',
  'aws-elbv2-desync-mitigation-enforced',
  'aws-ecs-task-definition-no-host-network-mode',
]

/**
 * NIST Cybersecurity Framework (CSF) 2.0, NIST CSWP 29 (February 2024): all 106 subcategories. Ids as published;
 * titles are our own short wording. The Govern function and most of Identify, Respond and Recover describe
 * organisational outcomes and are `manual`; an empty `checks` without `manual` is automatable but not yet covered
 * by a Posture check (reported as unmapped, never as passed).
 */
export const NIST_CSF_2_0: Framework = {
  id: 'nist-csf',
  name: 'NIST Cybersecurity Framework',
  version: '2.0',
  provider: 'multi',
  source: 'https://doi.org/10.6028/NIST.CSWP.29',
  requirements: [
    // GV Govern
    { id: 'GV.OC-01', section: GV_OC, title: 'The mission is understood and shapes cybersecurity risk management', checks: [], manual: true },
    { id: 'GV.OC-02', section: GV_OC, title: "Stakeholders' cybersecurity needs and expectations are understood", checks: [], manual: true },
    { id: 'GV.OC-03', section: GV_OC, title: 'Legal, regulatory and contractual obligations are understood and managed', checks: [], manual: true },
    { id: 'GV.OC-04', section: GV_OC, title: 'Critical services others rely on are known and communicated', checks: [], manual: true },
    { id: 'GV.OC-05', section: GV_OC, title: 'Outcomes and services the organisation depends on are known', checks: [], manual: true },
    { id: 'GV.RM-01', section: GV_RM, title: 'Risk management objectives are set and agreed', checks: [], manual: true },
    { id: 'GV.RM-02', section: GV_RM, title: 'Risk appetite and tolerance are stated and maintained', checks: [], manual: true },
    { id: 'GV.RM-03', section: GV_RM, title: 'Cybersecurity risk is part of enterprise risk management', checks: [], manual: true },
    { id: 'GV.RM-04', section: GV_RM, title: 'Strategic direction on risk response options is set', checks: [], manual: true },
    { id: 'GV.RM-05', section: GV_RM, title: 'Communication lines for cybersecurity risk, incl. suppliers, exist', checks: [], manual: true },
    { id: 'GV.RM-06', section: GV_RM, title: 'A standard method to assess and prioritise risks is in use', checks: [], manual: true },
    { id: 'GV.RM-07', section: GV_RM, title: 'Positive risks (opportunities) are part of risk discussions', checks: [], manual: true },
    { id: 'GV.RR-01', section: GV_RR, title: 'Leadership is accountable for cybersecurity risk and culture', checks: [], manual: true },
    { id: 'GV.RR-02', section: GV_RR, title: 'Cybersecurity roles and authorities are defined and enforced', checks: [], manual: true },
    { id: 'GV.RR-03', section: GV_RR, title: 'Resources match the cybersecurity strategy and roles', checks: [], manual: true },
    { id: 'GV.RR-04', section: GV_RR, title: 'Human resources practices include cybersecurity', checks: [], manual: true },
    { id: 'GV.PO-01', section: GV_PO, title: 'A cybersecurity risk policy is set, communicated and enforced', checks: [], manual: true },
    { id: 'GV.PO-02', section: GV_PO, title: 'The policy is reviewed and updated as requirements and threats change', checks: [], manual: true },
    { id: 'GV.OV-01', section: GV_OV, title: 'Strategy outcomes are reviewed to adjust direction', checks: [], manual: true },
    { id: 'GV.OV-02', section: GV_OV, title: 'The strategy is reviewed for coverage of requirements and risks', checks: [], manual: true },
    { id: 'GV.OV-03', section: GV_OV, title: 'Risk management performance is evaluated and adjusted', checks: [], manual: true },
    { id: 'GV.SC-01', section: GV_SC, title: 'A supply chain risk management programme is established', checks: [], manual: true },
    { id: 'GV.SC-02', section: GV_SC, title: 'Supplier, customer and partner security roles are defined', checks: [], manual: true },
    { id: 'GV.SC-03', section: GV_SC, title: 'Supply chain risk is integrated into risk management', checks: [], manual: true },
    { id: 'GV.SC-04', section: GV_SC, title: 'Suppliers are known and ranked by criticality', checks: [], manual: true },
    { id: 'GV.SC-05', section: GV_SC, title: 'Supplier security requirements are in contracts', checks: [], manual: true },
    { id: 'GV.SC-06', section: GV_SC, title: 'Due diligence precedes new supplier relationships', checks: [], manual: true },
    { id: 'GV.SC-07', section: GV_SC, title: 'Supplier risks are assessed and monitored throughout the relationship', checks: [], manual: true },
    { id: 'GV.SC-08', section: GV_SC, title: 'Relevant suppliers take part in incident planning and response', checks: [], manual: true },
    { id: 'GV.SC-09', section: GV_SC, title: 'Supply chain security practices are integrated and monitored', checks: [], manual: true },
    { id: 'GV.SC-10', section: GV_SC, title: 'Plans cover what happens after a supplier relationship ends', checks: [], manual: true },

    // ID Identify
    { id: 'ID.AM-01', section: ID_AM, title: 'A hardware inventory is maintained', checks: [], manual: true },
    { id: 'ID.AM-02', section: ID_AM, title: 'Software, services and systems are inventoried', checks: ['aws-config-recorder-enabled'] },
    { id: 'ID.AM-03', section: ID_AM, title: 'Authorised network communications and data flows are documented', checks: [], manual: true },
    { id: 'ID.AM-04', section: ID_AM, title: 'Services provided by suppliers are inventoried', checks: [], manual: true },
    { id: 'ID.AM-05', section: ID_AM, title: 'Assets are prioritised by classification and criticality', checks: [], manual: true },
    { id: 'ID.AM-07', section: ID_AM, title: 'Designated data types are inventoried (e.g. sensitive data discovery)', checks: [] },
    {
      id: 'ID.AM-08',
      section: ID_AM,
      title: 'Assets are managed through their life cycle (no stale or end-of-life assets)',
      checks: [
        ...UNSUPPORTED_VERSIONS,
        'aws-route53-zone-no-dangling-records',
        'aws-iam-server-certificate-not-expired',
        'aws-acm-certificate-not-expiring-soon',
        'aws-ecr-repository-lifecycle-policy',
      ],
    },
    { id: 'ID.RA-01', section: ID_RA, title: 'Vulnerabilities in assets are identified and recorded', checks: ['aws-ecr-repository-scan-on-push'] },
    { id: 'ID.RA-02', section: ID_RA, title: 'Threat intelligence is received from sharing sources', checks: [], manual: true },
    { id: 'ID.RA-03', section: ID_RA, title: 'Internal and external threats are identified and recorded', checks: [], manual: true },
    { id: 'ID.RA-04', section: ID_RA, title: 'Impact and likelihood of threats are identified', checks: [], manual: true },
    { id: 'ID.RA-05', section: ID_RA, title: 'Inherent risk is understood and drives prioritisation', checks: [], manual: true },
    { id: 'ID.RA-06', section: ID_RA, title: 'Risk responses are chosen, planned and tracked', checks: [], manual: true },
    { id: 'ID.RA-07', section: ID_RA, title: 'Changes and exceptions are risk-assessed and tracked', checks: [], manual: true },
    { id: 'ID.RA-08', section: ID_RA, title: 'Vulnerability disclosures are received and handled', checks: [], manual: true },
    {
      id: 'ID.RA-09',
      section: ID_RA,
      title: 'Software integrity and authenticity are verified before use',
      checks: ['aws-lambda-function-code-signing'],
    },
    { id: 'ID.RA-10', section: ID_RA, title: 'Critical suppliers are assessed before acquisition', checks: [], manual: true },
    { id: 'ID.IM-01', section: ID_IM, title: 'Evaluations lead to identified improvements', checks: [], manual: true },
    { id: 'ID.IM-02', section: ID_IM, title: 'Security tests and exercises lead to improvements', checks: [], manual: true },
    { id: 'ID.IM-03', section: ID_IM, title: 'Operational processes lead to improvements', checks: [], manual: true },
    { id: 'ID.IM-04', section: ID_IM, title: 'Incident response and other security plans are maintained', checks: [], manual: true },

    // PR Protect
    {
      id: 'PR.AA-01',
      section: PR_AA,
      title: 'Identities and credentials are managed: rotated, retired, never embedded',
      checks: [
        'aws-iam-user-unused-credentials-disabled',
        'aws-iam-access-key-rotated',
        'aws-iam-user-single-active-access-key',
        'aws-iam-root-no-access-keys',
        'aws-secretsmanager-secret-rotation-enabled',
        'aws-secretsmanager-secret-rotated-within-90-days',
        'aws-secretsmanager-secret-recently-used',
        'aws-codebuild-source-credentials-no-personal-tokens',
        ...EMBEDDED_SECRETS,
      ],
    },
    { id: 'PR.AA-02', section: PR_AA, title: 'Identities are proofed and bound to credentials', checks: [], manual: true },
    {
      id: 'PR.AA-03',
      section: PR_AA,
      title: 'Users, services and devices authenticate: MFA, strong passwords, no anonymous',
      checks: [
        'aws-iam-root-mfa-enabled',
        'aws-iam-root-hardware-mfa-enabled',
        'aws-iam-user-console-mfa-enabled',
        'aws-iam-password-policy-min-length',
        'aws-iam-password-policy-complexity',
        'aws-iam-password-policy-reuse-prevention',
        'aws-cognito-user-pool-mfa-required',
        'aws-cognito-user-pool-password-min-length',
        'aws-cognito-user-pool-threat-protection-enforced',
        'aws-cognito-identity-pool-no-guest-access',
        'aws-apigateway-rest-api-authorization',
        'aws-apigateway-http-route-authorization',
        'aws-lambda-function-url-auth-required',
        'aws-msk-cluster-unauthenticated-access-disabled',
        'aws-elasticache-replication-group-auth-enabled',
        'aws-neptune-cluster-iam-auth',
      ],
    },
    { id: 'PR.AA-04', section: PR_AA, title: 'Identity assertions (SSO, federation tokens) are protected and verified', checks: [] },
    {
      id: 'PR.AA-05',
      section: PR_AA,
      title: 'Access follows least privilege; nothing public or shared beyond need',
      checks: [
        'aws-iam-policy-no-full-admin',
        'aws-iam-user-inline-policy-no-full-admin',
        'aws-iam-group-inline-policy-no-full-admin',
        'aws-iam-role-inline-policy-no-full-admin',
        'aws-iam-cloudshell-full-access-restricted',
        'aws-iam-user-no-direct-policies',
        'aws-iam-root-not-recently-used',
        'aws-accessanalyzer-enabled',
        'aws-cloudformation-stack-service-role-configured',
        'aws-cognito-identity-pool-classic-flow-disabled',
        'aws-opensearch-domain-fine-grained-access',
        'aws-codebuild-project-privileged-mode-disabled',
        'aws-ecs-task-definition-no-privileged-containers',
        'aws-ecs-task-definition-non-root-user',
        'aws-sagemaker-notebook-root-access-disabled',
        ...NIST_PUBLIC_ACCESS,
        ...NIST_OUTSIDE_ORG,
      ],
    },
    { id: 'PR.AA-06', section: PR_AA, title: 'Physical access to assets is managed and monitored', checks: [], manual: true },
    { id: 'PR.AT-01', section: PR_AT, title: 'Personnel receive general cybersecurity awareness training', checks: [], manual: true },
    { id: 'PR.AT-02', section: PR_AT, title: 'People in specialised roles receive role-specific training', checks: [], manual: true },
    {
      id: 'PR.DS-01',
      section: PR_DS,
      title: 'Data at rest is encrypted and not exposed publicly',
      checks: [...NIST_ENCRYPTED_AT_REST, ...PUBLIC_STORED_DATA],
    },
    { id: 'PR.DS-02', section: PR_DS, title: 'Data in transit is encrypted with current TLS', checks: ENCRYPTED_IN_TRANSIT },
    {
      id: 'PR.DS-10',
      section: PR_DS,
      title: 'Data in use is shielded from other processes on the same host',
      checks: [
        'aws-ecs-task-definition-no-host-pid-mode',
        'aws-ecs-task-definition-no-privileged-containers',
        'aws-ecs-task-definition-no-sensitive-host-mounts',
      ],
    },
    { id: 'PR.DS-11', section: PR_DS, title: 'Backups are created, retained and protected', checks: NIST_BACKUPS },
    {
      id: 'PR.PS-01',
      section: PR_PS,
      title: 'Configuration is managed: recorded, hardened and free of drift',
      checks: [
        'aws-config-recorder-enabled',
        'aws-cloudformation-stack-no-drift',
        'aws-ec2-instance-imdsv2-required',
        'aws-ec2-launch-template-imdsv2-required',
        'aws-autoscaling-launch-config-imdsv2-required',
        'aws-ecs-task-definition-read-only-root-filesystem',
        'aws-s3-bucket-acls-disabled',
      ],
    },
    {
      id: 'PR.PS-02',
      section: PR_PS,
      title: 'Software is patched and replaced before end of support',
      checks: [
        ...UNSUPPORTED_VERSIONS,
        'aws-rds-instance-auto-minor-upgrade',
        'aws-elasticache-cluster-auto-minor-upgrade',
        'aws-elasticache-replication-group-auto-minor-upgrade',
        'aws-redshift-cluster-version-upgrade',
      ],
    },
    { id: 'PR.PS-03', section: PR_PS, title: 'Hardware is maintained and disposed of according to risk', checks: [], manual: true },
    { id: 'PR.PS-04', section: PR_PS, title: 'Logs are generated and available for continuous monitoring', checks: NIST_AUDIT_LOGS },
    {
      id: 'PR.PS-05',
      section: PR_PS,
      title: 'Unauthorised software cannot be installed or run',
      checks: ['aws-lambda-function-code-signing', 'aws-ecr-repository-tag-immutability'],
    },
    {
      id: 'PR.PS-06',
      section: PR_PS,
      title: 'Build pipelines are secured and software is scanned',
      checks: [
        'aws-codebuild-project-no-plaintext-secrets',
        'aws-codebuild-project-source-no-embedded-credentials',
        'aws-codebuild-project-not-public',
        'aws-codebuild-project-privileged-mode-disabled',
        'aws-ecr-repository-scan-on-push',
      ],
    },
    {
      id: 'PR.IR-01',
      section: PR_IR,
      title: 'Networks are protected from unauthorised access and use',
      checks: NETWORK_EXPOSURE,
    },
    { id: 'PR.IR-02', section: PR_IR, title: 'Technology assets are protected from environmental threats', checks: [], manual: true },
    {
      id: 'PR.IR-03',
      section: PR_IR,
      title: 'Resilience mechanisms (multi-AZ, failover, health checks) are in place',
      checks: [
        'aws-autoscaling-group-multiple-azs',
        'aws-autoscaling-group-elb-health-check',
        'aws-lambda-function-vpc-multi-az',
        'aws-rds-instance-multi-az',
        'aws-elasticache-replication-group-automatic-failover',
        'aws-opensearch-domain-zone-awareness',
        'aws-opensearch-domain-dedicated-master',
        'aws-elb-cross-zone-enabled',
      ],
    },
    { id: 'PR.IR-04', section: PR_IR, title: 'Enough resource capacity is kept to stay available', checks: [] },

    // DE Detect
    {
      id: 'DE.CM-01',
      section: DE_CM,
      title: 'Networks and network services are monitored',
      checks: [
        'aws-vpc-flow-logs-enabled',
        'aws-guardduty-enabled',
        'aws-route53-zone-query-logging',
        'aws-cloudwatch-security-group-changes-monitored',
        'aws-cloudwatch-nacl-changes-monitored',
        'aws-cloudwatch-network-gateway-changes-monitored',
        'aws-cloudwatch-route-table-changes-monitored',
        'aws-cloudwatch-vpc-changes-monitored',
      ],
    },
    { id: 'DE.CM-02', section: DE_CM, title: 'The physical environment is monitored', checks: [], manual: true },
    {
      id: 'DE.CM-03',
      section: DE_CM,
      title: 'Personnel activity and technology use are monitored',
      checks: [
        ...CLOUDTRAIL,
        'aws-guardduty-enabled',
        'aws-cloudwatch-root-usage-monitored',
        'aws-cloudwatch-console-signin-without-mfa-monitored',
        'aws-cloudwatch-console-auth-failures-monitored',
        'aws-cloudwatch-unauthorized-api-calls-monitored',
        'aws-cloudwatch-iam-policy-changes-monitored',
        'aws-ecs-cluster-exec-logging-enabled',
      ],
    },
    { id: 'DE.CM-06', section: DE_CM, title: 'External service provider activities are monitored', checks: [], manual: true },
    {
      id: 'DE.CM-09',
      section: DE_CM,
      title: 'Computing resources, runtimes and data are monitored',
      checks: [
        'aws-guardduty-enabled',
        'aws-config-recorder-enabled',
        'aws-cloudtrail-s3-data-events-read',
        'aws-cloudtrail-s3-data-events-write',
        'aws-eks-cluster-control-plane-logging-enabled',
        'aws-ecs-cluster-container-insights-enabled',
        'aws-cloudwatch-config-changes-monitored',
        'aws-cloudwatch-cloudtrail-changes-monitored',
        'aws-cloudwatch-cmk-disable-deletion-monitored',
        'aws-cloudwatch-s3-bucket-policy-changes-monitored',
        'aws-cloudwatch-organizations-changes-monitored',
      ],
    },
    {
      id: 'DE.AE-02',
      section: DE_AE,
      title: 'Potentially adverse events are analysed automatically',
      checks: ['aws-guardduty-enabled', 'aws-cloudtrail-cloudwatch-logs-integrated'],
    },
    { id: 'DE.AE-03', section: DE_AE, title: 'Information from multiple sources is correlated', checks: ['aws-securityhub-enabled'] },
    { id: 'DE.AE-04', section: DE_AE, title: 'Impact and scope of adverse events are estimated', checks: [], manual: true },
    {
      id: 'DE.AE-06',
      section: DE_AE,
      title: 'Adverse event information reaches authorised staff and tools',
      checks: [...SECURITY_ALARMS, 'aws-account-security-contact-registered'],
    },
    { id: 'DE.AE-07', section: DE_AE, title: 'Threat intelligence is integrated into event analysis', checks: ['aws-guardduty-enabled'] },
    { id: 'DE.AE-08', section: DE_AE, title: 'Incidents are declared when events meet defined criteria', checks: [], manual: true },

    // RS Respond
    { id: 'RS.MA-01', section: RS_MA, title: 'The incident response plan is executed with relevant third parties', checks: [], manual: true },
    { id: 'RS.MA-02', section: RS_MA, title: 'Incident reports are triaged and validated', checks: [], manual: true },
    { id: 'RS.MA-03', section: RS_MA, title: 'Incidents are categorised and prioritised', checks: [], manual: true },
    { id: 'RS.MA-04', section: RS_MA, title: 'Incidents are escalated as needed', checks: [], manual: true },
    { id: 'RS.MA-05', section: RS_MA, title: 'Criteria for starting recovery are applied', checks: [], manual: true },
    { id: 'RS.AN-03', section: RS_AN, title: 'What happened and the root cause are established', checks: [], manual: true },
    { id: 'RS.AN-06', section: RS_AN, title: 'Investigation actions are recorded with integrity and provenance', checks: [], manual: true },
    {
      id: 'RS.AN-07',
      section: RS_AN,
      title: 'Incident data is collected with integrity and provenance preserved',
      checks: ['aws-cloudtrail-log-file-validation-enabled'],
    },
    { id: 'RS.AN-08', section: RS_AN, title: 'Incident magnitude is estimated and validated', checks: [], manual: true },
    { id: 'RS.CO-02', section: RS_CO, title: 'Internal and external stakeholders are notified of incidents', checks: [], manual: true },
    { id: 'RS.CO-03', section: RS_CO, title: 'Incident information is shared with designated stakeholders', checks: [], manual: true },
    { id: 'RS.MI-01', section: RS_MI, title: 'Incidents are contained', checks: [], manual: true },
    { id: 'RS.MI-02', section: RS_MI, title: 'Incidents are eradicated', checks: [], manual: true },

    // RC Recover
    { id: 'RC.RP-01', section: RC_RP, title: 'The recovery part of the incident response plan is executed', checks: [], manual: true },
    { id: 'RC.RP-02', section: RC_RP, title: 'Recovery actions are selected, scoped, prioritised and performed', checks: [], manual: true },
    { id: 'RC.RP-03', section: RC_RP, title: 'Backups are verified for integrity before restoring from them', checks: [], manual: true },
    { id: 'RC.RP-04', section: RC_RP, title: 'Post-incident operational norms consider critical functions', checks: [], manual: true },
    { id: 'RC.RP-05', section: RC_RP, title: 'Restored assets are verified and normal operation confirmed', checks: [], manual: true },
    { id: 'RC.RP-06', section: RC_RP, title: 'The end of recovery is declared and documentation completed', checks: [], manual: true },
    { id: 'RC.CO-03', section: RC_CO, title: 'Recovery progress is communicated to stakeholders', checks: [], manual: true },
    { id: 'RC.CO-04', section: RC_CO, title: 'Public updates on recovery use approved messaging', checks: [], manual: true },
  ],
}
