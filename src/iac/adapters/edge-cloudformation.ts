/**
 * CloudFormation stacks from code: `aws_cloudformation_stack` (a root stack Terraform creates) and
 * `AWS::CloudFormation::Stack` (a nested stack of the template's stack). Terraform cannot turn termination
 * protection on, so its stacks have CreateStack's default (off). A stack created from code has never had drift
 * detection run (NOT_CHECKED); its output values exist only once deployed.
 */
import { isUnknown } from '../../core/unknown.js'
import { AWS, type CloudFormationStackAttributes } from '../../normalize/aws/types.js'
import { afterApply, type AdaptContext, type AdaptedResource, type Adapter, type IacResource } from '../model.js'
import { linkOf, presentLink } from './edge-shared.js'
import { cfnTags, list, str, tfTags } from './values.js'

/** Notification topic ARNs (uids of topics declared in the same code). */
function topics(v: unknown, ctx: AdaptContext): string[] {
  const items = list(v)
  if (isUnknown(items)) return ['(known after apply)']
  return items.map((t) => linkOf(t, ctx)).map((t) => (typeof t === 'string' ? t : '(known after apply)'))
}

function stack(
  r: IacResource,
  ctx: AdaptContext,
  f: { name: unknown; notifications: unknown; role: unknown; rootStackId: string | null },
  tags: Record<string, string>,
): AdaptedResource<CloudFormationStackAttributes>[] {
  const name = str(f.name, null)
  const stackName = typeof name === 'string' ? name : r.address
  const notificationArns = topics(f.notifications, ctx)
  const roleArn = presentLink(f.role, ctx)
  const attributes: CloudFormationStackAttributes = {
    stackName,
    stackStatus: 'CREATE_IN_PROGRESS',
    terminationProtection: false,
    notificationArns,
    roleArn,
    driftStatus: 'NOT_CHECKED',
    lastDriftCheck: null,
    rootStackId: f.rootStackId,
    outputKeys: [],
    outputSecrets: afterApply('stack output values'),
  }
  const relations = [
    ...(typeof roleArn === 'string' ? [{ kind: 'uses-role', target: roleArn }] : []),
    ...notificationArns.filter((t) => t !== '(known after apply)').map((target) => ({ kind: 'notifies', target })),
  ]
  return [{ type: AWS.cloudformationStack, name: stackName, tags, attributes, relations }]
}

function tfStack(r: IacResource, ctx: AdaptContext): AdaptedResource[] {
  const v = r.values
  return stack(r, ctx, { name: v.name, notifications: v.notification_arns, role: v.iam_role_arn, rootStackId: null }, tfTags(v))
}

function cfnStack(r: IacResource, ctx: AdaptContext): AdaptedResource[] {
  const v = r.values
  // A nested stack belongs to the stack deploying this template; its ARN exists only after deploy.
  return stack(
    r,
    ctx,
    { name: undefined, notifications: v.NotificationARNs, role: undefined, rootStackId: `(stack deploying ${r.location.file})` },
    cfnTags(v),
  )
}

/** CloudFormation stack adapters (Terraform and CloudFormation). */
export const cloudformationAdapters: Adapter[] = [
  { language: 'terraform', types: ['aws_cloudformation_stack'], produces: [AWS.cloudformationStack], adapt: tfStack },
  { language: 'cloudformation', types: ['AWS::CloudFormation::Stack'], produces: [AWS.cloudformationStack], adapt: cfnStack },
]
