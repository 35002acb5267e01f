import type { Framework } from './types.js'

const IAM = '2 Identity and Access Management'
const S3 = '3.1 Storage: Simple Storage Service (S3)'
const RDS = '3.2 Storage: Relational Database Service (RDS)'
const EFS = '3.3 Storage: Elastic File System (EFS)'
const LOG = '4 Logging'
const MON = '5 Monitoring'
const NET = '6 Networking'

/**
 * CIS Amazon Web Services Foundations Benchmark v7.0.0. Requirement ids as published; titles are our own short
 * wording. `manual` marks recommendations that need a person; an empty `checks` without `manual` is automatable
 * but not yet covered by a Posture check (reported as unmapped, never as passed).
 */
export const CIS_AWS_7_0: Framework = {
  id: 'cis-aws',
  name: 'CIS Amazon Web Services Foundations Benchmark',
  version: '7.0.0',
  provider: 'aws',
  requirements: [
    { id: '2.1.1', section: IAM, title: 'Root access is centrally managed through AWS Organizations', checks: [] },
    { id: '2.1.2', section: IAM, title: 'Organization guardrails (SCPs/RCPs) apply to all accounts', checks: [], manual: true },
    { id: '2.1.3', section: IAM, title: 'The management account runs no workloads', checks: [], manual: true },
    { id: '2.1.4', section: IAM, title: 'OUs reflect environment and sensitivity', checks: [], manual: true },
    { id: '2.1.5', section: IAM, title: 'A delegated administrator manages Organizations policies', checks: [] },
    { id: '2.1.6', section: IAM, title: 'Delegated administrators manage integrated services', checks: [] },
    { id: '2.2', section: IAM, title: 'Account contact details are current', checks: [], manual: true },
    { id: '2.3', section: IAM, title: 'Security contact is registered', checks: [] },
    { id: '2.4', section: IAM, title: 'Root user has no access keys', checks: ['aws-iam-root-no-access-keys'] },
    { id: '2.5', section: IAM, title: 'Root user has MFA', checks: ['aws-iam-root-mfa-enabled'] },
    { id: '2.6', section: IAM, title: 'Root user has hardware MFA', checks: ['aws-iam-root-hardware-mfa-enabled'] },
    { id: '2.7', section: IAM, title: 'Root user is not used for daily work', checks: ['aws-iam-root-not-recently-used'] },
    { id: '2.8', section: IAM, title: 'Password policy requires at least 14 characters', checks: ['aws-iam-password-policy-min-length'] },
    { id: '2.9', section: IAM, title: 'Password policy prevents reuse', checks: ['aws-iam-password-policy-reuse-prevention'] },
    { id: '2.10', section: IAM, title: 'Console users have MFA', checks: ['aws-iam-user-console-mfa-enabled'] },
    { id: '2.11', section: IAM, title: 'Credentials unused for 45 days are disabled', checks: ['aws-iam-user-unused-credentials-disabled'] },
    { id: '2.12', section: IAM, title: 'Access keys are rotated within 90 days', checks: ['aws-iam-access-key-rotated'] },
    { id: '2.13', section: IAM, title: 'Users get permissions only through groups', checks: ['aws-iam-user-no-direct-policies'] },
    {
      id: '2.14',
      section: IAM,
      title: 'No attached policy grants full *:* administrative privileges',
      checks: [
        'aws-iam-policy-no-full-admin',
        'aws-iam-user-inline-policy-no-full-admin',
        'aws-iam-group-inline-policy-no-full-admin',
        'aws-iam-role-inline-policy-no-full-admin',
      ],
    },
    { id: '2.15', section: IAM, title: 'A support role exists for AWS Support', checks: ['aws-iam-support-role-exists'] },
    { id: '2.16', section: IAM, title: 'Instances use IAM roles for AWS access', checks: ['aws-ec2-instance-uses-instance-profile'] },
    { id: '2.17', section: IAM, title: 'Expired server certificates are removed from IAM', checks: [] },
    { id: '2.18', section: IAM, title: 'IAM Access Analyzer is enabled in all regions', checks: [] },
    { id: '2.19', section: IAM, title: 'Users are managed centrally through federation', checks: [], manual: true },
    { id: '2.20', section: IAM, title: 'AWSCloudShellFullAccess is restricted', checks: [] },
    {
      id: '2.21',
      section: IAM,
      title: 'Resource policies do not allow any principal without restriction',
      checks: ['aws-s3-bucket-policy-no-public-read', 'aws-s3-bucket-policy-no-public-write', 'aws-iam-role-trust-no-public-principal'],
    },
    { id: '3.1.1', section: S3, title: 'Bucket policies deny plain-HTTP requests', checks: ['aws-s3-bucket-tls-only-policy'] },
    { id: '3.1.2', section: S3, title: 'MFA Delete is enabled on buckets', checks: ['aws-s3-bucket-mfa-delete-enabled'] },
    { id: '3.1.3', section: S3, title: 'S3 data is discovered, classified and secured', checks: [], manual: true },
    {
      id: '3.1.4',
      section: S3,
      title: 'S3 Block Public Access is enabled',
      checks: ['aws-s3-bucket-public-access-block-enabled', 'aws-s3-account-public-access-block-enabled'],
    },
    { id: '3.2.1', section: RDS, title: 'RDS storage is encrypted at rest', checks: ['aws-rds-instance-storage-encrypted'] },
    { id: '3.2.2', section: RDS, title: 'RDS auto minor version upgrade is on', checks: ['aws-rds-instance-auto-minor-upgrade'] },
    { id: '3.2.3', section: RDS, title: 'RDS instances are not publicly accessible', checks: ['aws-rds-instance-not-public'] },
    { id: '3.2.4', section: RDS, title: 'RDS uses Multi-AZ deployments', checks: [] },
    { id: '3.3.1', section: EFS, title: 'EFS file systems are encrypted', checks: [] },
    { id: '4.1', section: LOG, title: 'CloudTrail is enabled in all regions', checks: ['aws-cloudtrail-multi-region-trail-enabled'] },
    { id: '4.2', section: LOG, title: 'CloudTrail log file validation is enabled', checks: ['aws-cloudtrail-log-file-validation-enabled'] },
    { id: '4.3', section: LOG, title: 'AWS Config is enabled in all regions', checks: ['aws-config-recorder-enabled'] },
    { id: '4.4', section: LOG, title: 'The CloudTrail S3 bucket has access logging', checks: ['aws-cloudtrail-s3-bucket-access-logging-enabled'] },
    { id: '4.5', section: LOG, title: 'CloudTrail logs are encrypted with KMS keys', checks: ['aws-cloudtrail-kms-encryption-enabled'] },
    { id: '4.6', section: LOG, title: 'Customer-managed symmetric keys rotate', checks: ['aws-kms-key-rotation-enabled'] },
    { id: '4.7', section: LOG, title: 'Every VPC has flow logs', checks: ['aws-vpc-flow-logs-enabled'] },
    { id: '4.8', section: LOG, title: 'S3 object-level write events are logged', checks: ['aws-cloudtrail-s3-data-events-write'] },
    { id: '4.9', section: LOG, title: 'S3 object-level read events are logged', checks: ['aws-cloudtrail-s3-data-events-read'] },
    { id: '4.10', section: LOG, title: 'Managed web front-ends have access logging', checks: [] },
    { id: '5.1', section: MON, title: 'Unauthorized API calls are alarmed', checks: ['aws-cloudwatch-unauthorized-api-calls-monitored'] },
    { id: '5.2', section: MON, title: 'Console sign-in without MFA is alarmed', checks: ['aws-cloudwatch-console-signin-without-mfa-monitored'] },
    { id: '5.3', section: MON, title: 'Root account usage is alarmed', checks: ['aws-cloudwatch-root-usage-monitored'] },
    { id: '5.4', section: MON, title: 'IAM policy changes are alarmed', checks: ['aws-cloudwatch-iam-policy-changes-monitored'] },
    { id: '5.5', section: MON, title: 'CloudTrail configuration changes are alarmed', checks: ['aws-cloudwatch-cloudtrail-changes-monitored'] },
    { id: '5.6', section: MON, title: 'Console authentication failures are alarmed', checks: ['aws-cloudwatch-console-auth-failures-monitored'] },
    { id: '5.7', section: MON, title: 'Disabling or deleting CMKs is alarmed', checks: ['aws-cloudwatch-cmk-disable-deletion-monitored'] },
    { id: '5.8', section: MON, title: 'S3 bucket policy changes are alarmed', checks: ['aws-cloudwatch-s3-bucket-policy-changes-monitored'] },
    { id: '5.9', section: MON, title: 'AWS Config changes are alarmed', checks: ['aws-cloudwatch-config-changes-monitored'] },
    { id: '5.10', section: MON, title: 'Security group changes are alarmed', checks: ['aws-cloudwatch-security-group-changes-monitored'] },
    { id: '5.11', section: MON, title: 'Network ACL changes are alarmed', checks: ['aws-cloudwatch-nacl-changes-monitored'] },
    { id: '5.12', section: MON, title: 'Network gateway changes are alarmed', checks: ['aws-cloudwatch-network-gateway-changes-monitored'] },
    { id: '5.13', section: MON, title: 'Route table changes are alarmed', checks: ['aws-cloudwatch-route-table-changes-monitored'] },
    { id: '5.14', section: MON, title: 'VPC changes are alarmed', checks: ['aws-cloudwatch-vpc-changes-monitored'] },
    { id: '5.15', section: MON, title: 'AWS Organizations changes are alarmed', checks: ['aws-cloudwatch-organizations-changes-monitored'] },
    { id: '5.16', section: MON, title: 'AWS Security Hub is enabled', checks: [] },
    { id: '6.1.1', section: NET, title: 'EBS encryption by default is on in every region', checks: ['aws-ec2-ebs-encryption-by-default-enabled'] },
    { id: '6.1.2', section: NET, title: 'CIFS access is restricted to trusted networks', checks: ['aws-ec2-sg-no-cifs-from-internet'] },
    { id: '6.2', section: NET, title: 'No network ACL allows admin ports from 0.0.0.0/0', checks: ['aws-ec2-nacl-no-admin-ports-from-internet'] },
    {
      id: '6.3',
      section: NET,
      title: 'No security group allows admin ports from 0.0.0.0/0',
      checks: ['aws-ec2-sg-no-ssh-from-internet', 'aws-ec2-sg-no-rdp-from-internet', 'aws-ec2-sg-no-all-traffic-from-internet'],
    },
    {
      id: '6.4',
      section: NET,
      title: 'No security group allows admin ports from ::/0',
      checks: ['aws-ec2-sg-no-ssh-from-internet', 'aws-ec2-sg-no-rdp-from-internet', 'aws-ec2-sg-no-all-traffic-from-internet'],
    },
    { id: '6.5', section: NET, title: 'Default security groups restrict all traffic', checks: ['aws-ec2-default-sg-restricts-all-traffic'] },
    { id: '6.6', section: NET, title: 'VPC peering routes are least access', checks: [], manual: true },
    { id: '6.7', section: NET, title: 'Instances require IMDSv2', checks: ['aws-ec2-instance-imdsv2-required'] },
    { id: '6.8', section: NET, title: 'VPC endpoints are used to reach AWS services', checks: [], manual: true },
  ],
}
