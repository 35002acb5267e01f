import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type OpenSearchDomainAttributes } from '../../../normalize/aws/types.js'

/** Dedicated master nodes keep cluster management off the data nodes. */
export default defineCheck<OpenSearchDomainAttributes>({
  id: 'aws-opensearch-domain-dedicated-master',
  title: 'OpenSearch domain uses dedicated master nodes',
  resourceType: AWS.opensearchDomain,
  severity: 'low',
  categories: ['resilience'],
  rationale:
    'Without dedicated master nodes, cluster-state management runs on data nodes, so heavy indexing or search load ' +
    'can stall it and make the whole domain unavailable (split or red cluster); AWS recommends three dedicated ' +
    'master nodes for production domains.',
  remediation: {
    steps: ['Enable dedicated master nodes (three, of an instance type sized for the cluster).'],
    cli: "aws opensearch update-domain-config --domain-name <domain> --cluster-config 'DedicatedMasterEnabled=true,DedicatedMasterType=m6g.large.search,DedicatedMasterCount=3'",
    terraform:
      'aws_opensearch_domain: cluster_config { dedicated_master_enabled = true, dedicated_master_type = "m6g.large.search", dedicated_master_count = 3 }',
    references: ['https://docs.aws.amazon.com/opensearch-service/latest/developerguide/managedomains-dedicatedmasternodes.html'],
  },
  evaluate(domain, result) {
    const name = domain.attributes.domainName
    return known(domain.attributes.dedicatedMaster, `cluster configuration of domain ${name}`)
      ? result.pass(`Domain ${name} uses dedicated master nodes.`)
      : result.fail(`Domain ${name} has no dedicated master nodes, so data nodes also manage the cluster.`)
  },
})
