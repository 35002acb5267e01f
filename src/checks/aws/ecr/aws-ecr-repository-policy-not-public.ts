import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type EcrRepositoryAttributes } from '../../../normalize/aws/types.js'
import { resourcePolicyVerdict } from '../../_shared/resource-policy.js'

/** Repository policies must not let any principal pull, push or manage images. */
export default defineCheck<EcrRepositoryAttributes>({
  id: 'aws-ecr-repository-policy-not-public',
  title: 'ECR repository policy does not allow access to any principal',
  resourceType: AWS.ecrRepository,
  severity: 'critical',
  categories: ['data-exposure'],
  rationale:
    'A repository policy statement allowing Principal "*" without a restricting condition lets any AWS account pull the images ' +
    '(with the code, configuration and secrets baked into them) or, with push actions, replace them with malicious ones.',
  remediation: {
    steps: [
      'Remove Principal "*" from Allow statements, naming the accounts or roles that need access instead.',
      'Or keep it with a condition that limits who, such as aws:PrincipalOrgID.',
    ],
    cli: 'aws ecr set-repository-policy --repository-name <name> --policy-text file://restricted-policy.json',
    terraform: 'aws_ecr_repository_policy: replace principals "*" with named accounts, or add a condition on aws:PrincipalOrgID.',
    references: [
      'https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policies.html',
      'https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policy-examples.html',
    ],
  },
  evaluate: (r, result, ctx) => resourcePolicyVerdict(r, `repository ${r.attributes.repositoryName}`, result, ctx),
})
