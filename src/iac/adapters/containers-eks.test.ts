import { describe, expect, it } from 'vitest'
import { scanFixtures, verdicts } from '../../scan/iac-testing.js'
import { adaptAll } from '../adapt.js'
import { judge, tf } from '../../scan/iac-adapter-testing.js'

/** Fixed so the Kubernetes support table gives the same answers every day: 1.24 ended 2024-01-31, 1.33 ends 2026-07-29. */
const NOW = new Date('2026-04-15T00:00:00Z')

const VERSION_UNKNOWN = 'aws-eks-cluster-version-supported'

describe('EKS from CloudFormation', async () => {
  const { findings, report } = await scanFixtures('test/fixtures/iac/eks/cloudformation', { now: NOW })

  it('applies the endpoint defaults of CreateCluster (public, open to 0.0.0.0/0, private off)', () => {
    expect(verdicts(findings, 'aws-eks-cluster-endpoint-not-public')).toEqual([
      ['BadCluster', 'fail', 11],
      ['GoodCluster', 'pass', 19],
      ['RestrictedCluster', 'pass', 41],
    ])
    expect(verdicts(findings, 'aws-eks-cluster-private-endpoint-enabled')).toEqual([
      ['BadCluster', 'fail', 11],
      ['GoodCluster', 'pass', 19],
      ['RestrictedCluster', 'pass', 41],
    ])
  })

  it('reads control-plane logging and secrets encryption', () => {
    const expected = [
      ['BadCluster', 'fail', 11],
      ['GoodCluster', 'pass', 19],
      ['RestrictedCluster', 'fail', 41],
    ]
    expect(verdicts(findings, 'aws-eks-cluster-control-plane-logging-enabled')).toEqual(expected)
    expect(verdicts(findings, 'aws-eks-cluster-secrets-encrypted')).toEqual(expected)
  })

  it('judges a written version, and leaves a left-out one (the default at creation) unjudged', () => {
    expect(verdicts(findings, VERSION_UNKNOWN)).toEqual([
      ['BadCluster', 'fail', 11],
      ['GoodCluster', 'pass', 19],
    ])
    expect(report.iac.notEvaluated.map((n) => [n.checkId, n.location.address, n.location.startLine])).toEqual([
      [VERSION_UNKNOWN, 'RestrictedCluster', 41],
    ])
  })

  it('opens SSH to the internet only for a key without source security groups', () => {
    expect(verdicts(findings, 'aws-eks-nodegroup-no-ssh-from-internet')).toEqual([
      ['OpenSshNodegroup', 'fail', 51],
      ['RestrictedSshNodegroup', 'pass', 60],
      ['NoSshNodegroup', 'pass', 70],
    ])
    const group = report.findings.find((f) => f.resource.name.endsWith('/open-ssh'))
    expect(group?.resource.name).toBe('bad-cluster/open-ssh')
  })
})

describe('EKS from Terraform HCL', async () => {
  const { findings, report } = await scanFixtures('test/fixtures/iac/eks/terraform', { now: NOW })

  it('judges clusters and node groups', () => {
    expect(verdicts(findings, 'aws-eks-cluster-endpoint-not-public')).toEqual([
      ['aws_eks_cluster.bad', 'fail', 6],
      ['aws_eks_cluster.good', 'pass', 21],
      ['aws_eks_cluster.restricted', 'pass', 41],
    ])
    expect(verdicts(findings, 'aws-eks-cluster-private-endpoint-enabled')).toEqual([
      ['aws_eks_cluster.bad', 'fail', 6],
      ['aws_eks_cluster.good', 'pass', 21],
      ['aws_eks_cluster.restricted', 'pass', 41],
    ])
    for (const checkId of ['aws-eks-cluster-control-plane-logging-enabled', 'aws-eks-cluster-secrets-encrypted']) {
      expect(verdicts(findings, checkId), checkId).toEqual([
        ['aws_eks_cluster.bad', 'fail', 6],
        ['aws_eks_cluster.good', 'pass', 21],
        ['aws_eks_cluster.restricted', 'fail', 41],
      ])
    }
    // version = var.kubernetes_version has no default: known only at plan time with a value.
    expect(verdicts(findings, VERSION_UNKNOWN)).toEqual([
      ['aws_eks_cluster.bad', 'fail', 6],
      ['aws_eks_cluster.good', 'pass', 21],
    ])
    expect(report.iac.notEvaluated.filter((n) => n.checkId === VERSION_UNKNOWN).map((n) => n.location.address)).toEqual([
      'aws_eks_cluster.restricted',
    ])
    expect(verdicts(findings, 'aws-eks-nodegroup-no-ssh-from-internet')).toEqual([
      ['aws_eks_node_group.open_ssh', 'fail', 53],
      ['aws_eks_node_group.restricted_ssh', 'pass', 70],
      ['aws_eks_node_group.no_ssh', 'pass', 88],
    ])
  })
})

describe('EKS Terraform adapters (planned values)', () => {
  it('reads vpc_config, log types and encryption_config with a key declared in the same module', async () => {
    const judged = await judge(
      [
        tf('aws_eks_cluster', 'bare', { name: 'bare', version: '1.24', vpc_config: [{ subnet_ids: ['subnet-1'] }] }),
        tf('aws_kms_key', 'k', {}),
        tf('aws_eks_cluster', 'good', {
          name: 'good',
          version: '1.33',
          vpc_config: [{ subnet_ids: ['subnet-1'], endpoint_public_access: false, endpoint_private_access: true }],
          enabled_cluster_log_types: ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'],
          encryption_config: [{ resources: ['secrets'], provider: [{ key_arn: { $ref: 'aws_kms_key.k', attribute: 'arn' } }] }],
        }),
      ],
      NOW,
    )
    for (const checkId of [
      'aws-eks-cluster-endpoint-not-public',
      'aws-eks-cluster-private-endpoint-enabled',
      'aws-eks-cluster-control-plane-logging-enabled',
      'aws-eks-cluster-secrets-encrypted',
      VERSION_UNKNOWN,
    ]) {
      expect(judged.verdicts(checkId), checkId).toEqual([
        ['aws_eks_cluster.bare', 'fail'],
        ['aws_eks_cluster.good', 'pass'],
      ])
    }
    const good = adaptAll([
      tf('aws_kms_key', 'k', {}),
      tf('aws_eks_cluster', 'good', {
        name: 'good',
        encryption_config: [{ resources: ['secrets'], provider: [{ key_arn: { $ref: 'aws_kms_key.k', attribute: 'arn' } }] }],
      }),
    ]).resources.find((r) => r.type === 'aws.eks.cluster')
    expect(good?.relations).toEqual([{ kind: 'uses-kms-key', target: 'tf:test:aws_kms_key.k' }])
  })

  it('leaves public access CIDRs known only after apply unjudged, but not when the public endpoint is off', async () => {
    const judged = await judge([
      tf('aws_eks_cluster', 'cidrs', { name: 'cidrs', version: '1.33', vpc_config: [{ public_access_cidrs: { $unknown: 'var.cidrs' } }] }),
      tf('aws_eks_cluster', 'private', {
        name: 'private',
        version: '1.33',
        vpc_config: [{ endpoint_public_access: false, endpoint_private_access: true, public_access_cidrs: { $unknown: 'var.cidrs' } }],
      }),
    ])
    expect(judged.verdicts('aws-eks-cluster-endpoint-not-public')).toEqual([['aws_eks_cluster.private', 'pass']])
    expect(judged.notEvaluated.filter(([id]) => id === 'aws-eks-cluster-endpoint-not-public').map(([, a]) => a)).toEqual(['aws_eks_cluster.cidrs'])
  })

  it('names node groups after the cluster they reference and reads remote_access', async () => {
    const judged = await judge([
      tf('aws_eks_cluster', 'main', { name: 'main' }),
      tf('aws_eks_node_group', 'open', {
        cluster_name: { $ref: 'aws_eks_cluster.main', attribute: 'name' },
        node_group_name: 'open',
        remote_access: [{ ec2_ssh_key: { $ref: 'aws_key_pair.ops', attribute: 'key_name' } }],
      }),
      tf('aws_eks_node_group', 'sg', {
        cluster_name: 'main',
        node_group_name: 'sg',
        remote_access: [{ ec2_ssh_key: 'ops', source_security_group_ids: [{ $ref: 'aws_security_group.bastion', attribute: 'id' }] }],
      }),
      tf('aws_eks_node_group', 'unknown_sgs', {
        cluster_name: 'main',
        node_group_name: 'unknown-sgs',
        remote_access: [{ ec2_ssh_key: 'ops', source_security_group_ids: { $unknown: 'module.sg.ids' } }],
      }),
    ])
    expect(judged.verdicts('aws-eks-nodegroup-no-ssh-from-internet')).toEqual([
      ['aws_eks_node_group.open', 'fail'],
      ['aws_eks_node_group.sg', 'pass'],
    ])
    expect(judged.notEvaluated.filter(([id]) => id === 'aws-eks-nodegroup-no-ssh-from-internet').map(([, a]) => a)).toEqual([
      'aws_eks_node_group.unknown_sgs',
    ])
  })
})
