import check from './aws-iam-group-inline-policy-no-full-admin.js'
import { describeInlineAdminCheck, group } from '../../_shared/iam-testing.js'

describeInlineAdminCheck(check, (inline) => group({ inlinePolicies: inline }), 'iam:ListGroupPolicies')
