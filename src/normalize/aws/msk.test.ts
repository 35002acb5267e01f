import { describe, expect, it } from 'vitest'
import type { MskRaw } from '../../collect/aws/msk.js'
import { normalizeMsk } from './msk.js'
import { AWS } from './types.js'

const scope = { account: '111122223333', region: 'eu-west-1', regions: ['eu-west-1'] }
const ARN = 'arn:aws:kafka:eu-west-1:111122223333:cluster/events/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d-2'

describe('normalizeMsk', () => {
  it('a hardened provisioned cluster', () => {
    const raw: MskRaw = {
      clusters: [
        {
          ClusterArn: ARN,
          ClusterName: 'events',
          ClusterType: 'PROVISIONED',
          State: 'ACTIVE',
          Tags: { env: 'prod' },
          Provisioned: {
            BrokerNodeGroupInfo: {
              InstanceType: 'kafka.m5.large',
              ClientSubnets: ['subnet-1'],
              ConnectivityInfo: { PublicAccess: { Type: 'DISABLED' } },
            },
            EncryptionInfo: {
              EncryptionAtRest: { DataVolumeKMSKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/0a1b' },
              EncryptionInTransit: { ClientBroker: 'TLS', InCluster: true },
            },
            ClientAuthentication: { Sasl: { Iam: { Enabled: true }, Scram: { Enabled: false } }, Unauthenticated: { Enabled: false } },
            LoggingInfo: { BrokerLogs: { CloudWatchLogs: { Enabled: true, LogGroup: 'msk' }, S3: { Enabled: false } } },
            EnhancedMonitoring: 'PER_BROKER',
            NumberOfBrokerNodes: 3,
          },
        },
      ],
    }
    expect(normalizeMsk(raw, scope)[0]).toMatchObject({
      uid: ARN,
      type: AWS.mskCluster,
      tags: { env: 'prod' },
      relations: [{ kind: 'uses-kms-key', target: 'arn:aws:kms:eu-west-1:111122223333:key/0a1b' }],
      attributes: {
        clusterType: 'PROVISIONED',
        provisioned: {
          clientBroker: 'TLS',
          inCluster: true,
          publicAccess: 'DISABLED',
          unauthenticatedAccess: false,
          brokerLogDestinations: ['CloudWatchLogs'],
          enhancedMonitoring: 'PER_BROKER',
        },
      },
    })
  })

  it('a provisioned cluster with nothing set: MSK defaults, no authentication = unauthenticated', () => {
    const [r] = normalizeMsk(
      {
        clusters: [
          {
            ClusterArn: ARN,
            ClusterName: 'events',
            ClusterType: 'PROVISIONED',
            Provisioned: { BrokerNodeGroupInfo: { InstanceType: 'kafka.t3.small', ClientSubnets: ['subnet-1'] }, NumberOfBrokerNodes: 2 },
          },
        ],
      },
      scope,
    )
    expect(r!.attributes.provisioned).toEqual({
      clientBroker: 'TLS',
      inCluster: true,
      atRestKmsKeyId: null,
      publicAccess: 'DISABLED',
      unauthenticatedAccess: true,
      brokerLogDestinations: [],
      enhancedMonitoring: 'DEFAULT',
    })
  })

  it('a serverless cluster has no provisioned settings', () => {
    const [r] = normalizeMsk(
      { clusters: [{ ClusterArn: ARN, ClusterName: 'sls', ClusterType: 'SERVERLESS', Serverless: { VpcConfigs: [{ SubnetIds: ['subnet-1'] }] } }] },
      scope,
    )
    expect(r!.attributes).toEqual({ clusterName: 'sls', clusterType: 'SERVERLESS', provisioned: null })
  })
})
