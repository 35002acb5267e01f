import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type MskClusterAttributes, type MskProvisionedSettings, type KmsKeyAttributes } from '../../../normalize/aws/types.js'

/** MSK cluster encrypts data at rest with a customer-managed KMS key (provisioned clusters; serverless clusters always use TLS and IAM). */
export default defineCheck<MskClusterAttributes>({
  id: 'aws-msk-cluster-cmk',
  title: 'MSK cluster encrypts data at rest with a customer-managed KMS key',
  resourceType: AWS.mskCluster,
  severity: 'low',
  categories: ['encryption'],
  rationale:
    'MSK always encrypts broker volumes, by default with the AWS-managed key aws/kafka, which cannot be restricted or revoked; a customer-managed key lets its key policy limit who can use the data and records every use in CloudTrail.',
  remediation: {
    steps: ['At-rest encryption keys can only be chosen at creation: create a new cluster with a customer-managed KMS key and migrate.'],
    cli: 'aws kafka create-cluster-v2 --cluster-name <name> --provisioned \'{"EncryptionInfo":{"EncryptionAtRest":{"DataVolumeKMSKeyId":"<key-arn>"}}, ...}\'',
    terraform: 'aws_msk_cluster: encryption_info { encryption_at_rest_kms_key_arn = <customer-managed key ARN> }.',
    references: ['https://docs.aws.amazon.com/msk/latest/developerguide/msk-encryption.html'],
  },
  applies: (cluster) => cluster.attributes.provisioned !== null,
  evaluate(cluster, result, ctx) {
    const { clusterName } = cluster.attributes
    const p = cluster.attributes.provisioned as MskProvisionedSettings
    const keyId = p.atRestKmsKeyId
    if (!keyId) return result.fail(`Cluster ${clusterName} encrypts data at rest with the AWS-managed key aws/kafka.`)
    const key = ctx.inventory.get<KmsKeyAttributes>(keyId)
    if (!key) return result.error(`Could not tell who manages KMS key ${keyId} of cluster ${clusterName}: the key was not collected.`)
    return key.attributes.keyManager === 'CUSTOMER'
      ? result.pass(`Cluster ${clusterName} encrypts data at rest with customer-managed key ${keyId}.`)
      : result.fail(`Cluster ${clusterName} encrypts data at rest with the AWS-managed key ${keyId}.`)
  },
})
