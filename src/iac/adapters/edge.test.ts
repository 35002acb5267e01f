/**
 * Edge adapters end to end: every fixture under test/fixtures/iac/<service>/ goes through the whole `posture iac`
 * pipeline, and each check of the edge types gives exactly the verdicts, addresses and block lines listed here.
 * Checks that code cannot decide are asserted as not evaluated, with the reason.
 */
import { X509Certificate } from 'node:crypto'
import { iacResource } from '../../scan/iac-adapter-testing.js'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { isUnknown } from '../../core/unknown.js'
import type { Status } from '../../core/finding.js'
import type { OpenSearchDomainAttributes, TrailAttributes, Wafv2WebAclAttributes } from '../../normalize/aws/types.js'
import { scanFixtures, verdicts } from '../../scan/iac-testing.js'
import { adaptAll } from '../adapt.js'
import type { IacResource } from '../model.js'
import { adapters } from './edge.js'

interface FixtureCase {
  name: string
  path: string
  expected: Record<string, [string, Status, number][]>
}

/** Before the imported fixture certificate's window, so every run sees it with months left. */
const ACM_NOW = new Date('2026-01-01T00:00:00Z')

const CASES: FixtureCase[] = [
  {
    name: 'CloudFront (Terraform)',
    path: 'test/fixtures/iac/cloudfront/terraform',
    expected: {
      'aws-cloudfront-default-root-object-set': [
        ['aws_cloudfront_distribution.open', 'fail', 5],
        ['aws_cloudfront_distribution.closed', 'pass', 87],
      ],
      'aws-cloudfront-logging-enabled': [
        ['aws_cloudfront_distribution.open', 'fail', 5],
        ['aws_cloudfront_distribution.closed', 'pass', 87],
        ['aws_cloudfront_distribution.draft', 'fail', 151],
      ],
      'aws-cloudfront-origin-https-only': [
        ['aws_cloudfront_distribution.open', 'fail', 5],
        ['aws_cloudfront_distribution.closed', 'pass', 87],
      ],
      'aws-cloudfront-origin-tls-current': [
        ['aws_cloudfront_distribution.open', 'fail', 5],
        ['aws_cloudfront_distribution.closed', 'pass', 87],
      ],
      'aws-cloudfront-s3-origin-access-restricted': [
        ['aws_cloudfront_distribution.open', 'fail', 5],
        ['aws_cloudfront_distribution.closed', 'pass', 87],
        ['aws_cloudfront_distribution.draft', 'pass', 151],
      ],
      'aws-cloudfront-viewer-https-required': [
        ['aws_cloudfront_distribution.open', 'fail', 5],
        ['aws_cloudfront_distribution.closed', 'pass', 87],
        ['aws_cloudfront_distribution.draft', 'pass', 151],
      ],
      'aws-cloudfront-viewer-tls-current': [
        ['aws_cloudfront_distribution.open', 'fail', 5],
        ['aws_cloudfront_distribution.closed', 'pass', 87],
        ['aws_cloudfront_distribution.draft', 'pass', 151],
      ],
      'aws-cloudfront-waf-web-acl-attached': [
        ['aws_cloudfront_distribution.open', 'fail', 5],
        ['aws_cloudfront_distribution.closed', 'pass', 87],
      ],
    },
  },
  {
    name: 'CloudFront (CloudFormation)',
    path: 'test/fixtures/iac/cloudfront/cloudformation',
    expected: {
      'aws-cloudfront-default-root-object-set': [
        ['OpenDistribution', 'fail', 10],
        ['ClosedDistribution', 'pass', 51],
      ],
      'aws-cloudfront-logging-enabled': [
        ['OpenDistribution', 'fail', 10],
        ['ClosedDistribution', 'pass', 51],
      ],
      'aws-cloudfront-origin-https-only': [
        ['OpenDistribution', 'fail', 10],
        ['ClosedDistribution', 'pass', 51],
        ['DraftDistribution', 'pass', 87],
      ],
      'aws-cloudfront-origin-tls-current': [
        ['OpenDistribution', 'fail', 10],
        ['ClosedDistribution', 'pass', 51],
        ['DraftDistribution', 'fail', 87],
      ],
      'aws-cloudfront-s3-origin-access-restricted': [
        ['OpenDistribution', 'fail', 10],
        ['ClosedDistribution', 'pass', 51],
      ],
      'aws-cloudfront-viewer-https-required': [
        ['OpenDistribution', 'fail', 10],
        ['ClosedDistribution', 'pass', 51],
        ['DraftDistribution', 'pass', 87],
      ],
      'aws-cloudfront-viewer-tls-current': [
        ['OpenDistribution', 'fail', 10],
        ['ClosedDistribution', 'pass', 51],
        ['DraftDistribution', 'pass', 87],
      ],
      'aws-cloudfront-waf-web-acl-attached': [
        ['OpenDistribution', 'fail', 10],
        ['ClosedDistribution', 'pass', 51],
      ],
    },
  },
  {
    name: 'API Gateway (Terraform)',
    path: 'test/fixtures/iac/apigateway/terraform',
    expected: {
      'aws-apigateway-domain-tls12': [
        ['aws_api_gateway_domain_name.legacy', 'fail', 106],
        ['aws_api_gateway_domain_name.current', 'pass', 115],
      ],
      'aws-apigateway-http-route-authorization': [
        ['aws_apigatewayv2_api.open', 'fail', 125],
        ['aws_apigatewayv2_api.closed', 'pass', 136],
      ],
      'aws-apigateway-http-stage-access-logging': [
        ['aws_apigatewayv2_stage.open', 'fail', 131],
        ['aws_apigatewayv2_stage.closed', 'pass', 152],
      ],
      'aws-apigateway-rest-api-authorization': [
        ['aws_api_gateway_rest_api.open', 'fail', 5],
        ['aws_api_gateway_rest_api.closed', 'pass', 42],
      ],
      'aws-apigateway-stage-access-logging': [
        ['aws_api_gateway_stage.open', 'fail', 22],
        ['aws_api_gateway_stage.closed', 'pass', 74],
      ],
      'aws-apigateway-stage-cache-encrypted': [
        ['aws_api_gateway_stage.open', 'fail', 22],
        ['aws_api_gateway_stage.closed', 'pass', 74],
      ],
      'aws-apigateway-stage-client-certificate': [
        ['aws_api_gateway_stage.open', 'fail', 22],
        ['aws_api_gateway_stage.closed', 'pass', 74],
      ],
      'aws-apigateway-stage-execution-logging': [
        ['aws_api_gateway_stage.open', 'fail', 22],
        ['aws_api_gateway_stage.closed', 'pass', 74],
      ],
      'aws-apigateway-stage-waf-enabled': [
        ['aws_api_gateway_stage.open', 'fail', 22],
        ['aws_api_gateway_stage.closed', 'pass', 74],
      ],
      'aws-apigateway-stage-xray-tracing': [
        ['aws_api_gateway_stage.open', 'fail', 22],
        ['aws_api_gateway_stage.closed', 'pass', 74],
      ],
    },
  },
  {
    name: 'API Gateway (CloudFormation)',
    path: 'test/fixtures/iac/apigateway/cloudformation',
    expected: {
      'aws-apigateway-domain-tls12': [
        ['LegacyDomain', 'fail', 51],
        ['CurrentDomain', 'pass', 58],
      ],
      'aws-apigateway-http-route-authorization': [
        ['OpenHttpApi', 'fail', 66],
        ['ClosedHttpApi', 'pass', 77],
      ],
      'aws-apigateway-http-stage-access-logging': [
        ['OpenHttpStage', 'fail', 72],
        ['ClosedHttpStage', 'pass', 99],
      ],
      'aws-apigateway-rest-api-authorization': [
        ['OpenApi', 'fail', 4],
        ['ClosedApi', 'pass', 4],
      ],
      'aws-apigateway-stage-access-logging': [
        ['OpenStage', 'fail', 37],
        ['ClosedStage', 'pass', 43],
      ],
      'aws-apigateway-stage-cache-encrypted': [
        ['OpenStage', 'fail', 37],
        ['ClosedStage', 'pass', 43],
      ],
      'aws-apigateway-stage-client-certificate': [
        ['OpenStage', 'fail', 37],
        ['ClosedStage', 'pass', 43],
      ],
      'aws-apigateway-stage-execution-logging': [
        ['OpenStage', 'fail', 37],
        ['ClosedStage', 'pass', 43],
      ],
      // ClosedStage's association names it through a Fn::Sub that resolves only at deploy: not evaluated.
      'aws-apigateway-stage-waf-enabled': [['OpenStage', 'fail', 37]],
      'aws-apigateway-stage-xray-tracing': [
        ['OpenStage', 'fail', 37],
        ['ClosedStage', 'pass', 43],
      ],
    },
  },
  {
    name: 'WAFv2 (Terraform)',
    path: 'test/fixtures/iac/wafv2/terraform',
    expected: {
      'aws-wafv2-web-acl-has-rules': [
        ['aws_wafv2_web_acl.open', 'fail', 5],
        ['aws_wafv2_web_acl.guarded', 'pass', 20],
        ['aws_wafv2_web_acl.quiet', 'pass', 67],
      ],
      'aws-wafv2-web-acl-logging-enabled': [
        ['aws_wafv2_web_acl.open', 'fail', 5],
        ['aws_wafv2_web_acl.guarded', 'pass', 20],
        ['aws_wafv2_web_acl.quiet', 'fail', 67],
      ],
      'aws-wafv2-web-acl-metrics-enabled': [
        ['aws_wafv2_web_acl.open', 'fail', 5],
        ['aws_wafv2_web_acl.guarded', 'pass', 20],
        ['aws_wafv2_web_acl.quiet', 'fail', 67],
      ],
    },
  },
  {
    name: 'WAFv2 (CloudFormation)',
    path: 'test/fixtures/iac/wafv2/cloudformation',
    expected: {
      'aws-wafv2-web-acl-has-rules': [
        ['OpenAcl', 'fail', 8],
        ['GuardedAcl', 'pass', 19],
        ['QuietAcl', 'pass', 61],
      ],
      'aws-wafv2-web-acl-logging-enabled': [
        ['OpenAcl', 'fail', 8],
        ['GuardedAcl', 'pass', 19],
        ['QuietAcl', 'fail', 61],
        ['DeployTimeAcl', 'fail', 84],
      ],
      'aws-wafv2-web-acl-metrics-enabled': [
        ['OpenAcl', 'fail', 8],
        ['GuardedAcl', 'pass', 19],
        ['QuietAcl', 'fail', 61],
      ],
    },
  },
  {
    name: 'Route 53 (Terraform)',
    path: 'test/fixtures/iac/route53/terraform',
    expected: {
      'aws-route53-zone-dnssec-signing': [
        ['aws_route53_zone.plain', 'fail', 5],
        ['aws_route53_zone.signed', 'pass', 9],
        ['aws_route53_zone.paused', 'fail', 33],
      ],
      'aws-route53-zone-query-logging': [
        ['aws_route53_zone.plain', 'fail', 5],
        ['aws_route53_zone.signed', 'pass', 9],
        ['aws_route53_zone.paused', 'fail', 33],
      ],
    },
  },
  {
    name: 'Route 53 (CloudFormation)',
    path: 'test/fixtures/iac/route53/cloudformation',
    expected: {
      'aws-route53-zone-dnssec-signing': [
        ['PlainZone', 'fail', 4],
        ['SignedZone', 'pass', 13],
      ],
      'aws-route53-zone-query-logging': [
        ['PlainZone', 'fail', 4],
        ['SignedZone', 'pass', 13],
      ],
    },
  },
  {
    name: 'ACM (Terraform)',
    path: 'test/fixtures/iac/acm/terraform',
    expected: {
      'aws-acm-certificate-in-use-valid': [
        ['aws_acm_certificate.hidden', 'pass', 5],
        ['aws_acm_certificate.public', 'pass', 14],
        ['aws_acm_certificate.legacy', 'pass', 25],
      ],
      'aws-acm-certificate-key-strength': [
        ['aws_acm_certificate.hidden', 'pass', 5],
        ['aws_acm_certificate.public', 'pass', 14],
        ['aws_acm_certificate.legacy', 'fail', 25],
      ],
      'aws-acm-certificate-not-expiring-soon': [['aws_acm_certificate.legacy', 'pass', 25]],
      'aws-acm-certificate-transparency-logging-enabled': [
        ['aws_acm_certificate.hidden', 'fail', 5],
        ['aws_acm_certificate.public', 'pass', 14],
      ],
    },
  },
  {
    name: 'ACM (CloudFormation)',
    path: 'test/fixtures/iac/acm/cloudformation',
    expected: {
      'aws-acm-certificate-in-use-valid': [
        ['HiddenCertificate', 'pass', 4],
        ['PublicCertificate', 'pass', 10],
        ['DefaultCertificate', 'pass', 17],
      ],
      'aws-acm-certificate-key-strength': [
        ['HiddenCertificate', 'pass', 4],
        ['PublicCertificate', 'pass', 10],
        ['DefaultCertificate', 'pass', 17],
      ],
      'aws-acm-certificate-transparency-logging-enabled': [
        ['HiddenCertificate', 'fail', 4],
        ['PublicCertificate', 'pass', 10],
        ['DefaultCertificate', 'pass', 17],
      ],
    },
  },
  {
    name: 'CloudTrail (Terraform)',
    path: 'test/fixtures/iac/cloudtrail/terraform',
    expected: {
      'aws-cloudtrail-cloudwatch-logs-integrated': [
        ['aws_cloudtrail.plain', 'fail', 9],
        ['aws_cloudtrail.audit', 'pass', 35],
      ],
      'aws-cloudtrail-kms-encryption-enabled': [
        ['aws_cloudtrail.plain', 'fail', 9],
        ['aws_cloudtrail.audit', 'pass', 35],
      ],
      'aws-cloudtrail-log-file-validation-enabled': [
        ['aws_cloudtrail.plain', 'fail', 9],
        ['aws_cloudtrail.audit', 'pass', 35],
      ],
      'aws-cloudtrail-s3-bucket-access-logging-enabled': [
        ['aws_cloudtrail.plain', 'fail', 9],
        ['aws_cloudtrail.audit', 'pass', 35],
      ],
      'aws-cloudtrail-trail-logging': [
        ['aws_cloudtrail.plain', 'fail', 9],
        ['aws_cloudtrail.audit', 'pass', 35],
      ],
    },
  },
  {
    name: 'CloudTrail (CloudFormation)',
    path: 'test/fixtures/iac/cloudtrail/cloudformation',
    expected: {
      'aws-cloudtrail-cloudwatch-logs-integrated': [
        ['PlainTrail', 'fail', 8],
        ['AuditTrail', 'pass', 31],
      ],
      'aws-cloudtrail-kms-encryption-enabled': [
        ['PlainTrail', 'fail', 8],
        ['AuditTrail', 'pass', 31],
      ],
      'aws-cloudtrail-log-file-validation-enabled': [
        ['PlainTrail', 'fail', 8],
        ['AuditTrail', 'pass', 31],
      ],
      'aws-cloudtrail-s3-bucket-access-logging-enabled': [
        ['PlainTrail', 'fail', 8],
        ['AuditTrail', 'pass', 31],
      ],
      'aws-cloudtrail-trail-logging': [
        ['PlainTrail', 'fail', 8],
        ['AuditTrail', 'pass', 31],
      ],
    },
  },
  {
    name: 'CloudFormation stacks (Terraform)',
    path: 'test/fixtures/iac/cloudformation/terraform',
    expected: {
      'aws-cloudformation-stack-no-drift': [
        ['aws_cloudformation_stack.bare', 'pass', 5],
        ['aws_cloudformation_stack.managed', 'pass', 14],
      ],
      'aws-cloudformation-stack-notifications-configured': [
        ['aws_cloudformation_stack.bare', 'fail', 5],
        ['aws_cloudformation_stack.managed', 'pass', 14],
      ],
      'aws-cloudformation-stack-service-role-configured': [
        ['aws_cloudformation_stack.bare', 'fail', 5],
        ['aws_cloudformation_stack.managed', 'pass', 14],
      ],
      'aws-cloudformation-stack-termination-protection-enabled': [
        ['aws_cloudformation_stack.bare', 'fail', 5],
        ['aws_cloudformation_stack.managed', 'fail', 14],
      ],
    },
  },
  {
    name: 'CloudFormation stacks (CloudFormation)',
    path: 'test/fixtures/iac/cloudformation/cloudformation',
    expected: {
      'aws-cloudformation-stack-no-drift': [['NetworkStack', 'pass', 4]],
    },
  },
  {
    name: 'OpenSearch (Terraform)',
    path: 'test/fixtures/iac/opensearch/terraform',
    expected: {
      'aws-opensearch-domain-audit-logs': [
        ['aws_opensearch_domain.open', 'fail', 5],
        ['aws_opensearch_domain.closed', 'pass', 43],
        ['aws_elasticsearch_domain.legacy', 'fail', 101],
      ],
      'aws-opensearch-domain-dedicated-master': [
        ['aws_opensearch_domain.open', 'fail', 5],
        ['aws_opensearch_domain.closed', 'pass', 43],
        ['aws_elasticsearch_domain.legacy', 'fail', 101],
      ],
      'aws-opensearch-domain-encrypted-at-rest': [
        ['aws_opensearch_domain.open', 'fail', 5],
        ['aws_opensearch_domain.closed', 'pass', 43],
        ['aws_elasticsearch_domain.legacy', 'fail', 101],
      ],
      'aws-opensearch-domain-fine-grained-access': [
        ['aws_opensearch_domain.open', 'fail', 5],
        ['aws_opensearch_domain.closed', 'pass', 43],
        ['aws_elasticsearch_domain.legacy', 'fail', 101],
      ],
      'aws-opensearch-domain-https-tls12': [
        ['aws_opensearch_domain.open', 'fail', 5],
        ['aws_opensearch_domain.closed', 'pass', 43],
        ['aws_elasticsearch_domain.legacy', 'fail', 101],
      ],
      'aws-opensearch-domain-in-vpc': [
        ['aws_opensearch_domain.open', 'fail', 5],
        ['aws_opensearch_domain.closed', 'pass', 43],
        ['aws_elasticsearch_domain.legacy', 'pass', 101],
      ],
      'aws-opensearch-domain-node-to-node-encryption': [
        ['aws_opensearch_domain.open', 'fail', 5],
        ['aws_opensearch_domain.closed', 'pass', 43],
        ['aws_elasticsearch_domain.legacy', 'fail', 101],
      ],
      'aws-opensearch-domain-not-shared-outside-org': [
        ['aws_opensearch_domain.open', 'pass', 5],
        ['aws_opensearch_domain.closed', 'pass', 43],
        ['aws_elasticsearch_domain.legacy', 'pass', 101],
      ],
      'aws-opensearch-domain-policy-not-public': [
        ['aws_opensearch_domain.open', 'fail', 5],
        ['aws_opensearch_domain.closed', 'pass', 43],
        ['aws_elasticsearch_domain.legacy', 'pass', 101],
      ],
      'aws-opensearch-domain-zone-awareness': [
        ['aws_opensearch_domain.open', 'fail', 5],
        ['aws_opensearch_domain.closed', 'pass', 43],
        ['aws_elasticsearch_domain.legacy', 'fail', 101],
      ],
    },
  },
  {
    name: 'OpenSearch (CloudFormation)',
    path: 'test/fixtures/iac/opensearch/cloudformation',
    expected: {
      'aws-opensearch-domain-audit-logs': [
        ['OpenDomain', 'fail', 4],
        ['ClosedDomain', 'pass', 31],
        ['LegacyDomain', 'fail', 67],
      ],
      'aws-opensearch-domain-dedicated-master': [
        ['OpenDomain', 'fail', 4],
        ['ClosedDomain', 'pass', 31],
        ['LegacyDomain', 'fail', 67],
      ],
      'aws-opensearch-domain-encrypted-at-rest': [
        ['OpenDomain', 'fail', 4],
        ['ClosedDomain', 'pass', 31],
        ['LegacyDomain', 'fail', 67],
      ],
      'aws-opensearch-domain-fine-grained-access': [
        ['OpenDomain', 'fail', 4],
        ['ClosedDomain', 'pass', 31],
        ['LegacyDomain', 'fail', 67],
      ],
      'aws-opensearch-domain-https-tls12': [
        ['OpenDomain', 'fail', 4],
        ['ClosedDomain', 'pass', 31],
      ],
      'aws-opensearch-domain-in-vpc': [
        ['OpenDomain', 'fail', 4],
        ['ClosedDomain', 'pass', 31],
        ['LegacyDomain', 'fail', 67],
      ],
      'aws-opensearch-domain-node-to-node-encryption': [
        ['OpenDomain', 'fail', 4],
        ['ClosedDomain', 'pass', 31],
        ['LegacyDomain', 'fail', 67],
      ],
      'aws-opensearch-domain-not-shared-outside-org': [
        ['OpenDomain', 'pass', 4],
        ['ClosedDomain', 'pass', 31],
      ],
      'aws-opensearch-domain-policy-not-public': [
        ['OpenDomain', 'fail', 4],
        ['ClosedDomain', 'pass', 31],
        ['LegacyDomain', 'pass', 67],
      ],
      'aws-opensearch-domain-zone-awareness': [
        ['OpenDomain', 'fail', 4],
        ['ClosedDomain', 'pass', 31],
        ['LegacyDomain', 'fail', 67],
      ],
    },
  },
]

const EDGE_PREFIXES = [
  'aws-cloudfront-',
  'aws-apigateway-',
  'aws-wafv2-',
  'aws-route53-',
  'aws-acm-',
  'aws-cloudtrail-',
  'aws-cloudformation-',
  'aws-opensearch-',
]
const isEdge = (checkId: string): boolean => EDGE_PREFIXES.some((p) => checkId.startsWith(p))

describe('edge fixtures', () => {
  it.each(CASES)('$name: exact verdicts of every edge check', async ({ path, expected }) => {
    const { findings, report } = await scanFixtures(path, path.includes('/acm/') ? { now: ACM_NOW } : {})
    // Fixture directories are named like the checks' service: test/fixtures/iac/<service>/<language>.
    const prefix = `aws-${path.split('/')[3]}-`
    const seen = [...new Set(findings.filter((f) => f.checkId.startsWith(prefix)).map((f) => f.checkId))].sort()
    expect(seen).toEqual(Object.keys(expected).sort())
    for (const [checkId, triples] of Object.entries(expected)) expect([checkId, verdicts(findings, checkId)]).toEqual([checkId, triples])
    expect(report.iac.problems).toEqual([])
  })

  it('keeps values known only at deploy unevaluated (CloudFormation condition on a parameter without default)', async () => {
    const { report } = await scanFixtures('test/fixtures/iac/cloudfront/cloudformation')
    expect(report.iac.notEvaluated.map((n) => [n.checkId, n.location.address, n.location.startLine])).toEqual([
      ['aws-cloudfront-logging-enabled', 'DraftDistribution', 87],
    ])
  })

  it('keeps a Terraform variable without value unevaluated instead of failing the root object check', async () => {
    const { findings, report } = await scanFixtures('test/fixtures/iac/cloudfront/terraform')
    expect(verdicts(findings, 'aws-cloudfront-default-root-object-set').map(([a]) => a)).not.toContain('aws_cloudfront_distribution.draft')
    expect(report.iac.notEvaluated.map((n) => [n.checkId, n.location.address, n.reason])).toEqual([
      ['aws-cloudfront-default-root-object-set', 'aws_cloudfront_distribution.draft', 'var.root_object has no value'],
    ])
  })

  it('does not evaluate WAF rules a template takes from a parameter without default', async () => {
    const { report } = await scanFixtures('test/fixtures/iac/wafv2/cloudformation')
    expect(report.iac.notEvaluated.map((n) => [n.checkId, n.location.address])).toEqual([
      ['aws-wafv2-web-acl-has-rules', 'DeployTimeAcl'],
      ['aws-wafv2-web-acl-metrics-enabled', 'DeployTimeAcl'],
    ])
  })

  it.each([
    [
      'test/fixtures/iac/route53/terraform',
      ['aws_route53_zone.plain', 'aws_route53_zone.signed', 'aws_route53_zone.paused', 'aws_route53_zone.internal'],
    ],
    ['test/fixtures/iac/route53/cloudformation', ['PlainZone', 'SignedZone', 'InternalZone']],
  ])('%s: dangling records are a fact about the account, never judged from code', async (path, zones) => {
    const { findings, report } = await scanFixtures(path)
    expect(verdicts(findings, 'aws-route53-zone-no-dangling-records')).toEqual([])
    const skipped = report.iac.notEvaluated.filter((n) => n.checkId === 'aws-route53-zone-no-dangling-records')
    expect(skipped.map((n) => n.location.address)).toEqual(zones)
    expect(skipped.every((n) => n.reason.includes('not known from code'))).toBe(true)
  })

  it.each(['test/fixtures/iac/cloudformation/terraform', 'test/fixtures/iac/cloudformation/cloudformation'])(
    '%s: stack outputs exist only after apply',
    async (path) => {
      const { report } = await scanFixtures(path)
      const skipped = report.iac.notEvaluated.filter((n) => n.checkId === 'aws-cloudformation-stack-outputs-no-secrets')
      expect(skipped.length).toBeGreaterThan(0)
      expect(skipped.every((n) => n.reason.includes('known only after apply: stack output values'))).toBe(true)
    },
  )

  it('fails an imported certificate within 30 days of the expiry written in its PEM', async () => {
    const pem = readFileSync('test/fixtures/iac/acm/terraform/legacy.pem', 'utf8')
    const expiry = new Date(new X509Certificate(pem).validTo)
    const { findings } = await scanFixtures('test/fixtures/iac/acm/terraform', { now: new Date(expiry.getTime() - 10 * 86_400_000) })
    expect(verdicts(findings, 'aws-acm-certificate-not-expiring-soon')).toEqual([['aws_acm_certificate.legacy', 'fail', 25]])
  })

  it('reports no ERROR for edge checks (cross-account sharing, which code cannot decide, is set aside as not evaluated)', async () => {
    const errors: string[] = []
    for (const { path } of CASES) {
      const { report } = await scanFixtures(path, path.includes('/acm/') ? { now: ACM_NOW } : {})
      for (const f of report.findings) if (isEdge(f.checkId) && f.status === 'error') errors.push(`${f.checkId} ${f.location?.address ?? ''}`)
    }
    expect(errors).toEqual([])
  })
})

// ---------------------------------------------------------------- adapters on hand-built plan values

function tf(type: string, address: string, values: Record<string, unknown>): IacResource {
  return iacResource('terraform', type, address, values, { unit: 'plan', endLine: 2 })
}

function adapt(resources: IacResource[]) {
  return adaptAll(resources, adapters).resources
}

describe('edge adapters on plan-shaped values', () => {
  it('keeps an OpenSearch setting known only after apply Unknown, and defaults what is left out', () => {
    const [domain] = adapt([
      tf('aws_opensearch_domain', 'aws_opensearch_domain.d', {
        domain_name: 'logs',
        encrypt_at_rest: [{ enabled: { $unknown: 'known only after apply: var.encrypt' } }],
        domain_endpoint_options: [{ enforce_https: true }],
      }),
    ])
    const a = domain!.attributes as OpenSearchDomainAttributes
    expect(isUnknown(a.encryptionAtRest)).toBe(true)
    expect(a.nodeToNodeEncryption).toBe(false)
    expect(a.enforceHttps).toBe(true)
    expect(isUnknown(a.tlsSecurityPolicy)).toBe(true)
    expect(a.vpc).toBeNull()
    expect(a.policy).toBeNull()
  })

  it('folds a logging configuration and a v6 rule group association into the web ACL', () => {
    const acl = tf('aws_wafv2_web_acl', 'aws_wafv2_web_acl.a', {
      name: 'a',
      scope: 'REGIONAL',
      default_action: [{ allow: [{}] }],
      visibility_config: [{ cloudwatch_metrics_enabled: true }],
    })
    const [normalized] = adapt([
      acl,
      tf('aws_wafv2_web_acl_logging_configuration', 'aws_wafv2_web_acl_logging_configuration.l', {
        resource_arn: { $ref: 'aws_wafv2_web_acl.a', attribute: 'arn' },
        log_destination_configs: ['arn:aws:firehose:eu-west-1:111122223333:deliverystream/aws-waf-logs-a'],
      }),
      tf('aws_wafv2_web_acl_rule_group_association', 'aws_wafv2_web_acl_rule_group_association.r', {
        rule_name: 'shared',
        priority: 5,
        web_acl_arn: { $ref: 'aws_wafv2_web_acl.a', attribute: 'arn' },
        rule_group_reference: [{ arn: 'arn:aws:wafv2:eu-west-1:111122223333:regional/rulegroup/shared/abc' }],
        visibility_config: [{ cloudwatch_metrics_enabled: false }],
      }),
    ])
    const a = normalized!.attributes as Wafv2WebAclAttributes
    expect(a.logging).toEqual({ destinations: ['arn:aws:firehose:eu-west-1:111122223333:deliverystream/aws-waf-logs-a'] })
    expect(a.rules).toEqual([{ name: 'shared', priority: 5, kind: 'rule-group', metricsEnabled: false }])
    expect(a.defaultAction).toBe('ALLOW')
  })

  it('links a trail to a bucket declared by literal name, and keeps an undeclared bucket as its ARN', () => {
    const bucket = tf('aws_s3_bucket', 'aws_s3_bucket.logs', { bucket: 'trail-logs' })
    const out = adapt([
      bucket,
      tf('aws_cloudtrail', 'aws_cloudtrail.declared', { name: 'declared', s3_bucket_name: 'trail-logs' }),
      tf('aws_cloudtrail', 'aws_cloudtrail.elsewhere', { name: 'elsewhere', s3_bucket_name: 'central-logs' }),
    ])
    const trails = out.filter((r) => r.type === 'aws.cloudtrail.trail')
    expect(trails.map((t) => t.relations)).toEqual([
      [{ kind: 'logs-to-bucket', target: 'tf:plan:aws_s3_bucket.logs' }],
      [{ kind: 'logs-to-bucket', target: 'arn:aws:s3:::central-logs' }],
    ])
    const a = trails[0]!.attributes as TrailAttributes
    expect(a.isLogging).toBe(true)
    expect(a.eventSelectors).toEqual({ managementEvents: 'All', s3DataEventsAllBuckets: { read: false, write: false } })
  })
})
