import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type MskClusterAttributes, type MskProvisionedSettings } from '../../../normalize/aws/types.js'

/** MSK cluster delivers broker logs (provisioned clusters; serverless clusters always use TLS and IAM). */
export default defineCheck<MskClusterAttributes>({
  id: 'aws-msk-cluster-broker-logging',
  title: 'MSK cluster delivers broker logs',
  resourceType: AWS.mskCluster,
  severity: 'medium',
  categories: ['logging'],
  rationale:
    'Broker logs record client connections, authentication failures and errors; without them, unauthorized access attempts and outages of the cluster leave no trace to investigate.',
  remediation: {
    steps: ['Enable broker log delivery to CloudWatch Logs, S3 or Firehose.'],
    cli: 'aws kafka update-monitoring --cluster-arn <cluster-arn> --current-version <version> --logging-info \'{"BrokerLogs":{"CloudWatchLogs":{"Enabled":true,"LogGroup":"<log-group>"}}}\'',
    terraform: 'aws_msk_cluster: logging_info { broker_logs { cloudwatch_logs { enabled = true, log_group = <name> } } }.',
    references: ['https://docs.aws.amazon.com/msk/latest/developerguide/msk-logging.html'],
  },
  applies: (cluster) => cluster.attributes.provisioned !== null,
  evaluate(cluster, result) {
    const { clusterName } = cluster.attributes
    const p = cluster.attributes.provisioned as MskProvisionedSettings
    return p.brokerLogDestinations.length > 0
      ? result.pass(`Cluster ${clusterName} delivers broker logs to ${p.brokerLogDestinations.join(', ')}.`)
      : result.fail(`Cluster ${clusterName} delivers broker logs nowhere.`)
  },
})
