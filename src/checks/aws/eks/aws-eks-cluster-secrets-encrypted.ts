import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type EksClusterAttributes } from '../../../normalize/aws/types.js'

/** Kubernetes secrets should be envelope-encrypted with a KMS key. */
export default defineCheck<EksClusterAttributes>({
  id: 'aws-eks-cluster-secrets-encrypted',
  title: 'EKS cluster encrypts Kubernetes secrets with a KMS key',
  resourceType: AWS.eksCluster,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    'Envelope encryption encrypts Kubernetes secrets in etcd with a KMS key you control, so reading them from etcd data or backups ' +
    'also needs permission on the key, and every decryption is logged in CloudTrail.',
  remediation: {
    steps: [
      "Create (or choose) a symmetric customer managed KMS key in the cluster's region and allow the cluster role to use it.",
      'Associate it with the cluster for the "secrets" resource; this cannot be undone, and existing secrets are re-encrypted.',
    ],
    cli: 'aws eks associate-encryption-config --cluster-name <cluster> --encryption-config \'[{"resources":["secrets"],"provider":{"keyArn":"<key-arn>"}}]\'',
    terraform: 'aws_eks_cluster: encryption_config { resources = ["secrets"] provider { key_arn = <aws_kms_key ARN> } }.',
    references: [
      'https://docs.aws.amazon.com/eks/latest/userguide/envelope-encryption.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/eks-controls.html#eks-3',
    ],
  },
  evaluate(cluster, result) {
    const { clusterName } = cluster.attributes
    const key = known(cluster.attributes.secretsKmsKeyArn, `encryption configuration of cluster ${clusterName}`)
    return key
      ? result.pass(`Cluster ${clusterName} envelope-encrypts Kubernetes secrets with ${key}.`)
      : result.fail(`Cluster ${clusterName} has no KMS envelope encryption for Kubernetes secrets.`)
  },
})
