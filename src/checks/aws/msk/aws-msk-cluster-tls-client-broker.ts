import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type MskClusterAttributes, type MskProvisionedSettings } from '../../../normalize/aws/types.js'

/** MSK cluster encrypts client-broker traffic with TLS only (provisioned clusters; serverless clusters always use TLS and IAM). */
export default defineCheck<MskClusterAttributes>({
  id: 'aws-msk-cluster-tls-client-broker',
  title: 'MSK cluster encrypts client-broker traffic with TLS only',
  resourceType: AWS.mskCluster,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    'With PLAINTEXT or TLS_PLAINTEXT allowed between clients and brokers, messages (and SASL/SCRAM credentials on the plaintext listener) can cross the network unencrypted, where anyone on the path can read or alter them.',
  remediation: {
    steps: [
      'Set client-broker encryption in transit to TLS (from TLS_PLAINTEXT this is an in-place update; from PLAINTEXT, create a new cluster).',
      'Move clients to the TLS bootstrap brokers (port 9094, or 9096/9098 with SASL).',
    ],
    cli: 'aws kafka update-security --cluster-arn <cluster-arn> --current-version <version> --encryption-info \'{"EncryptionInTransit":{"ClientBroker":"TLS"}}\'',
    terraform: 'aws_msk_cluster: encryption_info { encryption_in_transit { client_broker = "TLS" } }.',
    references: ['https://docs.aws.amazon.com/msk/latest/developerguide/msk-encryption.html'],
  },
  applies: (cluster) => cluster.attributes.provisioned !== null,
  evaluate(cluster, result) {
    const { clusterName } = cluster.attributes
    const p = cluster.attributes.provisioned as MskProvisionedSettings
    return p.clientBroker === 'TLS'
      ? result.pass(`Cluster ${clusterName} accepts only TLS connections from clients.`)
      : result.fail(`Cluster ${clusterName} allows client-broker encryption ${p.clientBroker}, so clients may connect in plaintext.`)
  },
})
