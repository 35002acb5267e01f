import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type EcrRepositoryAttributes } from '../../../normalize/aws/types.js'
import { crossAccountPolicyVerdict } from '../../_shared/cross-account.js'

/** ECR repository policy does not grant accounts outside the organization (organization members and accounts declared trusted are fine). */
export default defineCheck<EcrRepositoryAttributes>({
  id: 'aws-ecr-repository-not-shared-outside-org',
  title: 'ECR repository policy does not grant accounts outside the organization',
  resourceType: AWS.ecrRepository,
  severity: 'high',
  categories: ['data-exposure'],
  rationale:
    'A repository policy naming another account lets its principals pull your images (code, dependencies and anything baked into layers) or, with push actions, replace the images your services deploy.',
  remediation: {
    steps: [
      'Remove statements granting principals of accounts outside your organization, or add an aws:PrincipalOrgID condition.',
      'For deliberate partner access, list the account under trustedAccounts in the Posture configuration so it is reviewed once, not on every scan.',
    ],
    cli: 'aws ecr set-repository-policy --repository-name <repository> --policy-text file://policy.json',
    terraform: 'aws_ecr_repository_policy: policy = a document whose AWS principals are accounts of your organization.',
    references: [
      'https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policy-examples.html',
      'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_introduction.html',
    ],
  },
  evaluate: (r, result, ctx) => crossAccountPolicyVerdict(r, `repository ${r.attributes.repositoryName}`, result, ctx),
})
