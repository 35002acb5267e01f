import check from './aws-iam-role-inline-policy-no-full-admin.js'
import { describeInlineAdminCheck, role } from '../../_shared/iam-testing.js'

describeInlineAdminCheck(check, (inline) => role({ inlinePolicies: inline }), 'iam:ListRolePolicies')
