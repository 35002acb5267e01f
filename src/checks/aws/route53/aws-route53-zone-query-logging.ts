import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type Route53HostedZoneAttributes } from '../../../normalize/aws/types.js'

/** Public hosted zones should log the DNS queries Route 53 answers for them. */
export default defineCheck<Route53HostedZoneAttributes>({
  id: 'aws-route53-zone-query-logging',
  title: 'Route 53 public hosted zone logs DNS queries to CloudWatch Logs',
  resourceType: AWS.route53HostedZone,
  severity: 'medium',
  categories: ['logging'],
  rationale:
    'Query logs record which names were asked for, from which resolver and with what answer. They are the evidence for investigating ' +
    'subdomain takeover, DNS-based exfiltration or reconnaissance against the domain; without them that activity leaves no trace in the account.',
  remediation: {
    steps: [
      'Create a CloudWatch Logs log group in us-east-1 whose name starts with /aws/route53/, with a resource policy that lets route53.amazonaws.com write to it.',
      'Create a query logging configuration for the hosted zone that targets the log group, and set a retention period on the group.',
    ],
    cli: 'aws route53 create-query-logging-config --hosted-zone-id <zone-id> --cloud-watch-logs-log-group-arn arn:aws:logs:us-east-1:<account>:log-group:/aws/route53/<zone-name>',
    terraform: 'aws_route53_query_log: zone_id = <zone-id>, cloudwatch_log_group_arn = <log-group-arn>.',
    references: ['https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/query-logs.html'],
  },
  applies: (zone) => !zone.attributes.privateZone,
  evaluate(zone, result) {
    const name = zone.attributes.zoneName
    const groups = known(zone.attributes.queryLogGroups, `query logging configurations of hosted zone ${name}`) ?? []
    return groups.length > 0
      ? result.pass(`Public hosted zone ${name} logs queries to ${groups.join(', ')}.`)
      : result.fail(`Public hosted zone ${name} has no query logging configuration.`)
  },
})
