/**
 * Identity-group adapters end to end (IAM, Lambda, Cognito, EventBridge, Step Functions, Kinesis, Firehose): every
 * fixture directory goes through the whole `posture iac` pipeline, and each check of these resource types must give
 * exactly the verdicts below (address, status, start line of the resource block) and set aside exactly the listed
 * checks as not evaluated. Findings of other groups' checks (KMS keys, SQS queues used by the fixtures) are left to
 * their own tests. A grant to another account leaves the "shared outside the organization" checks not evaluated: code
 * cannot say which accounts belong to the organization.
 * Below the fixtures, adapter cases built by hand cover what the fixtures cannot show on their own.
 */
import { describe, expect, it } from 'vitest'
import { iacResource } from '../../scan/iac-adapter-testing.js'
import type { Status } from '../../core/finding.js'
import { Inventory } from '../../core/inventory.js'
import type { Resource } from '../../core/resource.js'
import { isUnknown } from '../../core/unknown.js'
import type { Check } from '../../evaluate/define-check.js'
import { evaluate, type NotEvaluated } from '../../evaluate/engine.js'
import { guardUnknowns } from '../../evaluate/unknown-guard.js'
import {
  AWS,
  type IamPolicyAttributes,
  type IamUserAttributes,
  type KinesisStreamAttributes,
  type LambdaFunctionAttributes,
  type SubnetAttributes,
} from '../../normalize/aws/types.js'
import { scanFixtures, verdicts } from '../../scan/iac-testing.js'
import accessKeyRotated from '../../checks/aws/iam/aws-iam-access-key-rotated.js'
import noDirectPolicies from '../../checks/aws/iam/aws-iam-user-no-direct-policies.js'
import envNoSecrets from '../../checks/aws/lambda/aws-lambda-function-env-no-secrets.js'
import vpcMultiAz from '../../checks/aws/lambda/aws-lambda-function-vpc-multi-az.js'
import xrayTracing from '../../checks/aws/lambda/aws-lambda-function-xray-tracing.js'
import { adaptAll } from '../adapt.js'
import { afterApply, type IacLanguage, type IacNormalized, type IacResource } from '../model.js'
import { adapters } from './identity.js'

type Triple = [string, Status, number]

interface FixtureCase {
  dir: string
  /** Findings of the identity checks, by check id (an identity check absent here must produce no finding). */
  verdicts: Record<string, Triple[]>
  /** [check id, address] of each identity check set aside because the code cannot give the value it needs. */
  notEvaluated: [string, string][]
}

/** Every check of the resource types this group adapts. */
const IDENTITY_CHECKS = new Set([
  'aws-iam-access-key-rotated',
  'aws-iam-user-console-mfa-enabled',
  'aws-iam-user-inline-policy-no-full-admin',
  'aws-iam-user-no-direct-policies',
  'aws-iam-user-single-active-access-key',
  'aws-iam-user-unused-credentials-disabled',
  'aws-iam-role-inline-policy-no-full-admin',
  'aws-iam-role-trust-no-public-principal',
  'aws-iam-cloudshell-full-access-restricted',
  'aws-iam-policy-no-full-admin',
  'aws-iam-group-inline-policy-no-full-admin',
  'aws-iam-password-policy-complexity',
  'aws-iam-password-policy-min-length',
  'aws-iam-password-policy-reuse-prevention',
  'aws-iam-server-certificate-not-expired',
  'aws-lambda-function-async-failure-destination',
  'aws-lambda-function-code-signing',
  'aws-lambda-function-env-encrypted-cmk',
  'aws-lambda-function-env-no-secrets',
  'aws-lambda-function-not-shared-outside-org',
  'aws-lambda-function-policy-not-public',
  'aws-lambda-function-runtime-supported',
  'aws-lambda-function-url-auth-required',
  'aws-lambda-function-vpc-multi-az',
  'aws-lambda-function-xray-tracing',
  'aws-cognito-user-pool-deletion-protection',
  'aws-cognito-user-pool-mfa-required',
  'aws-cognito-user-pool-password-min-length',
  'aws-cognito-user-pool-threat-protection-enforced',
  'aws-cognito-identity-pool-classic-flow-disabled',
  'aws-cognito-identity-pool-no-guest-access',
  'aws-eventbridge-bus-cmk',
  'aws-eventbridge-bus-not-shared-outside-org',
  'aws-eventbridge-bus-policy-not-public',
  'aws-stepfunctions-state-machine-cmk',
  'aws-stepfunctions-state-machine-logging',
  'aws-stepfunctions-state-machine-xray-tracing',
  'aws-kinesis-stream-cmk',
  'aws-kinesis-stream-encrypted',
  'aws-kinesis-stream-retention',
  'aws-firehose-delivery-stream-encrypted',
])

/** Server certificates expire and Lambda runtimes are deprecated relative to the scan date. */
const NOW = new Date('2026-06-01T00:00:00Z')

const CASES: FixtureCase[] = [
  {
    dir: 'test/fixtures/iac/iam/terraform',
    verdicts: {
      'aws-iam-cloudshell-full-access-restricted': [['aws_iam_user_policy_attachment.admin_cloudshell', 'fail', 35]],
      'aws-iam-access-key-rotated': [['aws_iam_user.developer', 'pass', 49]],
      'aws-iam-group-inline-policy-no-full-admin': [
        ['aws_iam_group.operators', 'fail', 63],
        ['aws_iam_group.readers', 'pass', 76],
      ],
      'aws-iam-password-policy-complexity': [['aws_iam_account_password_policy.weak', 'fail', 202]],
      'aws-iam-password-policy-min-length': [['aws_iam_account_password_policy.weak', 'fail', 202]],
      'aws-iam-password-policy-reuse-prevention': [['aws_iam_account_password_policy.weak', 'fail', 202]],
      'aws-iam-policy-no-full-admin': [
        ['aws_iam_user_policy_attachment.admin_full', 'fail', 30],
        ['aws_iam_policy.read_dashboards', 'pass', 93],
        ['aws_iam_policy.deploy_admin', 'fail', 110],
        ['aws_iam_policy.break_glass', 'pass', 123],
      ],
      'aws-iam-role-inline-policy-no-full-admin': [
        ['aws_iam_role.public', 'fail', 131],
        ['aws_iam_role.deploy', 'pass', 161],
        ['aws_iam_role.partner', 'pass', 175],
        ['aws_iam_role.same_account', 'pass', 190],
      ],
      'aws-iam-role-trust-no-public-principal': [
        ['aws_iam_role.public', 'fail', 131],
        ['aws_iam_role.deploy', 'pass', 161],
        ['aws_iam_role.partner', 'pass', 175],
      ],
      'aws-iam-server-certificate-not-expired': [
        ['aws_iam_server_certificate.expired', 'fail', 207],
        ['aws_iam_server_certificate.current', 'pass', 223],
      ],
      'aws-iam-user-console-mfa-enabled': [['aws_iam_user.developer', 'pass', 49]],
      'aws-iam-user-inline-policy-no-full-admin': [
        ['aws_iam_user.admin', 'fail', 12],
        ['aws_iam_user.developer', 'pass', 49],
      ],
      'aws-iam-user-no-direct-policies': [
        ['aws_iam_user.admin', 'fail', 12],
        ['aws_iam_user.developer', 'pass', 49],
      ],
      'aws-iam-user-single-active-access-key': [
        ['aws_iam_user.admin', 'fail', 12],
        ['aws_iam_user.developer', 'pass', 49],
      ],
      'aws-iam-user-unused-credentials-disabled': [['aws_iam_user.developer', 'pass', 49]],
    },
    notEvaluated: [
      ['aws-iam-access-key-rotated', 'aws_iam_user.admin'],
      ['aws-iam-policy-no-full-admin', 'aws_iam_user_policy_attachment.admin_cloudshell'],
      ['aws-iam-role-trust-no-public-principal', 'aws_iam_role.same_account'],
      ['aws-iam-server-certificate-not-expired', 'aws_iam_server_certificate.partner'],
      ['aws-iam-user-console-mfa-enabled', 'aws_iam_user.admin'],
      ['aws-iam-user-unused-credentials-disabled', 'aws_iam_user.admin'],
    ],
  },
  {
    dir: 'test/fixtures/iac/iam/terraform-strong',
    verdicts: {
      'aws-iam-password-policy-complexity': [['aws_iam_account_password_policy.strict', 'pass', 1]],
      'aws-iam-password-policy-min-length': [['aws_iam_account_password_policy.strict', 'pass', 1]],
      'aws-iam-password-policy-reuse-prevention': [['aws_iam_account_password_policy.strict', 'pass', 1]],
    },
    notEvaluated: [],
  },
  {
    dir: 'test/fixtures/iac/iam/cloudformation',
    verdicts: {
      'aws-iam-cloudshell-full-access-restricted': [['AdminUser', 'fail', 8]],
      'aws-iam-access-key-rotated': [['DeveloperUser', 'pass', 35]],
      'aws-iam-group-inline-policy-no-full-admin': [
        ['Operators', 'fail', 46],
        ['Readers', 'pass', 58],
      ],
      'aws-iam-policy-no-full-admin': [
        ['AdminUser', 'fail', 8],
        ['ReadPolicy', 'pass', 72],
        ['DeployAdminPolicy', 'fail', 82],
        ['UnattachedAdminPolicy', 'pass', 94],
      ],
      'aws-iam-role-inline-policy-no-full-admin': [
        ['PublicRole', 'fail', 104],
        ['DeployRole', 'pass', 123],
        ['PartnerRole', 'pass', 145],
        ['SameAccountRole', 'pass', 159],
      ],
      'aws-iam-role-trust-no-public-principal': [
        ['PublicRole', 'fail', 104],
        ['DeployRole', 'pass', 123],
        ['PartnerRole', 'pass', 145],
      ],
      'aws-iam-server-certificate-not-expired': [
        ['ExpiredCertificate', 'fail', 170],
        ['CurrentCertificate', 'pass', 185],
      ],
      'aws-iam-user-console-mfa-enabled': [['DeveloperUser', 'pass', 35]],
      'aws-iam-user-inline-policy-no-full-admin': [
        ['AdminUser', 'fail', 8],
        ['DeveloperUser', 'pass', 35],
      ],
      'aws-iam-user-no-direct-policies': [
        ['AdminUser', 'fail', 8],
        ['DeveloperUser', 'pass', 35],
      ],
      'aws-iam-user-single-active-access-key': [
        ['AdminUser', 'fail', 8],
        ['DeveloperUser', 'pass', 35],
      ],
      'aws-iam-user-unused-credentials-disabled': [['DeveloperUser', 'pass', 35]],
    },
    notEvaluated: [
      ['aws-iam-access-key-rotated', 'AdminUser'],
      ['aws-iam-policy-no-full-admin', 'AdminUser'],
      ['aws-iam-role-trust-no-public-principal', 'SameAccountRole'],
      ['aws-iam-server-certificate-not-expired', 'PartnerCertificate'],
      ['aws-iam-user-console-mfa-enabled', 'AdminUser'],
      ['aws-iam-user-unused-credentials-disabled', 'AdminUser'],
    ],
  },
  {
    dir: 'test/fixtures/iac/lambda/terraform',
    verdicts: {
      'aws-lambda-function-async-failure-destination': [
        ['aws_lambda_function.legacy', 'fail', 6],
        ['aws_lambda_function.orders', 'pass', 48],
        ['aws_lambda_function.worker', 'pass', 88],
        ['aws_lambda_function.renderer', 'fail', 110],
        ['aws_lambda_function.partner_sync', 'fail', 121],
      ],
      'aws-lambda-function-code-signing': [
        ['aws_lambda_function.legacy', 'fail', 6],
        ['aws_lambda_function.orders', 'pass', 48],
        ['aws_lambda_function.worker', 'fail', 88],
        ['aws_lambda_function.partner_sync', 'fail', 121],
      ],
      'aws-lambda-function-env-encrypted-cmk': [
        ['aws_lambda_function.legacy', 'fail', 6],
        ['aws_lambda_function.orders', 'pass', 48],
      ],
      'aws-lambda-function-env-no-secrets': [
        ['aws_lambda_function.legacy', 'fail', 6],
        ['aws_lambda_function.orders', 'pass', 48],
        ['aws_lambda_function.worker', 'pass', 88],
        ['aws_lambda_function.renderer', 'pass', 110],
        ['aws_lambda_function.partner_sync', 'pass', 121],
      ],
      'aws-lambda-function-not-shared-outside-org': [
        ['aws_lambda_function.legacy', 'pass', 6],
        ['aws_lambda_function.orders', 'pass', 48],
        ['aws_lambda_function.worker', 'pass', 88],
        ['aws_lambda_function.renderer', 'pass', 110],
      ],
      'aws-lambda-function-policy-not-public': [
        ['aws_lambda_function.legacy', 'fail', 6],
        ['aws_lambda_function.orders', 'pass', 48],
        ['aws_lambda_function.worker', 'pass', 88],
        ['aws_lambda_function.renderer', 'pass', 110],
        ['aws_lambda_function.partner_sync', 'pass', 121],
      ],
      'aws-lambda-function-runtime-supported': [
        ['aws_lambda_function.legacy', 'fail', 6],
        ['aws_lambda_function.orders', 'pass', 48],
        ['aws_lambda_function.partner_sync', 'pass', 121],
      ],
      'aws-lambda-function-url-auth-required': [
        ['aws_lambda_function.legacy', 'fail', 6],
        ['aws_lambda_function.orders', 'pass', 48],
        ['aws_lambda_function.worker', 'pass', 88],
        ['aws_lambda_function.renderer', 'pass', 110],
        ['aws_lambda_function.partner_sync', 'pass', 121],
      ],
      'aws-lambda-function-xray-tracing': [
        ['aws_lambda_function.legacy', 'fail', 6],
        ['aws_lambda_function.orders', 'pass', 48],
        ['aws_lambda_function.worker', 'fail', 88],
        ['aws_lambda_function.renderer', 'pass', 110],
        ['aws_lambda_function.partner_sync', 'fail', 121],
      ],
    },
    notEvaluated: [
      ['aws-lambda-function-not-shared-outside-org', 'aws_lambda_function.partner_sync'],
      ['aws-lambda-function-runtime-supported', 'aws_lambda_function.worker'],
      ['aws-lambda-function-vpc-multi-az', 'aws_lambda_function.legacy'],
    ],
  },
  {
    dir: 'test/fixtures/iac/lambda/cloudformation',
    verdicts: {
      'aws-iam-role-inline-policy-no-full-admin': [['OrdersRole', 'pass', 64]],
      'aws-iam-role-trust-no-public-principal': [['OrdersRole', 'pass', 64]],
      'aws-lambda-function-async-failure-destination': [
        ['LegacyFunction', 'fail', 8],
        ['OrdersFunction', 'pass', 44],
        ['WorkerFunction', 'pass', 87],
        ['ImageFunction', 'fail', 106],
        ['PartnerSyncFunction', 'fail', 116],
      ],
      'aws-lambda-function-code-signing': [
        ['LegacyFunction', 'fail', 8],
        ['OrdersFunction', 'pass', 44],
        ['WorkerFunction', 'fail', 87],
        ['PartnerSyncFunction', 'fail', 116],
      ],
      'aws-lambda-function-env-encrypted-cmk': [
        ['LegacyFunction', 'fail', 8],
        ['OrdersFunction', 'pass', 44],
      ],
      'aws-lambda-function-env-no-secrets': [
        ['LegacyFunction', 'fail', 8],
        ['OrdersFunction', 'pass', 44],
        ['WorkerFunction', 'pass', 87],
        ['ImageFunction', 'pass', 106],
        ['PartnerSyncFunction', 'pass', 116],
      ],
      'aws-lambda-function-not-shared-outside-org': [
        ['LegacyFunction', 'pass', 8],
        ['OrdersFunction', 'pass', 44],
        ['WorkerFunction', 'pass', 87],
        ['ImageFunction', 'pass', 106],
      ],
      'aws-lambda-function-policy-not-public': [
        ['LegacyFunction', 'fail', 8],
        ['OrdersFunction', 'pass', 44],
        ['WorkerFunction', 'pass', 87],
        ['ImageFunction', 'pass', 106],
        ['PartnerSyncFunction', 'pass', 116],
      ],
      'aws-lambda-function-runtime-supported': [
        ['LegacyFunction', 'fail', 8],
        ['OrdersFunction', 'pass', 44],
        ['PartnerSyncFunction', 'pass', 116],
      ],
      'aws-lambda-function-url-auth-required': [
        ['LegacyFunction', 'fail', 8],
        ['OrdersFunction', 'pass', 44],
        ['WorkerFunction', 'pass', 87],
        ['ImageFunction', 'pass', 106],
        ['PartnerSyncFunction', 'pass', 116],
      ],
      'aws-lambda-function-xray-tracing': [
        ['LegacyFunction', 'fail', 8],
        ['OrdersFunction', 'pass', 44],
        ['WorkerFunction', 'fail', 87],
        ['ImageFunction', 'pass', 106],
        ['PartnerSyncFunction', 'fail', 116],
      ],
    },
    notEvaluated: [
      ['aws-lambda-function-not-shared-outside-org', 'PartnerSyncFunction'],
      ['aws-lambda-function-runtime-supported', 'WorkerFunction'],
      ['aws-lambda-function-vpc-multi-az', 'LegacyFunction'],
    ],
  },
  {
    dir: 'test/fixtures/iac/cognito/terraform',
    verdicts: {
      'aws-cognito-identity-pool-classic-flow-disabled': [
        ['aws_cognito_identity_pool.guest', 'fail', 47],
        ['aws_cognito_identity_pool.members', 'pass', 53],
      ],
      'aws-cognito-identity-pool-no-guest-access': [
        ['aws_cognito_identity_pool.guest', 'fail', 47],
        ['aws_cognito_identity_pool.members', 'pass', 53],
      ],
      'aws-cognito-user-pool-deletion-protection': [
        ['aws_cognito_user_pool.open', 'fail', 1],
        ['aws_cognito_user_pool.default', 'fail', 19],
        ['aws_cognito_user_pool.hardened', 'pass', 23],
      ],
      'aws-cognito-user-pool-mfa-required': [
        ['aws_cognito_user_pool.open', 'fail', 1],
        ['aws_cognito_user_pool.default', 'fail', 19],
        ['aws_cognito_user_pool.hardened', 'pass', 23],
      ],
      'aws-cognito-user-pool-password-min-length': [
        ['aws_cognito_user_pool.open', 'fail', 1],
        ['aws_cognito_user_pool.default', 'fail', 19],
        ['aws_cognito_user_pool.hardened', 'pass', 23],
      ],
      'aws-cognito-user-pool-threat-protection-enforced': [
        ['aws_cognito_user_pool.open', 'fail', 1],
        ['aws_cognito_user_pool.default', 'fail', 19],
        ['aws_cognito_user_pool.hardened', 'pass', 23],
      ],
    },
    notEvaluated: [],
  },
  {
    dir: 'test/fixtures/iac/cognito/cloudformation',
    verdicts: {
      'aws-cognito-identity-pool-classic-flow-disabled': [
        ['GuestIdentityPool', 'fail', 40],
        ['MembersIdentityPool', 'pass', 46],
      ],
      'aws-cognito-identity-pool-no-guest-access': [
        ['GuestIdentityPool', 'fail', 40],
        ['MembersIdentityPool', 'pass', 46],
      ],
      'aws-cognito-user-pool-deletion-protection': [
        ['OpenUserPool', 'fail', 4],
        ['DefaultUserPool', 'fail', 17],
        ['HardenedUserPool', 'pass', 21],
      ],
      'aws-cognito-user-pool-mfa-required': [
        ['OpenUserPool', 'fail', 4],
        ['DefaultUserPool', 'fail', 17],
        ['HardenedUserPool', 'pass', 21],
      ],
      'aws-cognito-user-pool-password-min-length': [
        ['OpenUserPool', 'fail', 4],
        ['DefaultUserPool', 'fail', 17],
        ['HardenedUserPool', 'pass', 21],
      ],
      'aws-cognito-user-pool-threat-protection-enforced': [
        ['OpenUserPool', 'fail', 4],
        ['DefaultUserPool', 'fail', 17],
        ['HardenedUserPool', 'pass', 21],
      ],
    },
    notEvaluated: [],
  },
  {
    dir: 'test/fixtures/iac/eventbridge/terraform',
    verdicts: {
      'aws-eventbridge-bus-cmk': [
        ['aws_cloudwatch_event_bus.open', 'fail', 6],
        ['aws_cloudwatch_event_bus.private', 'pass', 29],
        ['aws_cloudwatch_event_bus.partners', 'fail', 48],
        ['aws_cloudwatch_event_bus.shared', 'fail', 64],
      ],
      'aws-eventbridge-bus-not-shared-outside-org': [
        ['aws_cloudwatch_event_bus.open', 'pass', 6],
        ['aws_cloudwatch_event_bus.private', 'pass', 29],
      ],
      'aws-eventbridge-bus-policy-not-public': [
        ['aws_cloudwatch_event_bus.open', 'fail', 6],
        ['aws_cloudwatch_event_bus.private', 'pass', 29],
        ['aws_cloudwatch_event_bus.shared', 'pass', 64],
      ],
    },
    notEvaluated: [
      ['aws-eventbridge-bus-not-shared-outside-org', 'aws_cloudwatch_event_bus.shared'],
      ['aws-eventbridge-bus-not-shared-outside-org', 'aws_cloudwatch_event_bus.partners'],
      ['aws-eventbridge-bus-policy-not-public', 'aws_cloudwatch_event_bus.partners'],
    ],
  },
  {
    dir: 'test/fixtures/iac/eventbridge/cloudformation',
    verdicts: {
      'aws-eventbridge-bus-cmk': [
        ['OpenBus', 'fail', 8],
        ['PrivateBus', 'pass', 24],
        ['PartnerBus', 'fail', 40],
        ['SharedBus', 'fail', 55],
      ],
      'aws-eventbridge-bus-not-shared-outside-org': [
        ['OpenBus', 'pass', 8],
        ['PrivateBus', 'pass', 24],
      ],
      'aws-eventbridge-bus-policy-not-public': [
        ['OpenBus', 'fail', 8],
        ['PrivateBus', 'pass', 24],
        ['SharedBus', 'pass', 55],
      ],
    },
    notEvaluated: [
      ['aws-eventbridge-bus-not-shared-outside-org', 'SharedBus'],
      ['aws-eventbridge-bus-not-shared-outside-org', 'PartnerBus'],
      ['aws-eventbridge-bus-policy-not-public', 'PartnerBus'],
    ],
  },
  {
    dir: 'test/fixtures/iac/stepfunctions/terraform',
    verdicts: {
      'aws-stepfunctions-state-machine-cmk': [
        ['aws_sfn_state_machine.plain', 'fail', 8],
        ['aws_sfn_state_machine.observed', 'pass', 24],
        ['aws_sfn_state_machine.silenced', 'fail', 47],
      ],
      'aws-stepfunctions-state-machine-logging': [
        ['aws_sfn_state_machine.plain', 'fail', 8],
        ['aws_sfn_state_machine.observed', 'pass', 24],
        ['aws_sfn_state_machine.silenced', 'fail', 47],
      ],
      'aws-stepfunctions-state-machine-xray-tracing': [
        ['aws_sfn_state_machine.plain', 'fail', 8],
        ['aws_sfn_state_machine.observed', 'pass', 24],
        ['aws_sfn_state_machine.silenced', 'fail', 47],
      ],
    },
    notEvaluated: [],
  },
  {
    dir: 'test/fixtures/iac/stepfunctions/cloudformation',
    verdicts: {
      'aws-stepfunctions-state-machine-cmk': [
        ['PlainStateMachine', 'fail', 4],
        ['ObservedStateMachine', 'pass', 23],
        ['SilencedStateMachine', 'fail', 46],
      ],
      'aws-stepfunctions-state-machine-logging': [
        ['PlainStateMachine', 'fail', 4],
        ['ObservedStateMachine', 'pass', 23],
        ['SilencedStateMachine', 'fail', 46],
      ],
      'aws-stepfunctions-state-machine-xray-tracing': [
        ['PlainStateMachine', 'fail', 4],
        ['ObservedStateMachine', 'pass', 23],
        ['SilencedStateMachine', 'fail', 46],
      ],
    },
    notEvaluated: [],
  },
  {
    dir: 'test/fixtures/iac/kinesis/terraform',
    verdicts: {
      'aws-kinesis-stream-cmk': [
        ['aws_kinesis_stream.audit', 'pass', 6],
        ['aws_kinesis_stream.metrics', 'fail', 17],
      ],
      'aws-kinesis-stream-encrypted': [
        ['aws_kinesis_stream.clicks', 'fail', 1],
        ['aws_kinesis_stream.audit', 'pass', 6],
        ['aws_kinesis_stream.metrics', 'pass', 17],
      ],
      'aws-kinesis-stream-retention': [
        ['aws_kinesis_stream.clicks', 'fail', 1],
        ['aws_kinesis_stream.audit', 'pass', 6],
        ['aws_kinesis_stream.metrics', 'fail', 17],
      ],
    },
    notEvaluated: [],
  },
  {
    dir: 'test/fixtures/iac/kinesis/cloudformation',
    verdicts: {
      'aws-kinesis-stream-cmk': [
        ['AuditStream', 'pass', 9],
        ['MetricsStream', 'fail', 19],
      ],
      'aws-kinesis-stream-encrypted': [
        ['ClickStream', 'fail', 4],
        ['AuditStream', 'pass', 9],
        ['MetricsStream', 'pass', 19],
      ],
      'aws-kinesis-stream-retention': [
        ['ClickStream', 'fail', 4],
        ['AuditStream', 'pass', 9],
        ['MetricsStream', 'fail', 19],
      ],
    },
    notEvaluated: [],
  },
  {
    dir: 'test/fixtures/iac/firehose/terraform',
    verdicts: {
      'aws-firehose-delivery-stream-encrypted': [
        ['aws_kinesis_firehose_delivery_stream.plain', 'fail', 1],
        ['aws_kinesis_firehose_delivery_stream.disabled', 'fail', 11],
        ['aws_kinesis_firehose_delivery_stream.encrypted', 'pass', 25],
      ],
    },
    notEvaluated: [],
  },
  {
    dir: 'test/fixtures/iac/firehose/cloudformation',
    verdicts: {
      'aws-firehose-delivery-stream-encrypted': [
        ['PlainDeliveryStream', 'fail', 4],
        ['EncryptedDeliveryStream', 'pass', 12],
      ],
    },
    notEvaluated: [],
  },
]

describe('identity fixtures', () => {
  it.each(CASES)('$dir', async ({ dir, verdicts: expected, notEvaluated }) => {
    const { findings, report } = await scanFixtures(dir, { now: NOW })
    expect(report.iac.problems).toEqual([])
    const ids = [...new Set(findings.map((f) => f.checkId))].filter((id) => IDENTITY_CHECKS.has(id)).sort()
    expect(ids).toEqual(Object.keys(expected).sort())
    for (const id of ids) expect(verdicts(findings, id), id).toEqual(expected[id])
    const setAside = report.iac.notEvaluated.filter((n) => IDENTITY_CHECKS.has(n.checkId)).map((n) => [n.checkId, n.location.address])
    expect(setAside.sort()).toEqual([...notEvaluated].sort())
  })

  it('reads every IaC type of the fixtures (only the log groups used as log destinations belong to another group)', async () => {
    const { report } = await scanFixtures(CASES.map((c) => c.dir))
    const unsupported = Object.keys(report.iac.unsupportedTypes)
    expect(unsupported.filter((t) => t !== 'AWS::Logs::LogGroup' && t !== 'aws_cloudwatch_log_group')).toEqual([])
  })

  it('says why a check is not evaluated', async () => {
    const { report } = await scanFixtures('test/fixtures/iac/iam/terraform', { now: NOW })
    const reasons = Object.fromEntries(
      report.iac.notEvaluated.filter((n) => n.location.address === 'aws_iam_user.admin').map((n) => [n.checkId, n.reason]),
    )
    expect(reasons['aws-iam-access-key-rotated']).toBe('not known from code: access key creation date')
    expect(reasons['aws-iam-user-console-mfa-enabled']).toContain('MFA devices')
  })
})

// ---------------------------------------------------------------- adapters on hand-built values

function tf(type: string, address: string, values: Record<string, unknown>, line = 1): IacResource {
  return res('terraform', type, address, values, line)
}

function res(language: IacLanguage, type: string, address: string, values: Record<string, unknown>, line = 1): IacResource {
  return iacResource(language, type, address, values, { unit: 'unit', file: 'main.tf', line, endLine: line + 3 })
}

function adapted<A>(resources: IacResource[], address: string, type?: string): IacNormalized & { attributes: A } {
  const out = adaptAll(resources, adapters)
  expect(out.problems).toEqual([])
  const found = out.resources.find((r) => r.source.address === address && (!type || r.type === type))
  if (!found) throw new Error(`nothing adapted from ${address}`)
  return found as IacNormalized & { attributes: A }
}

/** Runs checks over resources the way `posture iac` does: guarded attributes, values the code cannot give set aside. */
function judge(checks: Check<never>[], resources: Resource[]): { verdicts: [string, Status][]; notEvaluated: NotEvaluated[] } {
  const notEvaluated: NotEvaluated[] = []
  const findings = evaluate(checks, new Inventory(resources.map(guardUnknowns)), () => [], NOW, {
    onNotEvaluated: (n) => notEvaluated.push(n),
  })
  return { verdicts: findings.map((f) => [f.checkId, f.status]), notEvaluated }
}

const ref = (address: string, attribute?: string) => ({ $ref: address, ...(attribute ? { attribute } : {}) })

describe('identity adapters', () => {
  it('keeps a Lambda setting known only after apply from failing (tracing mode from a variable)', () => {
    const fn = adapted<LambdaFunctionAttributes>(
      [
        tf('aws_lambda_function', 'aws_lambda_function.f', {
          function_name: 'f',
          runtime: 'python3.13',
          tracing_config: [{ mode: afterApply('var.tracing') }],
        }),
      ],
      'aws_lambda_function.f',
    )
    const result = judge([xrayTracing], [fn])
    expect(result.verdicts).toEqual([])
    expect(result.notEvaluated.map((n) => n.reason)).toEqual(['known only after apply: var.tracing'])
    expect(fn.attributes.tracingMode).toEqual(afterApply('var.tracing'))
  })

  it.each([
    {
      name: 'secret-like name, value known after apply',
      variables: { DB_PASSWORD: afterApply('var.db_password') },
      expected: [] as [string, Status][],
      set: 1,
    },
    {
      name: 'plain name, value known after apply',
      variables: { TABLE: ref('aws_dynamodb_table.t', 'name') },
      expected: [['aws-lambda-function-env-no-secrets', 'pass']],
      set: 0,
    },
    {
      name: 'secret written in code',
      variables: { API_TOKEN: 'ghp_0123456789abcdefghijABCDEFGHIJ012345' },
      expected: [['aws-lambda-function-env-no-secrets', 'fail']],
      set: 0,
    },
  ])('judges Lambda environment secrets: $name', ({ variables, expected, set }) => {
    const fn = adapted<LambdaFunctionAttributes>(
      [tf('aws_lambda_function', 'aws_lambda_function.f', { function_name: 'f', runtime: 'python3.13', environment: [{ variables }] })],
      'aws_lambda_function.f',
    )
    const result = judge([envNoSecrets], [fn])
    expect(result.verdicts).toEqual(expected)
    expect(result.notEvaluated).toHaveLength(set)
  })

  it('links a function to the subnets declared in code so the multi-AZ check can follow them', () => {
    const resources = [
      tf('aws_subnet', 'aws_subnet.a', { availability_zone: 'eu-west-1a' }),
      tf('aws_subnet', 'aws_subnet.b', { availability_zone: 'eu-west-1b' }),
      tf('aws_lambda_function', 'aws_lambda_function.f', {
        function_name: 'f',
        runtime: 'python3.13',
        vpc_config: [{ subnet_ids: [ref('aws_subnet.a', 'id'), ref('aws_subnet.b', 'id')], security_group_ids: [] }],
      }),
    ]
    const fn = adapted<LambdaFunctionAttributes>(resources, 'aws_lambda_function.f')
    expect(fn.relations).toEqual([
      { kind: 'in-subnet', target: 'tf:unit:aws_subnet.a' },
      { kind: 'in-subnet', target: 'tf:unit:aws_subnet.b' },
    ])
    const subnet = (uid: string, az: string): Resource<SubnetAttributes> => ({
      ...fn,
      uid,
      type: AWS.ec2Subnet,
      relations: [],
      attributes: { subnetId: uid, vpcId: 'vpc', cidrBlock: '10.0.0.0/24', availabilityZone: az, mapPublicIpOnLaunch: false },
    })
    expect(judge([vpcMultiAz], [fn, subnet('tf:unit:aws_subnet.a', 'eu-west-1a'), subnet('tf:unit:aws_subnet.b', 'eu-west-1b')]).verdicts).toEqual([
      ['aws-lambda-function-vpc-multi-az', 'pass'],
    ])
    expect(judge([vpcMultiAz], [fn, subnet('tf:unit:aws_subnet.a', 'eu-west-1a'), subnet('tf:unit:aws_subnet.b', 'eu-west-1a')]).verdicts).toEqual([
      ['aws-lambda-function-vpc-multi-az', 'fail'],
    ])
  })

  it('counts every principal of an aws_iam_policy_attachment and matches a declared policy by literal ARN', () => {
    const resources = [
      tf('aws_iam_policy', 'aws_iam_policy.p', {
        name: 'deploy',
        path: '/ci/',
        policy: '{"Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}',
      }),
      tf('aws_iam_policy_attachment', 'aws_iam_policy_attachment.many', {
        name: 'deploy',
        users: ['alice', 'bob'],
        roles: [ref('aws_iam_role.r', 'name')],
        policy_arn: 'arn:aws:iam::111122223333:policy/ci/deploy',
      }),
      tf('aws_iam_policy_attachment', 'aws_iam_policy_attachment.admins', {
        name: 'admins',
        groups: ['ops', 'sre'],
        policy_arn: 'arn:aws:iam::aws:policy/AdministratorAccess',
      }),
    ]
    expect(adapted<IamPolicyAttributes>(resources, 'aws_iam_policy.p').attributes.attachmentCount).toBe(3)
    const admin = adapted<IamPolicyAttributes>(resources, 'aws_iam_policy_attachment.admins', AWS.iamPolicy).attributes
    expect(admin).toMatchObject({ policyName: 'AdministratorAccess', isAwsManaged: true, attachmentCount: 2 })
  })

  it('keeps what is known of a user whose inline policy document is known only after apply', () => {
    const resources = [
      tf('aws_iam_user', 'aws_iam_user.u', { name: 'carol' }),
      tf('aws_iam_user_policy', 'aws_iam_user_policy.later', {
        user: ref('aws_iam_user.u', 'name'),
        name: 'later',
        policy: afterApply('data.aws_iam_policy_document.x.json'),
      }),
      tf('aws_iam_user_policy_attachment', 'aws_iam_user_policy_attachment.ro', {
        user: 'carol',
        policy_arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess',
      }),
    ]
    const user = adapted<IamUserAttributes>(resources, 'aws_iam_user.u', AWS.iamUser)
    expect(isUnknown(user.attributes.inlinePolicies)).toBe(true)
    expect(user.attributes.attachedPolicies).toEqual([{ arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess', name: 'ReadOnlyAccess' }])
    // The scan's guard sets the check aside as soon as it reads the unknown list: never a pass.
    expect(judge([noDirectPolicies], [user]).verdicts).toEqual([])
  })

  it('leaves the age of an active access key to the live scan, and passes a user with no active key', () => {
    const resources = [
      tf('aws_iam_user', 'aws_iam_user.u', { name: 'dave' }),
      tf('aws_iam_access_key', 'aws_iam_access_key.k', { user: 'dave' }),
      tf('aws_iam_user', 'aws_iam_user.v', { name: 'erin' }),
      tf('aws_iam_access_key', 'aws_iam_access_key.old', { user: ref('aws_iam_user.v', 'name'), status: 'Inactive' }),
    ]
    const dave = adapted<IamUserAttributes>(resources, 'aws_iam_user.u', AWS.iamUser)
    const erin = adapted<IamUserAttributes>(resources, 'aws_iam_user.v', AWS.iamUser)
    const result = judge([accessKeyRotated], [dave, erin])
    expect(result.verdicts).toEqual([['aws-iam-access-key-rotated', 'pass']])
    expect(result.notEvaluated).toEqual([
      { checkId: 'aws-iam-access-key-rotated', uid: 'tf:unit:aws_iam_user.u', reason: 'not known from code: access key creation date' },
    ])
  })

  it('points a Kinesis stream at the declared key it references (uid and relation)', () => {
    const stream = adapted<KinesisStreamAttributes>(
      [
        tf('aws_kms_key', 'aws_kms_key.k', {}),
        tf('aws_kinesis_stream', 'aws_kinesis_stream.s', { name: 's', encryption_type: 'KMS', kms_key_id: ref('aws_kms_key.k', 'arn') }),
      ],
      'aws_kinesis_stream.s',
    )
    expect(stream.attributes).toMatchObject({ encryptionType: 'KMS', kmsKeyId: 'tf:unit:aws_kms_key.k', retentionPeriodHours: 24 })
    expect(stream.relations).toEqual([{ kind: 'uses-kms-key', target: 'tf:unit:aws_kms_key.k' }])
  })
})
