import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type OpenSearchDomainAttributes } from '../../../normalize/aws/types.js'

/** Audit logs record authentication and index access on the domain. */
export default defineCheck<OpenSearchDomainAttributes>({
  id: 'aws-opensearch-domain-audit-logs',
  title: 'OpenSearch domain publishes audit logs to CloudWatch Logs',
  resourceType: AWS.opensearchDomain,
  severity: 'medium',
  categories: ['logging'],
  rationale:
    'Without audit logs there is no record of who authenticated to the domain, which requests were denied, or which ' +
    'indexes and documents were read or changed, so data access through a stolen credential cannot be traced.',
  remediation: {
    steps: [
      'Enable fine-grained access control (audit logs require it).',
      'Publish AUDIT_LOGS to a CloudWatch Logs log group and enable audit logging in OpenSearch Dashboards (Security > Audit logs).',
    ],
    cli: "aws opensearch update-domain-config --domain-name <domain> --log-publishing-options 'AUDIT_LOGS={CloudWatchLogsLogGroupArn=<log-group-arn>,Enabled=true}'",
    terraform: 'aws_opensearch_domain: log_publishing_options { log_type = "AUDIT_LOGS", cloudwatch_log_group_arn = <arn>, enabled = true }',
    references: [
      'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/audit-logs.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/opensearch-controls.html',
    ],
  },
  evaluate(domain, result) {
    const name = domain.attributes.domainName
    return known(domain.attributes.auditLogs, `log publishing options of domain ${name}`)
      ? result.pass(`Domain ${name} publishes audit logs to CloudWatch Logs.`)
      : result.fail(`Domain ${name} does not publish audit logs.`)
  },
})
