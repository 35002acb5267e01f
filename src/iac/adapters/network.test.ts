/**
 * The network group's adapters end to end: every fixture under test/fixtures/iac/{ec2,vpc,autoscaling,elb,elbv2} goes
 * through the whole `posture iac` pipeline and each check's verdicts are asserted exactly (resource, status, line),
 * together with the checks that code cannot decide (not evaluated) on which resource.
 */
import { describe, expect, it } from 'vitest'
import { iacResource } from '../../scan/iac-adapter-testing.js'
import { NotCollectedError, unknown } from '../../core/unknown.js'
import type { SecurityGroupAttributes } from '../../normalize/aws/types.js'
import { scanFixtures, verdicts } from '../../scan/iac-testing.js'
import { adaptAll } from '../adapt.js'
import type { IacResource } from '../model.js'
import { adapters } from './network.js'

type Triple = [string, 'pass' | 'fail' | 'error', number]

interface FixtureCase {
  path: string
  /** Every check with findings on the fixture, and its exact verdicts. */
  verdicts: Record<string, Triple[]>
  /** [check id, address] of the checks set aside because code cannot state what they need. */
  notEvaluated: [string, string][]
}

const CASES: FixtureCase[] = [
  {
    path: 'test/fixtures/iac/ec2/cloudformation',
    verdicts: {
      'aws-ec2-instance-imdsv2-required': [
        ['BadInstance', 'fail', 17],
        ['GoodInstance', 'pass', 26],
        ['DeployTimeInstance', 'pass', 39],
      ],
      'aws-ec2-instance-no-public-ip': [
        ['BadInstance', 'fail', 17],
        ['GoodInstance', 'pass', 26],
      ],
      'aws-ec2-instance-user-data-no-secrets': [
        ['BadInstance', 'fail', 17],
        ['GoodInstance', 'pass', 26],
      ],
      'aws-ec2-instance-uses-instance-profile': [
        ['BadInstance', 'fail', 17],
        ['GoodInstance', 'pass', 26],
        ['DeployTimeInstance', 'pass', 39],
      ],
      'aws-ec2-launch-template-ebs-encrypted': [
        ['BadTemplate', 'fail', 51],
        ['GoodTemplate', 'pass', 70],
      ],
      'aws-ec2-launch-template-imdsv2-required': [
        ['BadTemplate', 'fail', 51],
        ['GoodTemplate', 'pass', 70],
        ['DefaultEncryptionTemplate', 'pass', 89],
      ],
      'aws-ec2-launch-template-no-public-ip': [
        ['BadTemplate', 'fail', 51],
        ['GoodTemplate', 'pass', 70],
        ['DefaultEncryptionTemplate', 'pass', 89],
      ],
      'aws-ec2-launch-template-user-data-no-secrets': [
        ['BadTemplate', 'fail', 51],
        ['GoodTemplate', 'pass', 70],
        ['DefaultEncryptionTemplate', 'pass', 89],
      ],
      'aws-ec2-volume-encrypted': [
        ['PlainVolume', 'fail', 99],
        ['EncryptedVolume', 'pass', 104],
      ],
      'aws-ec2-sg-no-all-traffic-from-internet': [
        ['OpenGroup', 'fail', 11],
        ['ClosedGroup', 'pass', 31],
        ['RdpGroup', 'pass', 50],
        ['AdminGroup', 'pass', 63],
      ],
      'aws-ec2-sg-no-cifs-from-internet': [
        ['OpenGroup', 'fail', 11],
        ['ClosedGroup', 'pass', 31],
        ['RdpGroup', 'pass', 50],
      ],
      'aws-ec2-sg-no-rdp-from-internet': [
        ['OpenGroup', 'fail', 11],
        ['ClosedGroup', 'pass', 31],
        ['RdpGroup', 'fail', 50],
      ],
      'aws-ec2-sg-no-ssh-from-internet': [
        ['OpenGroup', 'fail', 11],
        ['ClosedGroup', 'pass', 31],
        ['RdpGroup', 'pass', 50],
      ],
    },
    notEvaluated: [
      ['aws-ec2-instance-no-public-ip', 'DeployTimeInstance'],
      ['aws-ec2-instance-user-data-no-secrets', 'DeployTimeInstance'],
      ['aws-ec2-launch-template-ebs-encrypted', 'DefaultEncryptionTemplate'],
      ['aws-ec2-sg-no-cifs-from-internet', 'AdminGroup'],
      ['aws-ec2-sg-no-rdp-from-internet', 'AdminGroup'],
      ['aws-ec2-sg-no-ssh-from-internet', 'AdminGroup'],
      ['aws-ec2-volume-encrypted', 'RestoredVolume'],
    ],
  },
  {
    path: 'test/fixtures/iac/ec2/terraform/network',
    verdicts: {
      'aws-vpc-flow-logs-enabled': [
        ['aws_vpc.main', 'fail', 6],
        ['aws_vpc.locked', 'fail', 100],
      ],
      'aws-ec2-sg-no-all-traffic-from-internet': [
        ['aws_security_group.open', 'fail', 10],
        ['aws_security_group.closed', 'pass', 36],
        ['aws_security_group.smb', 'pass', 55],
        ['aws_security_group.admin', 'pass', 77],
        ['aws_default_security_group.default', 'pass', 89],
        ['aws_default_security_group.locked', 'pass', 104],
      ],
      'aws-ec2-sg-no-cifs-from-internet': [
        ['aws_security_group.open', 'fail', 10],
        ['aws_security_group.closed', 'pass', 36],
        ['aws_security_group.smb', 'fail', 55],
        ['aws_default_security_group.default', 'pass', 89],
        ['aws_default_security_group.locked', 'pass', 104],
      ],
      'aws-ec2-sg-no-rdp-from-internet': [
        ['aws_security_group.open', 'fail', 10],
        ['aws_security_group.closed', 'pass', 36],
        ['aws_security_group.smb', 'pass', 55],
        ['aws_default_security_group.default', 'pass', 89],
        ['aws_default_security_group.locked', 'pass', 104],
      ],
      'aws-ec2-sg-no-ssh-from-internet': [
        ['aws_security_group.open', 'fail', 10],
        ['aws_security_group.closed', 'pass', 36],
        ['aws_security_group.smb', 'fail', 55],
        ['aws_default_security_group.default', 'pass', 89],
        ['aws_default_security_group.locked', 'pass', 104],
      ],
      'aws-ec2-default-sg-restricts-all-traffic': [
        ['aws_default_security_group.default', 'fail', 89],
        ['aws_default_security_group.locked', 'pass', 104],
      ],
    },
    notEvaluated: [
      ['aws-ec2-sg-no-cifs-from-internet', 'aws_security_group.admin'],
      ['aws-ec2-sg-no-rdp-from-internet', 'aws_security_group.admin'],
      ['aws-ec2-sg-no-ssh-from-internet', 'aws_security_group.admin'],
    ],
  },
  {
    path: 'test/fixtures/iac/ec2/terraform/compute',
    verdicts: {
      'aws-ec2-instance-imdsv2-required': [
        ['aws_instance.bad', 'fail', 12],
        ['aws_instance.good', 'pass', 24],
        ['aws_instance.elsewhere', 'pass', 41],
      ],
      'aws-ec2-instance-no-public-ip': [
        ['aws_instance.bad', 'fail', 12],
        ['aws_instance.good', 'pass', 24],
      ],
      'aws-ec2-instance-user-data-no-secrets': [
        ['aws_instance.bad', 'fail', 12],
        ['aws_instance.good', 'pass', 24],
        ['aws_instance.elsewhere', 'pass', 41],
      ],
      'aws-ec2-instance-uses-instance-profile': [
        ['aws_instance.bad', 'fail', 12],
        ['aws_instance.good', 'pass', 24],
        ['aws_instance.elsewhere', 'fail', 41],
      ],
      'aws-ec2-launch-template-ebs-encrypted': [
        ['aws_launch_template.bad', 'fail', 51],
        ['aws_launch_template.good', 'pass', 76],
      ],
      'aws-ec2-launch-template-imdsv2-required': [
        ['aws_launch_template.bad', 'fail', 51],
        ['aws_launch_template.good', 'pass', 76],
      ],
      'aws-ec2-launch-template-no-public-ip': [
        ['aws_launch_template.bad', 'fail', 51],
        ['aws_launch_template.good', 'pass', 76],
      ],
      'aws-ec2-launch-template-user-data-no-secrets': [
        ['aws_launch_template.bad', 'fail', 51],
        ['aws_launch_template.good', 'pass', 76],
      ],
    },
    notEvaluated: [['aws-ec2-instance-no-public-ip', 'aws_instance.elsewhere']],
  },
  {
    path: 'test/fixtures/iac/ec2/terraform/ebs',
    verdicts: {
      'aws-ec2-ebs-encryption-by-default-enabled': [['aws_ebs_encryption_by_default.off', 'fail', 1]],
      'aws-ec2-volume-encrypted': [
        ['aws_ebs_volume.plain', 'fail', 5],
        ['aws_ebs_volume.encrypted', 'pass', 10],
      ],
      'aws-ec2-snapshot-encrypted': [
        ['aws_ebs_snapshot.plain', 'fail', 16],
        ['aws_ebs_snapshot.encrypted', 'pass', 20],
      ],
      'aws-ec2-snapshot-not-public': [
        ['aws_ebs_snapshot.plain', 'pass', 16],
        ['aws_ebs_snapshot.imported', 'pass', 24],
      ],
      'aws-ec2-snapshot-not-shared-outside-org': [
        ['aws_ebs_snapshot.plain', 'pass', 16],
        ['aws_ebs_snapshot.imported', 'pass', 24],
      ],
      'aws-ec2-ami-not-public': [
        ['aws_ami.public', 'fail', 33],
        ['aws_ami.private', 'pass', 49],
      ],
      'aws-ec2-ami-not-shared-outside-org': [
        ['aws_ami.public', 'pass', 33],
        ['aws_ami.private', 'pass', 49],
      ],
    },
    notEvaluated: [
      ['aws-ec2-snapshot-encrypted', 'aws_ebs_snapshot.imported'],
      ['aws-ec2-snapshot-not-public', 'aws_ebs_snapshot.encrypted'],
      ['aws-ec2-snapshot-not-shared-outside-org', 'aws_ebs_snapshot.encrypted'],
    ],
  },
  {
    path: 'test/fixtures/iac/ec2/terraform/ebs-default',
    verdicts: {
      'aws-ec2-ebs-encryption-by-default-enabled': [['aws_ebs_encryption_by_default.on', 'pass', 1]],
      'aws-ec2-volume-encrypted': [['aws_ebs_volume.implicit', 'pass', 3]],
    },
    notEvaluated: [],
  },
  {
    path: 'test/fixtures/iac/vpc/terraform',
    verdicts: {
      'aws-vpc-flow-logs-enabled': [
        ['aws_vpc.logged', 'pass', 1],
        ['aws_default_vpc.default', 'fail', 12],
      ],
      'aws-ec2-nacl-no-admin-ports-from-internet': [
        ['aws_network_acl.open', 'fail', 14],
        ['aws_network_acl.closed', 'pass', 27],
        ['aws_default_network_acl.default', 'fail', 51],
      ],
    },
    notEvaluated: [],
  },
  {
    path: 'test/fixtures/iac/vpc/cloudformation',
    verdicts: {
      'aws-vpc-flow-logs-enabled': [
        ['LoggedVpc', 'pass', 4],
        ['UnloggedVpc', 'fail', 16],
      ],
      'aws-ec2-nacl-no-admin-ports-from-internet': [
        ['OpenAcl', 'fail', 20],
        ['ClosedAcl', 'pass', 35],
      ],
    },
    notEvaluated: [],
  },
  {
    path: 'test/fixtures/iac/autoscaling/terraform',
    verdicts: {
      'aws-autoscaling-launch-config-ebs-encrypted': [
        ['aws_launch_configuration.legacy', 'fail', 17],
        ['aws_launch_configuration.safe', 'pass', 31],
      ],
      'aws-autoscaling-launch-config-imdsv2-required': [
        ['aws_launch_configuration.legacy', 'fail', 17],
        ['aws_launch_configuration.safe', 'pass', 31],
      ],
      'aws-autoscaling-launch-config-no-public-ip': [
        ['aws_launch_configuration.legacy', 'fail', 17],
        ['aws_launch_configuration.safe', 'pass', 31],
      ],
      'aws-autoscaling-launch-config-user-data-no-secrets': [
        ['aws_launch_configuration.legacy', 'fail', 17],
        ['aws_launch_configuration.safe', 'pass', 31],
      ],
      'aws-ec2-launch-template-ebs-encrypted': [['aws_launch_template.app', 'pass', 46]],
      'aws-ec2-launch-template-imdsv2-required': [['aws_launch_template.app', 'pass', 46]],
      'aws-ec2-launch-template-no-public-ip': [['aws_launch_template.app', 'pass', 46]],
      'aws-ec2-launch-template-user-data-no-secrets': [['aws_launch_template.app', 'pass', 46]],
      'aws-autoscaling-group-elb-health-check': [
        ['aws_autoscaling_group.legacy', 'fail', 55],
        ['aws_autoscaling_group.modern', 'pass', 68],
      ],
      'aws-autoscaling-group-multiple-azs': [
        ['aws_autoscaling_group.legacy', 'fail', 55],
        ['aws_autoscaling_group.modern', 'pass', 68],
      ],
      'aws-autoscaling-group-uses-launch-template': [
        ['aws_autoscaling_group.legacy', 'fail', 55],
        ['aws_autoscaling_group.modern', 'pass', 68],
        ['aws_autoscaling_group.elsewhere', 'fail', 82],
      ],
    },
    notEvaluated: [['aws-autoscaling-group-multiple-azs', 'aws_autoscaling_group.elsewhere']],
  },
  {
    path: 'test/fixtures/iac/autoscaling/cloudformation',
    verdicts: {
      'aws-autoscaling-launch-config-ebs-encrypted': [
        ['LegacyConfig', 'fail', 19],
        ['SafeConfig', 'pass', 33],
      ],
      'aws-autoscaling-launch-config-imdsv2-required': [
        ['LegacyConfig', 'fail', 19],
        ['SafeConfig', 'pass', 33],
      ],
      'aws-autoscaling-launch-config-no-public-ip': [
        ['LegacyConfig', 'fail', 19],
        ['SafeConfig', 'pass', 33],
      ],
      'aws-autoscaling-launch-config-user-data-no-secrets': [
        ['LegacyConfig', 'fail', 19],
        ['SafeConfig', 'pass', 33],
      ],
      'aws-ec2-launch-template-ebs-encrypted': [['AppTemplate', 'pass', 49]],
      'aws-ec2-launch-template-imdsv2-required': [['AppTemplate', 'pass', 49]],
      'aws-ec2-launch-template-no-public-ip': [['AppTemplate', 'pass', 49]],
      'aws-ec2-launch-template-user-data-no-secrets': [['AppTemplate', 'pass', 49]],
      'aws-autoscaling-group-elb-health-check': [
        ['LegacyGroup', 'fail', 57],
        ['ModernGroup', 'pass', 66],
      ],
      'aws-autoscaling-group-multiple-azs': [
        ['LegacyGroup', 'fail', 57],
        ['ModernGroup', 'pass', 66],
      ],
      'aws-autoscaling-group-uses-launch-template': [
        ['LegacyGroup', 'fail', 57],
        ['ModernGroup', 'pass', 66],
        ['DeployTimeGroup', 'fail', 80],
      ],
    },
    notEvaluated: [['aws-autoscaling-group-multiple-azs', 'DeployTimeGroup']],
  },
  {
    path: 'test/fixtures/iac/elb/terraform',
    verdicts: {
      'aws-elb-access-logs-enabled': [
        ['aws_elb.open', 'fail', 1],
        ['aws_elb.closed', 'pass', 46],
      ],
      'aws-elb-connection-draining-enabled': [
        ['aws_elb.open', 'fail', 1],
        ['aws_elb.closed', 'pass', 46],
      ],
      'aws-elb-cross-zone-enabled': [
        ['aws_elb.open', 'fail', 1],
        ['aws_elb.closed', 'pass', 46],
      ],
      'aws-elb-desync-mitigation-enforced': [
        ['aws_elb.open', 'fail', 1],
        ['aws_elb.closed', 'pass', 46],
      ],
      'aws-elb-internet-facing-listeners-encrypted': [
        ['aws_elb.open', 'fail', 1],
        ['aws_elb.closed', 'pass', 46],
      ],
      'aws-elb-tls-policy-current': [
        ['aws_elb.open', 'fail', 1],
        ['aws_elb.closed', 'pass', 46],
      ],
    },
    notEvaluated: [],
  },
  {
    path: 'test/fixtures/iac/elb/cloudformation',
    verdicts: {
      'aws-elb-access-logs-enabled': [
        ['OpenClassic', 'fail', 4],
        ['ClosedClassic', 'pass', 17],
      ],
      'aws-elb-connection-draining-enabled': [
        ['OpenClassic', 'fail', 4],
        ['ClosedClassic', 'pass', 17],
      ],
      'aws-elb-cross-zone-enabled': [
        ['OpenClassic', 'fail', 4],
        ['ClosedClassic', 'pass', 17],
      ],
      'aws-elb-desync-mitigation-enforced': [
        ['OpenClassic', 'pass', 4],
        ['ClosedClassic', 'pass', 17],
      ],
      'aws-elb-internet-facing-listeners-encrypted': [
        ['OpenClassic', 'fail', 4],
        ['ClosedClassic', 'pass', 17],
      ],
      'aws-elb-tls-policy-current': [
        ['OpenClassic', 'fail', 4],
        ['ClosedClassic', 'pass', 17],
      ],
    },
    notEvaluated: [],
  },
  {
    path: 'test/fixtures/iac/elbv2/terraform',
    verdicts: {
      'aws-elbv2-access-logs-enabled': [
        ['aws_lb.open', 'fail', 1],
        ['aws_lb.closed', 'pass', 30],
      ],
      'aws-elbv2-deletion-protection-enabled': [
        ['aws_lb.open', 'fail', 1],
        ['aws_lb.closed', 'pass', 30],
      ],
      'aws-elbv2-desync-mitigation-enforced': [
        ['aws_lb.open', 'fail', 1],
        ['aws_lb.closed', 'pass', 30],
      ],
      'aws-elbv2-drop-invalid-headers-enabled': [
        ['aws_lb.open', 'fail', 1],
        ['aws_lb.closed', 'pass', 30],
      ],
      'aws-elbv2-http-redirects-to-https': [
        ['aws_lb.open', 'fail', 1],
        ['aws_lb.closed', 'pass', 30],
      ],
      'aws-elbv2-tls-policy-current': [
        ['aws_lb.open', 'fail', 1],
        ['aws_lb.closed', 'pass', 30],
      ],
      'aws-elbv2-waf-web-acl-attached': [
        ['aws_lb.open', 'fail', 1],
        ['aws_lb.closed', 'pass', 30],
      ],
    },
    notEvaluated: [],
  },
  {
    path: 'test/fixtures/iac/elbv2/cloudformation',
    verdicts: {
      'aws-elbv2-access-logs-enabled': [
        ['OpenAlb', 'fail', 4],
        ['ClosedAlb', 'pass', 29],
        ['InternalAlb', 'fail', 73],
        ['TlsNlb', 'fail', 81],
      ],
      'aws-elbv2-deletion-protection-enabled': [
        ['OpenAlb', 'fail', 4],
        ['ClosedAlb', 'pass', 29],
        ['InternalAlb', 'fail', 73],
        ['TlsNlb', 'fail', 81],
      ],
      'aws-elbv2-desync-mitigation-enforced': [
        ['OpenAlb', 'pass', 4],
        ['ClosedAlb', 'pass', 29],
        ['InternalAlb', 'fail', 73],
      ],
      'aws-elbv2-drop-invalid-headers-enabled': [
        ['OpenAlb', 'fail', 4],
        ['ClosedAlb', 'pass', 29],
        ['InternalAlb', 'fail', 73],
      ],
      'aws-elbv2-http-redirects-to-https': [
        ['OpenAlb', 'fail', 4],
        ['ClosedAlb', 'pass', 29],
        ['InternalAlb', 'pass', 73],
      ],
      'aws-elbv2-tls-policy-current': [
        ['OpenAlb', 'fail', 4],
        ['ClosedAlb', 'pass', 29],
        ['InternalAlb', 'pass', 73],
        ['TlsNlb', 'fail', 81],
      ],
      'aws-elbv2-waf-web-acl-attached': [
        ['OpenAlb', 'fail', 4],
        ['ClosedAlb', 'pass', 29],
      ],
    },
    notEvaluated: [],
  },
]

/** Checks of the network group's resource types. */
const NETWORK_CHECKS = [
  'aws-ec2-default-sg-restricts-all-traffic',
  'aws-ec2-sg-no-all-traffic-from-internet',
  'aws-ec2-sg-no-cifs-from-internet',
  'aws-ec2-sg-no-rdp-from-internet',
  'aws-ec2-sg-no-ssh-from-internet',
  'aws-ec2-instance-imdsv2-required',
  'aws-ec2-instance-no-public-ip',
  'aws-ec2-instance-user-data-no-secrets',
  'aws-ec2-instance-uses-instance-profile',
  'aws-ec2-launch-template-ebs-encrypted',
  'aws-ec2-launch-template-imdsv2-required',
  'aws-ec2-launch-template-no-public-ip',
  'aws-ec2-launch-template-user-data-no-secrets',
  'aws-ec2-nacl-no-admin-ports-from-internet',
  'aws-vpc-flow-logs-enabled',
  'aws-ec2-volume-encrypted',
  'aws-ec2-snapshot-encrypted',
  'aws-ec2-snapshot-not-public',
  'aws-ec2-snapshot-not-shared-outside-org',
  'aws-ec2-ami-not-public',
  'aws-ec2-ami-not-shared-outside-org',
  'aws-ec2-ebs-encryption-by-default-enabled',
  'aws-autoscaling-group-elb-health-check',
  'aws-autoscaling-group-multiple-azs',
  'aws-autoscaling-group-uses-launch-template',
  'aws-autoscaling-launch-config-ebs-encrypted',
  'aws-autoscaling-launch-config-imdsv2-required',
  'aws-autoscaling-launch-config-no-public-ip',
  'aws-autoscaling-launch-config-user-data-no-secrets',
  'aws-elb-access-logs-enabled',
  'aws-elb-connection-draining-enabled',
  'aws-elb-cross-zone-enabled',
  'aws-elb-desync-mitigation-enforced',
  'aws-elb-internet-facing-listeners-encrypted',
  'aws-elb-tls-policy-current',
  'aws-elbv2-access-logs-enabled',
  'aws-elbv2-deletion-protection-enabled',
  'aws-elbv2-desync-mitigation-enforced',
  'aws-elbv2-drop-invalid-headers-enabled',
  'aws-elbv2-http-redirects-to-https',
  'aws-elbv2-tls-policy-current',
  'aws-elbv2-waf-web-acl-attached',
]

/**
 * Verdicts no fixture can produce, and why: sharing with an account can only be judged with the organization's
 * member list, which code does not hold (not evaluated instead); CloudFormation cannot set a classic load
 * balancer's desync mitigation mode, and has no default security group, snapshot, AMI or EBS-default resource.
 */
const UNREACHABLE: Record<string, { terraform: string[]; cloudformation: string[] }> = {
  'aws-ec2-snapshot-not-shared-outside-org': { terraform: ['fail'], cloudformation: ['fail', 'pass'] },
  'aws-ec2-ami-not-shared-outside-org': { terraform: ['fail'], cloudformation: ['fail', 'pass'] },
  'aws-ec2-snapshot-encrypted': { terraform: [], cloudformation: ['fail', 'pass'] },
  'aws-ec2-snapshot-not-public': { terraform: ['fail'], cloudformation: ['fail', 'pass'] },
  'aws-ec2-ami-not-public': { terraform: [], cloudformation: ['fail', 'pass'] },
  'aws-ec2-ebs-encryption-by-default-enabled': { terraform: [], cloudformation: ['fail', 'pass'] },
  'aws-ec2-default-sg-restricts-all-traffic': { terraform: [], cloudformation: ['fail', 'pass'] },
  'aws-elb-desync-mitigation-enforced': { terraform: [], cloudformation: ['fail'] },
}

describe('network adapters on fixtures', () => {
  it.each(CASES)('$path', async ({ path, verdicts: expected, notEvaluated }) => {
    const { findings, report } = await scanFixtures(path)
    expect(report.iac.problems).toEqual([])
    expect(findings.filter((f) => f.status === 'error')).toEqual([])
    const checks = [...new Set(findings.map((f) => f.checkId))].sort()
    expect(checks).toEqual(Object.keys(expected).sort())
    for (const [checkId, triples] of Object.entries(expected)) expect(verdicts(findings, checkId), checkId).toEqual(triples)
    expect(report.iac.notEvaluated.map((n) => [n.checkId, n.location.address])).toEqual(notEvaluated)
  })

  it('covers a failing and a passing resource for every check in each language, except where code cannot say', () => {
    for (const language of ['terraform', 'cloudformation'] as const) {
      const seen = new Set<string>()
      for (const c of CASES.filter((x) => x.path.includes(`/${language}`))) {
        for (const [checkId, triples] of Object.entries(c.verdicts)) for (const [, status] of triples) seen.add(`${checkId} ${status}`)
      }
      const missing = NETWORK_CHECKS.flatMap((id) => (['fail', 'pass'] as const).filter((s) => !seen.has(`${id} ${s}`)).map((s) => `${id} ${s}`))
      const expected = Object.entries(UNREACHABLE).flatMap(([id, by]) => by[language].map((s) => `${id} ${s}`))
      expect(missing.sort(), language).toEqual(expected.sort())
    }
  })

  it('reports the reason a check was not evaluated', async () => {
    const { report } = await scanFixtures('test/fixtures/iac/ec2/terraform/network')
    expect(report.iac.notEvaluated.find((n) => n.checkId === 'aws-ec2-sg-no-ssh-from-internet')).toMatchObject({
      reason: 'var.admin_cidr has no value',
      location: { address: 'aws_security_group.admin', startLine: 77 },
    })
  })
})

/** A Terraform resource as the HCL loader gives it. */
function tf(type: string, name: string, values: Record<string, unknown>, line = 1): IacResource {
  return iacResource('terraform', type, `${type}.${name}`, values, { unit: 'mod', file: 'mod/main.tf', line, endLine: line + 5 })
}

/** A CloudFormation resource as the template loader gives it. */
function cfn(type: string, logicalId: string, values: Record<string, unknown>): IacResource {
  return iacResource('cloudformation', type, logicalId, values, { file: 't.yaml', endLine: 2 })
}

function group(resources: IacResource[], address: string): SecurityGroupAttributes {
  const out = adaptAll(resources, adapters)
  expect(out.problems).toEqual([])
  const found = out.resources.find((r) => r.source.address === address)
  if (!found) throw new Error(`${address} not adapted`)
  return found.attributes as SecurityGroupAttributes
}

describe('security group rules', () => {
  it('keeps a CIDR known only after apply unknown: reading it throws, copying skips it', () => {
    const sg = group(
      [
        tf('aws_security_group', 'a', {
          name: 'a',
          ingress: [{ protocol: 'tcp', from_port: 22, to_port: 22, cidr_blocks: [unknown('var.x has no value')] }],
        }),
      ],
      'aws_security_group.a',
    )
    const rule = sg.ingress[0]!
    expect(rule.protocol).toBe('tcp')
    expect(() => rule.cidrIpv4).toThrow(NotCollectedError)
    expect({ ...rule }).toEqual({ protocol: 'tcp', fromPort: 22, toPort: 22 })
  })

  it('reads a reference to a literal CIDR of a declared VPC', () => {
    const sg = group(
      [
        tf('aws_vpc', 'v', { cidr_block: '10.9.0.0/16' }),
        tf('aws_security_group', 'a', {
          ingress: [{ protocol: 'all', from_port: 0, to_port: 0, cidr_blocks: [{ $ref: 'aws_vpc.v', attribute: 'cidr_block' }] }],
        }),
      ],
      'aws_security_group.a',
    )
    expect(sg.ingress).toEqual([{ protocol: '-1', fromPort: null, toPort: null, cidrIpv4: '10.9.0.0/16' }])
    expect(sg.egress).toEqual([])
  })

  it('folds separate rule resources into their group, by direction', () => {
    const sg = group(
      [
        tf('aws_security_group', 'a', {}),
        tf('aws_security_group_rule', 'out', {
          type: 'egress',
          protocol: '-1',
          from_port: 0,
          to_port: 0,
          cidr_blocks: ['0.0.0.0/0'],
          security_group_id: { $ref: 'aws_security_group.a', attribute: 'id' },
        }),
        tf('aws_vpc_security_group_ingress_rule', 'in', {
          ip_protocol: '6',
          from_port: 443,
          to_port: 443,
          prefix_list_id: 'pl-0123',
          security_group_id: { $ref: 'aws_security_group.a', attribute: 'id' },
        }),
      ],
      'aws_security_group.a',
    )
    expect(sg.egress).toEqual([{ protocol: '-1', fromPort: null, toPort: null, cidrIpv4: '0.0.0.0/0' }])
    expect(sg.ingress).toEqual([{ protocol: 'tcp', fromPort: 443, toPort: 443, prefixListId: 'pl-0123' }])
  })

  it("keeps CloudFormation's default allow-all egress unless SecurityGroupEgress replaces it", () => {
    const allOut = { protocol: '-1', fromPort: null, toPort: null, cidrIpv4: '0.0.0.0/0' }
    expect(group([cfn('AWS::EC2::SecurityGroup', 'A', { GroupDescription: 'a' })], 'A').egress).toEqual([allOut])
    const replaced = group(
      [cfn('AWS::EC2::SecurityGroup', 'B', { SecurityGroupEgress: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: '10.0.0.0/8' }] })],
      'B',
    )
    expect(replaced.egress).toEqual([{ protocol: 'tcp', fromPort: 443, toPort: 443, cidrIpv4: '10.0.0.0/8' }])
  })
})
