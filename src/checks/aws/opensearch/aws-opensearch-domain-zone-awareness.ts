import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type OpenSearchDomainAttributes } from '../../../normalize/aws/types.js'

/** Zone awareness spreads nodes and replica shards over Availability Zones. */
export default defineCheck<OpenSearchDomainAttributes>({
  id: 'aws-opensearch-domain-zone-awareness',
  title: 'OpenSearch domain has zone awareness enabled',
  resourceType: AWS.opensearchDomain,
  severity: 'low',
  categories: ['resilience'],
  rationale:
    'Without zone awareness all data nodes sit in one Availability Zone, so a zone outage makes the domain ' +
    'unavailable and can lose unreplicated shards; with it, replicas are placed in another zone.',
  remediation: {
    steps: [
      'Use at least two data nodes (three for three zones) and enable zone awareness with 2 or 3 Availability Zones.',
      'Keep at least one replica per index.',
    ],
    cli: "aws opensearch update-domain-config --domain-name <domain> --cluster-config 'InstanceCount=3,ZoneAwarenessEnabled=true,ZoneAwarenessConfig={AvailabilityZoneCount=3}'",
    terraform: 'aws_opensearch_domain: cluster_config { zone_awareness_enabled = true, zone_awareness_config { availability_zone_count = 3 } }',
    references: ['https://docs.aws.amazon.com/opensearch-service/latest/developerguide/managedomains-multiaz.html'],
  },
  evaluate(domain, result) {
    const name = domain.attributes.domainName
    return known(domain.attributes.zoneAwareness, `cluster configuration of domain ${name}`)
      ? result.pass(`Domain ${name} spreads its nodes over several Availability Zones.`)
      : result.fail(`Domain ${name} runs in a single Availability Zone (zone awareness disabled).`)
  },
})
