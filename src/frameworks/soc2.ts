import {
  merge,
  FULL_ADMIN,
  PUBLIC_ACCESS,
  OUTSIDE_ORG,
  UNAUTHENTICATED,
  MFA,
  PLAINTEXT_SECRETS,
  ENCRYPTION_AT_REST,
  ENCRYPTION_IN_TRANSIT,
  KEY_MANAGEMENT,
  LOGGING,
  MONITORING,
  BACKUP,
  REDUNDANCY,
  VULNERABILITIES,
  NETWORK_EXPOSURE,
  NETWORK_SERVICES,
  NETWORK_SEGREGATION,
  BROAD_GRANTS,
  ROLE_BASED_ACCESS,
  SEPARATION_OF_DUTIES,
  LOCAL_AUTHENTICATION,
  LONG_LIVED_CREDENTIALS,
  MALWARE_DETECTION,
} from './check-groups.js'
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

/** Certificates that protect connections: key strength and validity (KEY_MANAGEMENT without KMS and Key Vault key checks). */
const CERTIFICATES = KEY_MANAGEMENT.filter((c) => c.includes('certificate'))

/** Threat detection, findings aggregation and alarms on anomalies that may be attacks: IAM Access Analyzer reports access grants, not anomalies. */
const ANOMALY_MONITORING = MONITORING.filter((c) => c !== 'aws-accessanalyzer-enabled')

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
        LOCAL_AUTHENTICATION,
        LONG_LIVED_CREDENTIALS,
        ['azure-keyvault-key-expiry-set'],
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
        ...BROAD_GRANTS,
        ...ROLE_BASED_ACCESS,
        ...SEPARATION_OF_DUTIES,
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
      checks: [
        'aws-guardduty-enabled',
        'aws-lambda-function-code-signing',
        'aws-ecr-repository-tag-immutability',
        ...MALWARE_DETECTION,
        'azure-compute-vm-trusted-launch',
        'gcp-compute-instance-shielded-vm',
      ],
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
      checks: merge(LOGGING, ANOMALY_MONITORING),
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
