import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type EcrRepositoryAttributes } from '../../../normalize/aws/types.js'

/** Repositories should expire old and untagged images with a lifecycle policy. */
export default defineCheck<EcrRepositoryAttributes>({
  id: 'aws-ecr-repository-lifecycle-policy',
  title: 'ECR repository has a lifecycle policy with at least one rule',
  resourceType: AWS.ecrRepository,
  severity: 'low',
  categories: ['patching'],
  rationale:
    'Without a lifecycle policy, every image ever pushed stays pullable: old images with known vulnerabilities remain available to ' +
    'deploy by mistake and keep showing up in findings, and storage grows without bound.',
  remediation: {
    steps: ['Add a lifecycle policy that expires untagged images after some days and keeps a bounded number of tagged releases.'],
    cli: 'aws ecr put-lifecycle-policy --repository-name <name> --lifecycle-policy-text file://lifecycle.json',
    terraform: 'aws_ecr_lifecycle_policy: policy = jsonencode({ rules = [ ... ] }) for the repository.',
    references: [
      'https://docs.aws.amazon.com/AmazonECR/latest/userguide/LifecyclePolicies.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ecr-controls.html#ecr-3',
    ],
  },
  evaluate(repo, result) {
    const name = repo.attributes.repositoryName
    const policy = known(repo.attributes.lifecyclePolicy, `lifecycle policy of ${name}`)
    if (policy === null) return result.fail(`Repository ${name} has no lifecycle policy.`)
    return policy.ruleCount > 0
      ? result.pass(`Repository ${name} has a lifecycle policy with ${policy.ruleCount} rule(s).`)
      : result.fail(`Repository ${name} has a lifecycle policy without rules.`)
  },
})
