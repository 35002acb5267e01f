import check from './aws-iam-user-inline-policy-no-full-admin.js'
import { describeInlineAdminCheck, user } from '../../_shared/iam-testing.js'

describeInlineAdminCheck(check, (inline) => user({ inlinePolicies: inline }), 'iam:ListUserPolicies')
