import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type MskClusterAttributes, type MskProvisionedSettings } from '../../../normalize/aws/types.js'

/** MSK cluster does not allow unauthenticated client access (provisioned clusters; serverless clusters always use TLS and IAM). */
export default defineCheck<MskClusterAttributes>({
  id: 'aws-msk-cluster-unauthenticated-access-disabled',
  title: 'MSK cluster does not allow unauthenticated client access',
  resourceType: AWS.mskCluster,
  severity: 'high',
  categories: ['identity'],
  rationale:
    'With unauthenticated access enabled, any client that can reach the brokers can produce to and consume from every topic without credentials, so reading or poisoning the data needs only network reach.',
  remediation: {
    steps: [
      'Enable IAM, SASL/SCRAM or mutual TLS client authentication.',
      'Move clients to an authenticated listener, then turn unauthenticated access off.',
    ],
    cli: 'aws kafka update-security --cluster-arn <cluster-arn> --current-version <version> --client-authentication \'{"Sasl":{"Iam":{"Enabled":true}},"Unauthenticated":{"Enabled":false}}\'',
    terraform: 'aws_msk_cluster: client_authentication { unauthenticated = false, sasl { iam = true } }.',
    references: ['https://docs.aws.amazon.com/msk/latest/developerguide/msk-authentication.html'],
  },
  applies: (cluster) => cluster.attributes.provisioned !== null,
  evaluate(cluster, result) {
    const { clusterName } = cluster.attributes
    const p = cluster.attributes.provisioned as MskProvisionedSettings
    return p.unauthenticatedAccess
      ? result.fail(`Cluster ${clusterName} allows unauthenticated client access.`)
      : result.pass(`Cluster ${clusterName} requires client authentication.`)
  },
})
