/** Test fixtures shared by the MSK checks' tests: a provisioned cluster, its KMS key, and the scope cases. Not a check. */
import { describe, expect, it } from 'vitest'
import { Inventory } from '../../../core/inventory.js'
import type { Resource } from '../../../core/resource.js'
import { evaluate } from '../../../evaluate/engine.js'
import type { Check } from '../../../evaluate/define-check.js'
import { AWS, type KmsKeyAttributes, type MskClusterAttributes, type MskProvisionedSettings } from '../../../normalize/aws/types.js'
import { awsFixture, TEST_NOW } from '../../_shared/testing.js'

export const KEY = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'

/** A provisioned cluster `events` configured well (TLS only, encrypted with KEY, private, logged); override any setting. */
export const cluster = (settings: Partial<MskProvisionedSettings>) =>
  awsFixture<MskClusterAttributes>(AWS.mskCluster, {
    clusterName: 'events',
    clusterType: 'PROVISIONED',
    provisioned: {
      clientBroker: 'TLS',
      inCluster: true,
      atRestKmsKeyId: KEY,
      publicAccess: 'DISABLED',
      unauthenticatedAccess: false,
      brokerLogDestinations: ['CloudWatchLogs'],
      enhancedMonitoring: 'PER_BROKER',
      ...settings,
    },
  })

/** The KMS key KEY, AWS-managed or customer-managed. */
export const key = (keyManager: 'AWS' | 'CUSTOMER') =>
  awsFixture<KmsKeyAttributes>(
    AWS.kmsKey,
    {
      keyId: '1234abcd',
      keyManager,
      keyState: 'Enabled',
      keySpec: 'SYMMETRIC_DEFAULT',
      keyUsage: 'ENCRYPT_DECRYPT',
      origin: 'AWS_KMS',
      rotationEnabled: null,
      policy: null,
    },
    { uid: KEY },
  ) as Resource<unknown>

/** Cases every MSK cluster check shares: serverless clusters are out of scope; a failed listing is an error. */
export function describeMskScope(check: Check<MskClusterAttributes>): void {
  describe(`${check.id} scope`, () => {
    it('serverless clusters are out of scope', () => {
      const serverless = awsFixture<MskClusterAttributes>(AWS.mskCluster, { clusterName: 'sls', clusterType: 'SERVERLESS', provisioned: null })
      expect(evaluate([check as Check<unknown>], new Inventory([serverless]), () => [], TEST_NOW)).toEqual([])
    })

    it('ListClustersV2 failed → error', () => {
      const gap = {
        provider: 'aws' as const,
        account: '111122223333',
        region: 'us-east-1',
        service: 'msk',
        api: 'ListClustersV2',
        reason: 'AccessDenied',
        resourceTypes: [AWS.mskCluster],
      }
      expect(evaluate([check as Check<unknown>], new Inventory([], [gap]), () => [], TEST_NOW).map((f) => f.status)).toEqual(['error'])
    })
  })
}
