/**
 * SageMaker notebook instances, models, endpoint configurations and notebook lifecycle configurations from code.
 * CreateNotebookInstance defaults RootAccess and DirectInternetAccess to Enabled; CreateModel defaults
 * EnableNetworkIsolation to false (https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateNotebookInstance.html,
 * API_CreateModel.html). Lifecycle scripts are base64 in both languages and are scanned, never kept.
 */
import { isUnknown, type Maybe } from '../../core/unknown.js'
import {
  AWS,
  type SageMakerEndpointConfigAttributes,
  type SageMakerModelAttributes,
  type SageMakerNotebookInstanceAttributes,
  type SageMakerNotebookLifecycleConfigAttributes,
  type SageMakerProductionVariant,
} from '../../normalize/aws/types.js'
import { decodeUserData, findSecretsInText, type SecretHit } from '../../normalize/secrets.js'
import { notInCode, type AdaptContext, type AdaptedResource, type Adapter, type IacResource } from '../model.js'
import { block, blocks, bool, cfnTags, isUnset, list, obj, str, tfTags, unseen } from './values.js'
import { entriesOf, idOf, idsOf, nameOf, objects, relationTo, variableSecrets } from './containers-values.js'

type Values = Readonly<Record<string, unknown>>

/** 'Enabled' (the default) / 'Disabled' as a boolean. */
function enabled(v: unknown): Maybe<boolean> {
  const s = str(v, 'Enabled')
  return isUnknown(s) ? s : s !== 'Disabled'
}

/** Notebook instance field names in each language. */
const TF_NOTEBOOK = {
  name: 'name',
  root: 'root_access',
  internet: 'direct_internet_access',
  key: 'kms_key_id',
  subnet: 'subnet_id',
  groups: 'security_groups',
  platform: 'platform_identifier',
}
const CFN_NOTEBOOK: typeof TF_NOTEBOOK = {
  name: 'NotebookInstanceName',
  root: 'RootAccess',
  internet: 'DirectInternetAccess',
  key: 'KmsKeyId',
  subnet: 'SubnetId',
  groups: 'SecurityGroupIds',
  platform: 'PlatformIdentifier',
}

function notebook(
  r: IacResource,
  ctx: AdaptContext,
  f: typeof TF_NOTEBOOK,
  tags: Record<string, string>,
): AdaptedResource<SageMakerNotebookInstanceAttributes>[] {
  const v = r.values
  const name = nameOf(r, f.name)
  const attributes: SageMakerNotebookInstanceAttributes = {
    notebookInstanceName: name,
    status: unseen<string>(notInCode('notebook instance status')),
    rootAccess: enabled(v[f.root]),
    directInternetAccess: enabled(v[f.internet]),
    kmsKeyId: idOf(v[f.key], ctx),
    subnetId: idOf(v[f.subnet], ctx),
    securityGroupIds: idsOf(v[f.groups], ctx),
    platformIdentifier: str(v[f.platform], null),
  }
  const relations = [...relationTo('in-subnet', v[f.subnet], ctx), ...relationTo('uses-kms-key', v[f.key], ctx)]
  return [{ type: AWS.sagemakerNotebookInstance, name, tags, relations, attributes }]
}

/** Model field names in each language (block/blocks read a CloudFormation object or list as well). */
const TF_MODEL = {
  name: 'name',
  isolation: 'enable_network_isolation',
  vpc: 'vpc_config',
  subnets: 'subnets',
  groups: 'security_group_ids',
  role: 'execution_role_arn',
  primary: 'primary_container',
  containers: 'container',
  hostname: 'container_hostname',
  environment: 'environment',
}
const CFN_MODEL: typeof TF_MODEL = {
  name: 'ModelName',
  isolation: 'EnableNetworkIsolation',
  vpc: 'VpcConfig',
  subnets: 'Subnets',
  groups: 'SecurityGroupIds',
  role: 'ExecutionRoleArn',
  primary: 'PrimaryContainer',
  containers: 'Containers',
  hostname: 'ContainerHostname',
  environment: 'Environment',
}

function labelOf(v: unknown, dflt: string): string {
  const s = str(v, dflt)
  return isUnknown(s) ? dflt : s
}

/** Containers of a model (the primary one, or the inference pipeline's list) with the label used in locations. */
function modelContainers(v: Values, f: typeof TF_MODEL): Maybe<{ label: string; c: Values }[]> {
  const primary = block(v, f.primary)
  if (isUnknown(primary)) return primary
  if (primary) return [{ label: labelOf(primary[f.hostname], 'primary'), c: primary }]
  const others = blocks(v, f.containers)
  if (isUnknown(others)) return others
  return others.map((c, i) => ({ label: labelOf(c[f.hostname], `container-${i + 1}`), c }))
}

/** Environment variable names (`<container>/<NAME>`) and the credentials among their values. */
function modelEnvironment(v: Values, f: typeof TF_MODEL): { names: Maybe<string[]>; secrets: Maybe<SecretHit[]> } {
  const containers = modelContainers(v, f)
  if (isUnknown(containers)) return { names: containers, secrets: containers }
  const names: string[] = []
  const hits: SecretHit[] = []
  let unknownSecrets: Maybe<SecretHit[]> | undefined
  for (const { label, c } of containers) {
    const entries = entriesOf(c[f.environment])
    if (isUnknown(entries)) return { names: entries, secrets: entries }
    names.push(...entries.map((e) => `${label}/${e.name}`))
    const found = variableSecrets(entries, `container ${label} environment variable`)
    if (isUnknown(found)) unknownSecrets ??= found
    else hits.push(...found)
  }
  return { names, secrets: unknownSecrets ?? hits }
}

/** VpcConfig as DescribeModel reports it: null unless it names at least one subnet. */
function modelVpc(vpc: Maybe<Values | null>, f: typeof TF_MODEL, ctx: AdaptContext): SageMakerModelAttributes['vpcConfig'] {
  if (isUnknown(vpc) || vpc === null) return vpc
  const subnets = idsOf(vpc[f.subnets], ctx)
  const groups = idsOf(vpc[f.groups], ctx)
  if (isUnknown(subnets)) return subnets
  if (isUnknown(groups)) return groups
  return subnets.length > 0 ? { subnets, securityGroupIds: groups } : null
}

function model(r: IacResource, ctx: AdaptContext, f: typeof TF_MODEL, tags: Record<string, string>): AdaptedResource<SageMakerModelAttributes>[] {
  const v = r.values
  const name = nameOf(r, f.name)
  const isolation = bool(v[f.isolation], false)
  const vpc = block(v, f.vpc)
  const env = modelEnvironment(v, f)
  const subnets = vpc && !isUnknown(vpc) ? list(vpc[f.subnets]) : []
  const relations = [
    ...relationTo('uses-role', v[f.role], ctx),
    ...(isUnknown(subnets) ? [] : subnets.flatMap((s) => relationTo('in-subnet', s, ctx))),
  ]
  return [
    {
      type: AWS.sagemakerModel,
      name,
      tags,
      relations,
      attributes: {
        modelName: name,
        enableNetworkIsolation: isUnknown(isolation) ? isolation : isolation === true,
        vpcConfig: modelVpc(vpc, f, ctx),
        executionRoleArn: idOf(v[f.role], ctx),
        environmentVariableNames: env.names,
        environmentSecrets: env.secrets,
      },
    },
  ]
}

function variantsOf(items: Maybe<Values[]>, f: { name: string; instance: string; serverless: string }): Maybe<SageMakerProductionVariant[]> {
  if (isUnknown(items)) return items
  const out: SageMakerProductionVariant[] = []
  for (const [i, v] of items.entries()) {
    const instanceType = str(v[f.instance], null)
    if (isUnknown(instanceType)) return instanceType
    out.push({ variantName: labelOf(v[f.name], `variant-${i + 1}`), instanceType, serverless: !isUnset(v[f.serverless]) })
  }
  return out
}

function endpointConfig(
  r: IacResource,
  ctx: AdaptContext,
  f: { name: string; key: unknown; variants: Maybe<SageMakerProductionVariant[]> },
  tags: Record<string, string>,
): AdaptedResource<SageMakerEndpointConfigAttributes>[] {
  return [
    {
      type: AWS.sagemakerEndpointConfig,
      name: f.name,
      tags,
      relations: relationTo('uses-kms-key', f.key, ctx),
      attributes: { endpointConfigName: f.name, kmsKeyId: idOf(f.key, ctx), productionVariants: f.variants },
    },
  ]
}

/** Secrets in base64 hook scripts; compressed or binary content is not scanned (as in the live scan). */
function scriptSecrets(hooks: { label: string; content: unknown }[]): Maybe<SecretHit[]> {
  const hits: SecretHit[] = []
  for (const h of hooks) {
    const content = str(h.content, null)
    if (isUnknown(content)) return content
    const text = decodeUserData(content)
    if (text !== null) hits.push(...findSecretsInText(text, h.label))
  }
  return hits
}

function lifecycleConfig(
  r: IacResource,
  name: string,
  secrets: Maybe<SecretHit[]>,
  tags: Record<string, string>,
): AdaptedResource<SageMakerNotebookLifecycleConfigAttributes>[] {
  return [{ type: AWS.sagemakerNotebookLifecycleConfig, name, tags, attributes: { lifecycleConfigName: name, scriptSecrets: secrets } }]
}

/** CloudFormation hook lists: [{Content}]. */
function cfnHooks(v: unknown, label: string): Maybe<{ label: string; content: unknown }[]> {
  const items = list(v)
  if (isUnknown(items)) return items
  const out: { label: string; content: unknown }[] = []
  for (const item of items) {
    const o = obj(item)
    if (isUnknown(o)) return o
    if (o) out.push({ label, content: o.Content })
  }
  return out
}

/** SageMaker adapters (Terraform and CloudFormation). */
export const sagemakerAdapters: Adapter[] = [
  {
    language: 'terraform',
    types: ['aws_sagemaker_notebook_instance'],
    produces: [AWS.sagemakerNotebookInstance],
    adapt: (r, ctx) => notebook(r, ctx, TF_NOTEBOOK, tfTags(r.values)),
  },
  {
    language: 'terraform',
    types: ['aws_sagemaker_model'],
    produces: [AWS.sagemakerModel],
    adapt: (r, ctx) => model(r, ctx, TF_MODEL, tfTags(r.values)),
  },
  {
    language: 'terraform',
    types: ['aws_sagemaker_endpoint_configuration'],
    produces: [AWS.sagemakerEndpointConfig],
    adapt: (r, ctx) =>
      endpointConfig(
        r,
        ctx,
        {
          name: nameOf(r, 'name'),
          key: r.values.kms_key_arn,
          variants: variantsOf(blocks(r.values, 'production_variants'), {
            name: 'variant_name',
            instance: 'instance_type',
            serverless: 'serverless_config',
          }),
        },
        tfTags(r.values),
      ),
  },
  {
    language: 'terraform',
    types: ['aws_sagemaker_notebook_instance_lifecycle_configuration'],
    produces: [AWS.sagemakerNotebookLifecycleConfig],
    adapt: (r) =>
      lifecycleConfig(
        r,
        nameOf(r, 'name'),
        scriptSecrets([
          { label: 'OnCreate script', content: r.values.on_create },
          { label: 'OnStart script', content: r.values.on_start },
        ]),
        tfTags(r.values),
      ),
  },
  {
    language: 'cloudformation',
    types: ['AWS::SageMaker::NotebookInstance'],
    produces: [AWS.sagemakerNotebookInstance],
    adapt: (r, ctx) => notebook(r, ctx, CFN_NOTEBOOK, cfnTags(r.values)),
  },
  {
    language: 'cloudformation',
    types: ['AWS::SageMaker::Model'],
    produces: [AWS.sagemakerModel],
    adapt: (r, ctx) => model(r, ctx, CFN_MODEL, cfnTags(r.values)),
  },
  {
    language: 'cloudformation',
    types: ['AWS::SageMaker::EndpointConfig'],
    produces: [AWS.sagemakerEndpointConfig],
    adapt: (r, ctx) =>
      endpointConfig(
        r,
        ctx,
        {
          name: nameOf(r, 'EndpointConfigName'),
          key: r.values.KmsKeyId,
          variants: variantsOf(objects(r.values.ProductionVariants), {
            name: 'VariantName',
            instance: 'InstanceType',
            serverless: 'ServerlessConfig',
          }),
        },
        cfnTags(r.values),
      ),
  },
  {
    language: 'cloudformation',
    types: ['AWS::SageMaker::NotebookInstanceLifecycleConfig'],
    produces: [AWS.sagemakerNotebookLifecycleConfig],
    adapt: (r) => {
      const onCreate = cfnHooks(r.values.OnCreate, 'OnCreate script')
      const onStart = cfnHooks(r.values.OnStart, 'OnStart script')
      const hooks = isUnknown(onCreate) ? onCreate : isUnknown(onStart) ? onStart : [...onCreate, ...onStart]
      return lifecycleConfig(r, nameOf(r, 'NotebookInstanceLifecycleConfigName'), isUnknown(hooks) ? hooks : scriptSecrets(hooks), {})
    },
  },
]
