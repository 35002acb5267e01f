import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type MskClusterAttributes, type MskProvisionedSettings } from '../../../normalize/aws/types.js'

/** MSK cluster has enhanced monitoring enabled (provisioned clusters; serverless clusters always use TLS and IAM). */
export default defineCheck<MskClusterAttributes>({
  id: 'aws-msk-cluster-enhanced-monitoring',
  title: 'MSK cluster has enhanced monitoring enabled',
  resourceType: AWS.mskCluster,
  severity: 'low',
  categories: ['logging'],
  rationale:
    'At the DEFAULT level MSK publishes only cluster-level metrics; per-broker metrics (PER_BROKER or finer) show disk, CPU and network pressure on one broker before it becomes an outage.',
  remediation: {
    steps: ['Set the enhanced monitoring level to PER_BROKER or finer.'],
    cli: 'aws kafka update-monitoring --cluster-arn <cluster-arn> --current-version <version> --enhanced-monitoring PER_BROKER',
    terraform: 'aws_msk_cluster: enhanced_monitoring = "PER_BROKER".',
    references: ['https://docs.aws.amazon.com/msk/latest/developerguide/monitoring.html'],
  },
  applies: (cluster) => cluster.attributes.provisioned !== null,
  evaluate(cluster, result) {
    const { clusterName } = cluster.attributes
    const p = cluster.attributes.provisioned as MskProvisionedSettings
    return p.enhancedMonitoring !== 'DEFAULT'
      ? result.pass(`Cluster ${clusterName} has enhanced monitoring level ${p.enhancedMonitoring}.`)
      : result.fail(`Cluster ${clusterName} has only DEFAULT monitoring (no per-broker metrics).`)
  },
})
