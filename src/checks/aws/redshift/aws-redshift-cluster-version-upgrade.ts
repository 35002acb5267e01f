import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type RedshiftClusterAttributes } from '../../../normalize/aws/types.js'

/** AllowVersionUpgrade lets Redshift apply engine upgrades in the maintenance window. */
export default defineCheck<RedshiftClusterAttributes>({
  id: 'aws-redshift-cluster-version-upgrade',
  title: 'Redshift cluster allows automatic major version upgrades',
  resourceType: AWS.redshiftCluster,
  severity: 'low',
  categories: ['patching'],
  rationale:
    'With AllowVersionUpgrade off, the cluster does not receive new engine versions in its maintenance window, so ' +
    'security and stability fixes shipped in them wait for a manual upgrade.',
  remediation: {
    steps: ['Allow version upgrades on the cluster; they are applied during the maintenance window.'],
    cli: 'aws redshift modify-cluster --cluster-identifier <id> --allow-version-upgrade',
    terraform: 'aws_redshift_cluster: allow_version_upgrade = true',
    references: [
      'https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-clusters.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html',
    ],
  },
  evaluate(cluster, result) {
    const id = cluster.attributes.clusterIdentifier
    return cluster.attributes.allowVersionUpgrade
      ? result.pass(`Cluster ${id} receives engine version upgrades in its maintenance window.`)
      : result.fail(`Cluster ${id} does not allow version upgrades (AllowVersionUpgrade false).`)
  },
})
