import { describe, expect, it } from 'vitest'
import { AWS_FSBP } from './aws-fsbp.js'
import { FRAMEWORKS } from './index.js'
import { complianceIndex } from './types.js'

const byId = (id: string) => {
  const req = AWS_FSBP.requirements.find((r) => r.id === id)
  if (!req) throw new Error(`no requirement ${id}`)
  return req
}
const unmapped = AWS_FSBP.requirements.filter((r) => !r.manual && r.checks.length === 0).map((r) => r.id)
const prefix = (id: string) => id.slice(0, id.indexOf('.'))

describe('AWS FSBP v1.0.0', () => {
  it('is registered', () => {
    expect(FRAMEWORKS).toContain(AWS_FSBP)
    expect(AWS_FSBP.id).toBe('aws-fsbp')
    expect(AWS_FSBP.version).toBe('1.0.0')
  })

  it('pins membership: 336 controls, none manual, 185 unmapped', () => {
    expect(AWS_FSBP.requirements).toHaveLength(336)
    expect(AWS_FSBP.requirements.filter((r) => r.manual).map((r) => r.id)).toEqual([])
    expect(unmapped).toHaveLength(185)
    expect(AWS_FSBP.requirements.filter((r) => r.checks.length > 0)).toHaveLength(151)
  })

  it('keeps near misses unmapped rather than reporting failures Security Hub would not', () => {
    // Stricter thresholds (45-day credentials, 14-character passwords, all EKS log types), wider scopes (unattached
    // volumes, AWS-managed AdministratorAccess, S3 website origins, NLB logs) or a different criterion.
    for (const id of ['EC2.3', 'IAM.1', 'IAM.8', 'EKS.8', 'Cognito.3', 'CloudFront.10', 'CloudFront.13', 'ElastiCache.6', 'S3.6', 'S3.12']) {
      expect(unmapped).toContain(id)
    }
    expect(byId('ELB.5').checks).toEqual(['aws-elb-access-logs-enabled'])
  })

  it('lists services Posture does not collect, all unmapped', () => {
    const notCollected = ['AppSync', 'Athena', 'Connect', 'DataSync', 'DMS', 'ElasticBeanstalk', 'EMR', 'ES', 'FSx', 'Inspector', 'Macie', 'MQ']
    for (const service of [...notCollected, 'NetworkFirewall', 'PCA', 'RedshiftServerless', 'ServiceCatalog', 'Transfer', 'WorkSpaces']) {
      const reqs = AWS_FSBP.requirements.filter((r) => prefix(r.id) === service)
      expect(reqs.length, service).toBeGreaterThan(0)
      expect(reqs.filter((r) => r.checks.length > 0).map((r) => r.id)).toEqual([])
    }
  })

  it('maps the key controls', () => {
    expect(byId('IAM.6').checks).toEqual(['aws-iam-root-hardware-mfa-enabled'])
    expect(byId('IAM.4').checks).toEqual(['aws-iam-root-no-access-keys'])
    expect(byId('S3.1').checks).toEqual(['aws-s3-account-public-access-block-enabled'])
    expect(byId('S3.2').checks).toEqual(['aws-s3-bucket-acl-no-public-read', 'aws-s3-bucket-policy-no-public-read'])
    expect(byId('EC2.19').checks).toEqual([
      'aws-ec2-sg-no-all-traffic-from-internet',
      'aws-ec2-sg-no-ssh-from-internet',
      'aws-ec2-sg-no-rdp-from-internet',
    ])
    expect(byId('EC2.18').checks).toContain('aws-ec2-sg-no-cifs-from-internet')
    expect(byId('Lambda.1').checks).toEqual(['aws-lambda-function-policy-not-public'])
    expect(byId('CloudTrail.1').checks).toEqual(['aws-cloudtrail-multi-region-trail-enabled'])
    expect(byId('ElastiCache.1').checks).toEqual(['aws-elasticache-cluster-backup-enabled', 'aws-elasticache-replication-group-backup-enabled'])
    expect(byId('EFS.1').checks).toEqual(byId('EFS.8').checks)
  })

  it('uses the publisher ids and groups each control under its service', () => {
    for (const r of AWS_FSBP.requirements) {
      expect(r.id).toMatch(/^[A-Z][A-Za-z0-9]*\.\d+$/)
      expect(r.section.toLowerCase().startsWith(`${prefix(r.id).toLowerCase()} `), r.id).toBe(true)
      expect(r.title.length, r.id).toBeLessThanOrEqual(80)
    }
    // AWS spells these control ids with a lower-case s.
    expect(AWS_FSBP.requirements.map((r) => r.id)).toEqual(expect.arrayContaining(['Autoscaling.5', 'Opensearch.1']))
    expect(AWS_FSBP.requirements.map((r) => r.id)).not.toContain('AutoScaling.5')
  })

  it('inverts into per-check compliance references', () => {
    const lookup = complianceIndex([AWS_FSBP])
    expect(lookup('aws-efs-file-system-encrypted')).toEqual([
      { framework: 'aws-fsbp', version: '1.0.0', requirement: 'EFS.1' },
      { framework: 'aws-fsbp', version: '1.0.0', requirement: 'EFS.8' },
    ])
  })
})
