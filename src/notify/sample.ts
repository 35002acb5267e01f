/**
 * Sample alerts: what `posture alerts test <channel>` sends, and what channel tests render. The finding is realistic
 * (a real check's wording) but marked as a test everywhere it is shown.
 */
import { zeroBySeverity } from './message.js'
import type { AlertEvent, AlertFinding, AlertScan, DigestAlert, FindingAlert, OverflowAlert } from './types.js'

/** The scan samples claim to come from. */
export function sampleScan(at: Date = new Date()): AlertScan {
  return { id: '00000000-0000-4000-8000-000000000000', seq: 0, target: 'posture-alert-test', provider: 'aws', finishedAt: at.toISOString() }
}

/** A failing finding: a security group open to SSH from the internet. `over` replaces any field. */
export function sampleFinding(over: Partial<AlertFinding> = {}): AlertFinding {
  return {
    checkId: 'aws-ec2-sg-no-ssh-from-internet',
    title: 'Security group does not allow SSH (22) from 0.0.0.0/0 or ::/0',
    status: 'fail',
    severity: 'high',
    resource: {
      uid: 'arn:aws:ec2:eu-west-1:123456789012:security-group/sg-0123456789abcdef0',
      type: 'aws.ec2.security-group',
      provider: 'aws',
      account: '123456789012',
      region: 'eu-west-1',
      name: 'posture-alert-test',
    },
    message: 'Rule tcp 22 from 0.0.0.0/0 opens SSH to the internet (this is a test alert).',
    remediation: {
      steps: ['Remove the inbound rule for port 22 from 0.0.0.0/0 and ::/0.', 'Use SSM Session Manager or a bastion host.'],
      cli: 'aws ec2 revoke-security-group-ingress --group-id sg-0123456789abcdef0 --protocol tcp --port 22 --cidr 0.0.0.0/0',
      terraform: 'Restrict cidr_blocks of the ingress block that covers port 22.',
      references: ['https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-group-rules.html'],
    },
    compliance: [{ framework: 'cis-aws', version: '7.0.0', requirement: '6.3' }],
    fingerprint: 'f'.repeat(64),
    tags: { owner: 'platform-team', env: 'test' },
    rationale: 'An internet-reachable SSH port invites brute force and exploits of the SSH daemon.',
    firstSeenAt: '2026-01-01T00:00:00.000Z',
    ...over,
  }
}

/** A finding alert for one event. */
export function sampleFindingAlert(event: AlertEvent = 'new', at?: Date): FindingAlert {
  return { kind: 'finding', event, scan: sampleScan(at), finding: sampleFinding(event === 'resolved' ? { status: 'pass' } : {}), test: true }
}

/** A digest with two findings listed and three more. */
export function sampleDigest(at?: Date): DigestAlert {
  const critical = sampleFinding({
    checkId: 'aws-s3-bucket-public-access-blocked',
    title: 'S3 bucket blocks public access',
    severity: 'critical',
    resource: {
      ...sampleFinding().resource,
      uid: 'arn:aws:s3:::posture-alert-test',
      type: 'aws.s3.bucket',
      name: 'posture-alert-test',
      region: 'us-east-1',
    },
    message: 'Bucket policy grants s3:GetObject to * (this is a test alert).',
    fingerprint: 'e'.repeat(64),
  })
  return {
    kind: 'digest',
    scan: sampleScan(at),
    counts: { new: 4, reopened: 1, resolved: 2, unmuted: 0, open: null },
    bySeverity: { ...zeroBySeverity(), critical: 1, high: 3, medium: 1 },
    top: [
      { event: 'new', finding: critical },
      { event: 'reopened', finding: sampleFinding() },
    ],
    more: 3,
    test: true,
  }
}

/** An "and N more" message after a cap of 20. */
export function sampleOverflow(at?: Date): OverflowAlert {
  return { kind: 'overflow', scan: sampleScan(at), shown: 20, more: 7, bySeverity: { ...zeroBySeverity(), high: 5, medium: 2 } }
}
