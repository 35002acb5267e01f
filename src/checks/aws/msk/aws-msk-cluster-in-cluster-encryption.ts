import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type MskClusterAttributes, type MskProvisionedSettings } from '../../../normalize/aws/types.js'

/** MSK cluster encrypts traffic between brokers (provisioned clusters; serverless clusters always use TLS and IAM). */
export default defineCheck<MskClusterAttributes>({
  id: 'aws-msk-cluster-in-cluster-encryption',
  title: 'MSK cluster encrypts traffic between brokers',
  resourceType: AWS.mskCluster,
  severity: 'medium',
  categories: ['encryption'],
  rationale: 'Brokers replicate every message to each other; with in-cluster encryption off that replication traffic crosses the VPC in plaintext.',
  remediation: {
    steps: [
      'In-cluster encryption can only be set when the cluster is created: create a new cluster with in-cluster encryption on and migrate (for example with MirrorMaker 2 or MSK Replicator).',
    ],
    cli: 'aws kafka create-cluster-v2 --cluster-name <name> --provisioned \'{"EncryptionInfo":{"EncryptionInTransit":{"InCluster":true,"ClientBroker":"TLS"}}, ...}\'',
    terraform: 'aws_msk_cluster: encryption_info { encryption_in_transit { in_cluster = true } }.',
    references: ['https://docs.aws.amazon.com/msk/latest/developerguide/msk-encryption.html'],
  },
  applies: (cluster) => cluster.attributes.provisioned !== null,
  evaluate(cluster, result) {
    const { clusterName } = cluster.attributes
    const p = cluster.attributes.provisioned as MskProvisionedSettings
    return p.inCluster
      ? result.pass(`Cluster ${clusterName} encrypts traffic between brokers.`)
      : result.fail(`Cluster ${clusterName} has in-cluster encryption off, so replication between brokers is plaintext.`)
  },
})
