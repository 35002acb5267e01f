import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type RedshiftClusterAttributes } from '../../../normalize/aws/types.js'

/** The default admin user name awsuser is the first one password-guessing tries. */
export default defineCheck<RedshiftClusterAttributes>({
  id: 'aws-redshift-cluster-non-default-admin',
  title: 'Redshift cluster admin user name is not the default awsuser',
  resourceType: AWS.redshiftCluster,
  severity: 'low',
  categories: ['identity'],
  rationale:
    'The console proposes "awsuser" as the admin user name, so it is the first name tried by password guessing ' +
    'against reachable clusters; a unique admin name means an attacker must guess both parts of the credential.',
  remediation: {
    steps: [
      'The admin user name cannot be changed: create a new cluster (or restore a snapshot into one) with a unique admin user name and migrate to it.',
      'Use Secrets Manager to manage the admin password (--manage-master-password).',
    ],
    cli: 'aws redshift create-cluster --cluster-identifier <new-id> --node-type <type> --master-username <unique-admin-name> --manage-master-password',
    terraform: 'aws_redshift_cluster: master_username = <unique name, not "awsuser">, manage_master_password = true',
    references: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html',
      'https://docs.aws.amazon.com/redshift/latest/mgmt/create-cluster.html',
    ],
  },
  evaluate(cluster, result) {
    const { clusterIdentifier: id, masterUsername } = cluster.attributes
    return masterUsername.toLowerCase() === 'awsuser'
      ? result.fail(`Cluster ${id} uses the default admin user name "awsuser".`)
      : result.pass(`Cluster ${id} uses a non-default admin user name.`)
  },
})
