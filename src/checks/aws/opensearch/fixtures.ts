/** Test fixtures for OpenSearch checks. */
import type { Resource } from '../../../core/resource.js'
import { AWS, type OpenSearchDomainAttributes } from '../../../normalize/aws/types.js'
import { awsFixture } from '../../_shared/testing.js'

/** A hardened VPC domain `orders-search` (encryption, TLS 1.2, FGAC, audit logs, 3 AZs, dedicated masters), with `attrs` overriding. */
export function domainFixture(attrs: Partial<OpenSearchDomainAttributes> = {}): Resource<OpenSearchDomainAttributes> {
  return awsFixture<OpenSearchDomainAttributes>(
    AWS.opensearchDomain,
    {
      domainName: 'orders-search',
      engineVersion: 'OpenSearch_2.11',
      vpc: { vpcId: 'vpc-1', subnetIds: ['subnet-1', 'subnet-2', 'subnet-3'] },
      encryptionAtRest: true,
      nodeToNodeEncryption: true,
      enforceHttps: true,
      tlsSecurityPolicy: 'Policy-Min-TLS-1-2-PFS-2023-10',
      fineGrainedAccessControl: true,
      auditLogs: true,
      dedicatedMaster: true,
      zoneAwareness: true,
      policy: null,
      ...attrs,
    },
    { uid: 'arn:aws:es:us-east-1:111122223333:domain/orders-search', name: 'orders-search' },
  )
}
