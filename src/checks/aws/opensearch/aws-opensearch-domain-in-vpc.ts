import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type OpenSearchDomainAttributes } from '../../../normalize/aws/types.js'

/** A domain outside a VPC has a public endpoint reachable from the internet. */
export default defineCheck<OpenSearchDomainAttributes>({
  id: 'aws-opensearch-domain-in-vpc',
  title: 'OpenSearch domain is deployed in a VPC',
  resourceType: AWS.opensearchDomain,
  severity: 'high',
  categories: ['network'],
  rationale:
    'A domain with a public endpoint can be reached from anywhere on the internet, so its access policy is the only ' +
    'barrier; a single over-broad statement or leaked credential exposes every index. A VPC domain adds security ' +
    'groups and private addressing in front of it.',
  remediation: {
    steps: [
      'Create a new domain with VPC access (subnets in several Availability Zones and a restrictive security group).',
      'Migrate the data with a snapshot restore or reindex, then delete the public domain (VPC access cannot be added to an existing public domain).',
    ],
    cli: 'aws opensearch create-domain --domain-name <new-name> --engine-version OpenSearch_2.11 --vpc-options SubnetIds=<subnet-1>,<subnet-2>,SecurityGroupIds=<sg-id>',
    terraform: 'aws_opensearch_domain: vpc_options { subnet_ids = [...], security_group_ids = [...] }',
    references: [
      'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/vpc.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/opensearch-controls.html',
    ],
  },
  evaluate(domain, result) {
    const name = domain.attributes.domainName
    const vpc = known(domain.attributes.vpc, `network configuration of domain ${name}`)
    return vpc
      ? result.pass(`Domain ${name} is in VPC ${vpc.vpcId ?? '(id not reported)'} (subnets ${vpc.subnetIds.join(', ') || 'not reported'}).`)
      : result.fail(`Domain ${name} has a public endpoint reachable from the internet (no VPC access).`)
  },
})
