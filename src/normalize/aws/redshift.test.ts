import { describe, expect, it } from 'vitest'
import { isUnknown } from '../../core/unknown.js'
import type { Cluster, RedshiftRaw } from '../../collect/aws/redshift.js'
import { normalizeRedshift } from './redshift.js'
import { AWS } from './types.js'

const ACCOUNT = '111122223333'
const scope = { account: ACCOUNT, region: 'us-east-1', regions: ['us-east-1'] }
const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`
const ARN = `arn:aws:redshift:us-east-1:${ACCOUNT}:cluster:analytics`

const cluster = (over: Partial<Cluster> = {}): Cluster => ({
  ClusterIdentifier: 'analytics',
  NodeType: 'ra3.xlplus',
  ClusterStatus: 'available',
  MasterUsername: 'dwh_admin',
  DBName: 'dev',
  Endpoint: { Address: 'analytics.abc123.us-east-1.redshift.amazonaws.com', Port: 5439 },
  ClusterCreateTime: new Date('2025-01-10T08:00:00Z'),
  AutomatedSnapshotRetentionPeriod: 7,
  ClusterParameterGroups: [{ ParameterGroupName: 'analytics-params', ParameterApplyStatus: 'in-sync' }],
  VpcId: 'vpc-0a1b2c3d',
  AllowVersionUpgrade: true,
  NumberOfNodes: 2,
  PubliclyAccessible: false,
  Encrypted: true,
  KmsKeyId: KEY,
  EnhancedVpcRouting: true,
  Tags: [{ Key: 'team', Value: 'data' }],
  ...over,
})
const params = (value: string) => ({
  ok: true as const,
  value: [{ ParameterName: 'require_ssl', ParameterValue: value, Source: 'user', DataType: 'boolean', ApplyType: 'static' as const }],
})

describe('normalizeRedshift', () => {
  it('a private encrypted cluster with logging and require_ssl', () => {
    const raw: RedshiftRaw = {
      clusters: [
        {
          cluster: cluster(),
          logging: { ok: true, value: { LoggingEnabled: true, LogDestinationType: 'cloudwatch', LogExports: ['connectionlog', 'userlog'] } },
        },
      ],
      parameterGroups: { 'analytics-params': params('true') },
    }
    const [r] = normalizeRedshift(raw, scope)
    expect(r).toMatchObject({
      uid: ARN,
      type: AWS.redshiftCluster,
      name: 'analytics',
      tags: { team: 'data' },
      attributes: {
        publiclyAccessible: false,
        encrypted: true,
        kmsKeyId: KEY,
        enhancedVpcRouting: true,
        automatedSnapshotRetentionPeriod: 7,
        masterUsername: 'dwh_admin',
        auditLogging: { enabled: true, destination: 'cloudwatch', logExports: ['connectionlog', 'userlog'] },
        requireSsl: true,
      },
    })
    expect(r!.relations).toEqual([
      { kind: 'uses-kms-key', target: KEY },
      { kind: 'in-vpc', target: `arn:aws:ec2:us-east-1:${ACCOUNT}:vpc/vpc-0a1b2c3d` },
    ])
  })

  it('S3 logging without a destination type, and require_ssl false', () => {
    const raw: RedshiftRaw = {
      clusters: [{ cluster: cluster(), logging: { ok: true, value: { LoggingEnabled: true, BucketName: 'audit-logs', S3KeyPrefix: 'redshift/' } } }],
      parameterGroups: { 'analytics-params': params('false') },
    }
    const [r] = normalizeRedshift(raw, scope)
    expect(r!.attributes).toMatchObject({ auditLogging: { enabled: true, destination: 's3', logExports: [] }, requireSsl: false })
  })

  it('failed DescribeLoggingStatus and DescribeClusterParameters leave only those attributes Unknown', () => {
    const raw: RedshiftRaw = {
      clusters: [
        { cluster: cluster({ Encrypted: false, KmsKeyId: undefined }), logging: { ok: false, reason: 'AccessDenied', code: 'AccessDenied' } },
      ],
      parameterGroups: { 'analytics-params': { ok: false, reason: 'AccessDenied', code: 'AccessDenied' } },
    }
    const [r] = normalizeRedshift(raw, scope)
    expect(isUnknown(r!.attributes.auditLogging)).toBe(true)
    expect(isUnknown(r!.attributes.requireSsl)).toBe(true)
    expect(r!.attributes.encrypted).toBe(false)
    expect(r!.relations.filter((x) => x.kind === 'uses-kms-key')).toEqual([])
  })
})
