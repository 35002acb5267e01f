/** Test fixtures shared by the wafv2 checks' tests (not a check). */
import { AWS, type Wafv2WebAclAttributes } from '../../../normalize/aws/types.js'
import { awsFixture } from '../../_shared/testing.js'

export const acl = (attrs: Partial<Wafv2WebAclAttributes>) =>
  awsFixture<Wafv2WebAclAttributes>(AWS.wafv2WebAcl, {
    name: 'edge',
    id: 'a1b2c3d4-5678-90ab-cdef-EXAMPLE11111',
    scope: 'REGIONAL',
    defaultAction: 'ALLOW',
    rules: [{ name: 'common', priority: 0, kind: 'managed-rule-group', metricsEnabled: true }],
    metricsEnabled: true,
    logging: { destinations: ['arn:aws:logs:us-east-1:111122223333:log-group:aws-waf-logs-edge'] },
    ...attrs,
  })
