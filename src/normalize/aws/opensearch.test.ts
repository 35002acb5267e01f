import { describe, expect, it } from 'vitest'
import { isUnknown } from '../../core/unknown.js'
import type { DomainStatus } from '../../collect/aws/opensearch.js'
import { normalizeOpensearch } from './opensearch.js'
import { AWS } from './types.js'

const ACCOUNT = '111122223333'
const scope = { account: ACCOUNT, region: 'us-east-1', regions: ['us-east-1'] }
const ARN = `arn:aws:es:us-east-1:${ACCOUNT}:domain/orders-search`
const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`
const POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/orders-api` }, Action: 'es:ESHttp*', Resource: `${ARN}/*` }],
})

const domain = (over: Partial<DomainStatus> = {}): DomainStatus => ({
  DomainId: `${ACCOUNT}/orders-search`,
  DomainName: 'orders-search',
  ARN,
  Created: true,
  Deleted: false,
  Endpoints: { vpc: 'vpc-orders-search-abc123.us-east-1.es.amazonaws.com' },
  EngineVersion: 'OpenSearch_2.11',
  ClusterConfig: { InstanceType: 'r6g.large.search', InstanceCount: 3, DedicatedMasterEnabled: true, ZoneAwarenessEnabled: true },
  AccessPolicies: POLICY,
  VPCOptions: { VPCId: 'vpc-0a1b2c3d', SubnetIds: ['subnet-1', 'subnet-2'], SecurityGroupIds: ['sg-1'] },
  EncryptionAtRestOptions: { Enabled: true, KmsKeyId: KEY },
  NodeToNodeEncryptionOptions: { Enabled: true },
  DomainEndpointOptions: { EnforceHTTPS: true, TLSSecurityPolicy: 'Policy-Min-TLS-1-2-PFS-2023-10' },
  AdvancedSecurityOptions: { Enabled: true, InternalUserDatabaseEnabled: false },
  LogPublishingOptions: {
    AUDIT_LOGS: { CloudWatchLogsLogGroupArn: `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/aws/opensearch/audit`, Enabled: true },
  },
  ...over,
})

describe('normalizeOpensearch', () => {
  it('a hardened VPC domain', () => {
    const [r] = normalizeOpensearch({ domains: [{ domainName: 'orders-search', status: { ok: true, value: domain() } }] }, scope)
    expect(r).toMatchObject({
      uid: ARN,
      type: AWS.opensearchDomain,
      name: 'orders-search',
      attributes: {
        engineVersion: 'OpenSearch_2.11',
        vpc: { vpcId: 'vpc-0a1b2c3d', subnetIds: ['subnet-1', 'subnet-2'] },
        encryptionAtRest: true,
        nodeToNodeEncryption: true,
        enforceHttps: true,
        tlsSecurityPolicy: 'Policy-Min-TLS-1-2-PFS-2023-10',
        fineGrainedAccessControl: true,
        auditLogs: true,
        dedicatedMaster: true,
        zoneAwareness: true,
        policy: { Statement: [{ Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/orders-api` } }] },
      },
    })
    expect(r!.relations).toEqual([
      { kind: 'uses-kms-key', target: KEY },
      { kind: 'in-vpc', target: `arn:aws:ec2:us-east-1:${ACCOUNT}:vpc/vpc-0a1b2c3d` },
    ])
  })

  it('a public domain with defaults and no access policy', () => {
    const value = domain({
      Endpoint: 'search-orders-search-abc123.us-east-1.es.amazonaws.com',
      Endpoints: undefined,
      VPCOptions: undefined,
      AccessPolicies: '',
      EncryptionAtRestOptions: { Enabled: false },
      NodeToNodeEncryptionOptions: { Enabled: false },
      DomainEndpointOptions: { EnforceHTTPS: false, TLSSecurityPolicy: 'Policy-Min-TLS-1-0-2019-07' },
      AdvancedSecurityOptions: { Enabled: false },
      LogPublishingOptions: {},
      ClusterConfig: { InstanceType: 't3.small.search', InstanceCount: 1 },
    })
    const [r] = normalizeOpensearch({ domains: [{ domainName: 'orders-search', status: { ok: true, value } }] }, scope)
    expect(r!.attributes).toMatchObject({
      vpc: null,
      encryptionAtRest: false,
      nodeToNodeEncryption: false,
      enforceHttps: false,
      tlsSecurityPolicy: 'Policy-Min-TLS-1-0-2019-07',
      fineGrainedAccessControl: false,
      auditLogs: false,
      dedicatedMaster: false,
      zoneAwareness: false,
      policy: null,
    })
    expect(r!.relations).toEqual([])
  })

  it('a failed DescribeDomains: uid from the name, configuration Unknown; an unparsable policy is Unknown too', () => {
    const [r] = normalizeOpensearch(
      { domains: [{ domainName: 'orders-search', status: { ok: false, reason: 'AccessDenied', code: 'AccessDenied' } }] },
      scope,
    )
    expect(r!.uid).toBe(ARN)
    for (const v of Object.values(r!.attributes).filter((v) => v !== 'orders-search')) expect(isUnknown(v)).toBe(true)

    const [bad] = normalizeOpensearch(
      { domains: [{ domainName: 'orders-search', status: { ok: true, value: domain({ AccessPolicies: '{not json' }) } }] },
      scope,
    )
    expect(isUnknown(bad!.attributes.policy)).toBe(true)
    expect(bad!.attributes.encryptionAtRest).toBe(true)
  })
})
