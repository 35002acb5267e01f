import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type AccessAnalyzersAttributes } from '../../../normalize/aws/types.js'

// External-access analyzers; *_UNUSED_ACCESS and *_INTERNAL_ACCESS analyzers do not report external sharing.
const EXTERNAL_ACCESS_TYPES = new Set(['ACCOUNT', 'ORGANIZATION'])

/** Each region needs an active external-access IAM Access Analyzer (CIS AWS Foundations 2.18). */
export default defineCheck<AccessAnalyzersAttributes>({
  id: 'aws-accessanalyzer-enabled',
  title: 'IAM Access Analyzer has an active external-access analyzer in the region',
  resourceType: AWS.accessAnalyzers,
  severity: 'medium',
  categories: ['threat-detection'],
  rationale:
    'IAM Access Analyzer finds buckets, keys, roles, queues and other resources shared outside the account or organization; ' +
    'it only analyzes the region it runs in, so a region without an analyzer hides unintended public or cross-account access.',
  remediation: {
    steps: ['Create an analyzer of type ACCOUNT (or ORGANIZATION from the delegated administrator) in every region in use.'],
    cli: 'aws accessanalyzer create-analyzer --analyzer-name default --type ACCOUNT --region <region>',
    terraform: 'aws_accessanalyzer_analyzer with type = "ACCOUNT" (or "ORGANIZATION"), one per region provider.',
    references: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-getting-started.html',
      'https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_ListAnalyzers.html',
    ],
  },
  evaluate(res, result) {
    const region = res.region
    const analyzers = known(res.attributes.analyzers, `IAM Access Analyzer analyzers in ${region}`)
    const external = analyzers.filter((a) => EXTERNAL_ACCESS_TYPES.has(a.type))
    const active = external.find((a) => a.status === 'ACTIVE')
    if (active) return result.pass(`Analyzer ${active.name} (${active.type}) is active in ${region}.`)
    if (external.length === 0) return result.fail(`No external-access IAM Access Analyzer exists in ${region}.`)
    const seen = external.map((a) => `${a.name} is ${a.status}`).join(', ')
    return result.fail(`No external-access analyzer is active in ${region}: ${seen}.`)
  },
})
