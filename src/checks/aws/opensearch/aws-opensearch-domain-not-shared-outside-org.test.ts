import check from './aws-opensearch-domain-not-shared-outside-org.js'
import { domainFixture } from './fixtures.js'
import { describeCrossAccountPolicyCheck } from '../../_shared/cross-account-testing.js'

describeCrossAccountPolicyCheck(check, {
  resource: 'arn:aws:es:us-east-1:111122223333:domain/orders-search/*',
  action: 'es:ESHttpGet',
  fixture: (policy) => domainFixture({ policy }),
})
