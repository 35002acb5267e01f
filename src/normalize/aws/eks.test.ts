import { describe, expect, it } from 'vitest'
import { isUnknown } from '../../core/unknown.js'
import type { EksCluster, EksRaw } from '../../collect/aws/eks.js'
import { normalizeEks } from './eks.js'
import { AWS, type EksClusterAttributes, type EksNodegroupAttributes } from './types.js'

const ACCOUNT = '111122223333'
const scope = { account: ACCOUNT, region: 'eu-west-1', regions: ['eu-west-1'] }
const ARN = `arn:aws:eks:eu-west-1:${ACCOUNT}:cluster/prod`
const KEY = `arn:aws:kms:eu-west-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`
const NG_ARN = `arn:aws:eks:eu-west-1:${ACCOUNT}:nodegroup/prod/workers/8ec4d9a5-0b9c-4a2e-9d0e-5b1f2c3d4e5f`

/** A DescribeCluster cluster as the EKS API reference documents it. */
const described: EksCluster = {
  name: 'prod',
  arn: ARN,
  version: '1.31',
  status: 'ACTIVE',
  roleArn: `arn:aws:iam::${ACCOUNT}:role/eks-cluster`,
  resourcesVpcConfig: {
    subnetIds: ['subnet-1', 'subnet-2'],
    securityGroupIds: [],
    vpcId: 'vpc-1',
    endpointPublicAccess: true,
    endpointPrivateAccess: false,
    publicAccessCidrs: ['0.0.0.0/0'],
  },
  logging: {
    clusterLogging: [
      { types: ['api', 'audit'], enabled: true },
      { types: ['authenticator', 'controllerManager', 'scheduler'], enabled: false },
    ],
  },
  encryptionConfig: [{ resources: ['secrets'], provider: { keyArn: KEY } }],
  tags: { team: 'platform' },
}

const raw = (cluster: EksRaw['clusters'][number]['cluster'], nodegroups: EksRaw['clusters'][number]['nodegroups'] = []): EksRaw => ({
  clusters: [{ name: 'prod', cluster, nodegroups }],
})

describe('normalizeEks', () => {
  it('a cluster with public endpoint, partial logging and secrets encryption', () => {
    const [c] = normalizeEks(raw({ ok: true, value: described }), scope)
    expect(c).toMatchObject({
      uid: ARN,
      type: AWS.eksCluster,
      name: 'prod',
      tags: { team: 'platform' },
      attributes: {
        clusterName: 'prod',
        version: '1.31',
        endpointPublicAccess: true,
        endpointPrivateAccess: false,
        publicAccessCidrs: ['0.0.0.0/0'],
        secretsKmsKeyArn: KEY,
        enabledLogTypes: ['api', 'audit'],
      },
    })
    expect(c!.relations).toContainEqual({ kind: 'uses-kms-key', target: KEY })
  })

  it('a private cluster without encryption config', () => {
    const value = {
      ...described,
      encryptionConfig: undefined,
      resourcesVpcConfig: { endpointPublicAccess: false, endpointPrivateAccess: true, publicAccessCidrs: [] },
    }
    const [c] = normalizeEks(raw({ ok: true, value }), scope)
    expect(c!.attributes).toMatchObject({ endpointPublicAccess: false, endpointPrivateAccess: true, publicAccessCidrs: [], secretsKmsKeyArn: null })
  })

  it('node groups: remote access with and without source security groups', () => {
    const ng = (name: string, remoteAccess: object | undefined) => ({
      name,
      nodegroup: {
        ok: true as const,
        value: { nodegroupName: name, clusterName: 'prod', nodegroupArn: NG_ARN.replace('workers', name), remoteAccess },
      },
    })
    const list = normalizeEks(
      raw({ ok: true, value: described }, [
        ng('workers', { ec2SshKey: 'ops' }),
        ng('batch', { ec2SshKey: 'ops', sourceSecurityGroups: ['sg-1'] }),
        ng('spot', undefined),
      ]),
      scope,
    ).filter((r) => r.type === AWS.eksNodegroup) as unknown as { uid: string; name: string; attributes: EksNodegroupAttributes }[]
    expect(list.map((r) => [r.uid, r.name, r.attributes.remoteAccess])).toEqual([
      [NG_ARN, 'prod/workers', { ec2SshKey: 'ops', sourceSecurityGroups: [] }],
      [NG_ARN.replace('workers', 'batch'), 'prod/batch', { ec2SshKey: 'ops', sourceSecurityGroups: ['sg-1'] }],
      [NG_ARN.replace('workers', 'spot'), 'prod/spot', null],
    ])
  })

  it('failed DescribeCluster / DescribeNodegroup: uids from names, attributes Unknown', () => {
    const denied = { ok: false as const, reason: 'AccessDeniedException', code: 'AccessDeniedException' }
    const [c, n] = normalizeEks(raw(denied, [{ name: 'workers', nodegroup: denied }]), scope)
    expect(c!.uid).toBe(ARN)
    expect(isUnknown((c!.attributes as EksClusterAttributes).endpointPublicAccess)).toBe(true)
    expect(isUnknown((c!.attributes as EksClusterAttributes).version)).toBe(true)
    expect(n!.uid).toBe(`arn:aws:eks:eu-west-1:${ACCOUNT}:nodegroup/prod/workers`)
    expect(isUnknown((n!.attributes as EksNodegroupAttributes).remoteAccess)).toBe(true)
  })
})
