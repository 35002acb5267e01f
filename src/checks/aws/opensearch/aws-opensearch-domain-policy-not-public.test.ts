import check from './aws-opensearch-domain-policy-not-public.js'
import { domainFixture } from './fixtures.js'
import { describePublicPolicyCheck } from '../../_shared/resource-policy-testing.js'

describePublicPolicyCheck(check, {
  resource: 'arn:aws:es:us-east-1:111122223333:domain/orders-search/*',
  action: 'es:ESHttpGet',
  fixture: (policy) => domainFixture({ policy }),
})
