import type { Relation, Resource } from '../../core/resource.js'
import { unknown, type Maybe } from '../../core/unknown.js'
import type { CallResult } from '../../collect/collector.js'
import type { SageMakerLifecycleConfigDetail, SageMakerModelDetail, SageMakerRaw } from '../../collect/aws/sagemaker.js'
import { ec2Arn, partitionOf } from '../../collect/aws/ec2-arn.js'
import { decodeUserData, findSecretsInText, findSecretsInVariables, type SecretHit } from '../secrets.js'
import {
  AWS,
  type SageMakerEndpointConfigAttributes,
  type SageMakerModelAttributes,
  type SageMakerNotebookInstanceAttributes,
  type SageMakerNotebookLifecycleConfigAttributes,
} from './types.js'
import { awsResource, type NormalizeScope } from './helpers.js'

/** `arn:<partition>:sagemaker:<region>:<account>:<kind>/<name>` (SageMaker lowercases names in ARNs). */
function sagemakerArn(scope: NormalizeScope, kind: string, name: string): string {
  return `arn:${partitionOf(scope.region)}:sagemaker:${scope.region}:${scope.account}:${kind}/${name.toLowerCase()}`
}

/** Reads a field of a Describe result: the picked value, or Unknown carrying the failure. */
function reader<D>(r: CallResult<D | null>, api: string): <T>(pick: (d: D) => T) => Maybe<T> {
  return <T>(pick: (d: D) => T): Maybe<T> => (r.ok && r.value ? pick(r.value) : unknown(`${api}: ${r.ok ? 'empty response' : r.reason}`))
}

/** Notebook instances → aws.sagemaker.notebook-instance. */
function notebooks(raw: SageMakerRaw, scope: NormalizeScope): Resource<SageMakerNotebookInstanceAttributes>[] {
  return raw.notebooks.map(({ summary, detail }) => {
    const name = summary.NotebookInstanceName ?? ''
    const read = reader(detail, 'sagemaker:DescribeNotebookInstance')
    const d = detail.ok ? detail.value : null
    const relations: Relation[] = [
      ...(d?.SubnetId ? [{ kind: 'in-subnet', target: ec2Arn(scope.region, scope.account, 'subnet', d.SubnetId) }] : []),
      ...(d?.KmsKeyId ? [{ kind: 'uses-kms-key', target: d.KmsKeyId }] : []),
    ]
    return awsResource<SageMakerNotebookInstanceAttributes>({
      uid: summary.NotebookInstanceArn ?? sagemakerArn(scope, 'notebook-instance', name),
      type: AWS.sagemakerNotebookInstance,
      account: scope.account,
      region: scope.region,
      name,
      relations,
      attributes: {
        notebookInstanceName: name,
        status: summary.NotebookInstanceStatus ?? d?.NotebookInstanceStatus ?? 'Unknown',
        // Both default to Enabled when not given at creation (CreateNotebookInstance).
        rootAccess: read((x) => x.RootAccess !== 'Disabled'),
        directInternetAccess: read((x) => x.DirectInternetAccess !== 'Disabled'),
        kmsKeyId: read((x) => x.KmsKeyId || null),
        subnetId: read((x) => x.SubnetId || null),
        securityGroupIds: read((x) => x.SecurityGroups ?? []),
        platformIdentifier: read((x) => x.PlatformIdentifier || null),
      },
    })
  })
}

/** Endpoint configurations → aws.sagemaker.endpoint-config. */
function endpointConfigs(raw: SageMakerRaw, scope: NormalizeScope): Resource<SageMakerEndpointConfigAttributes>[] {
  return raw.endpointConfigs.map(({ summary, detail }) => {
    const name = summary.EndpointConfigName ?? ''
    const read = reader(detail, 'sagemaker:DescribeEndpointConfig')
    const key = detail.ok ? detail.value?.KmsKeyId : undefined
    return awsResource<SageMakerEndpointConfigAttributes>({
      uid: summary.EndpointConfigArn ?? sagemakerArn(scope, 'endpoint-config', name),
      type: AWS.sagemakerEndpointConfig,
      account: scope.account,
      region: scope.region,
      name,
      relations: key ? [{ kind: 'uses-kms-key', target: key }] : [],
      attributes: {
        endpointConfigName: name,
        kmsKeyId: read((x) => x.KmsKeyId || null),
        productionVariants: read((x) =>
          (x.ProductionVariants ?? []).map((v) => ({
            variantName: v.VariantName ?? '',
            instanceType: v.InstanceType ?? null,
            serverless: v.ServerlessConfig !== undefined,
          })),
        ),
      },
    })
  })
}

/** Every container of a model (the primary one, or the inference pipeline's list) with a label for locations. */
function containersOf(d: SageMakerModelDetail): { label: string; environment: Record<string, string> }[] {
  const list = d.PrimaryContainer ? [d.PrimaryContainer] : (d.Containers ?? [])
  return list.map((c, i) => ({
    label: c.ContainerHostname ?? (d.PrimaryContainer ? 'primary' : `container-${i + 1}`),
    environment: c.Environment ?? {},
  }))
}

/** Secrets in the containers' environment (locations name container and variable, never the value). */
function environmentSecrets(d: SageMakerModelDetail): SecretHit[] {
  return containersOf(d).flatMap((c) => findSecretsInVariables(c.environment, `container ${c.label} environment variable`))
}

/** Models → aws.sagemaker.model. Environment values are scanned for secrets here and never stored. */
function models(raw: SageMakerRaw, scope: NormalizeScope): Resource<SageMakerModelAttributes>[] {
  return raw.models.map(({ summary, detail }) => {
    const name = summary.ModelName ?? ''
    const read = reader(detail, 'sagemaker:DescribeModel')
    const d = detail.ok ? detail.value : null
    const relations: Relation[] = [
      ...(d?.ExecutionRoleArn ? [{ kind: 'uses-role', target: d.ExecutionRoleArn }] : []),
      ...(d?.VpcConfig?.Subnets ?? []).map((s) => ({ kind: 'in-subnet', target: ec2Arn(scope.region, scope.account, 'subnet', s) })),
    ]
    return awsResource<SageMakerModelAttributes>({
      uid: summary.ModelArn ?? sagemakerArn(scope, 'model', name),
      type: AWS.sagemakerModel,
      account: scope.account,
      region: scope.region,
      name,
      relations,
      attributes: {
        modelName: name,
        enableNetworkIsolation: read((x) => x.EnableNetworkIsolation === true),
        vpcConfig: read((x) =>
          x.VpcConfig && (x.VpcConfig.Subnets ?? []).length > 0
            ? { subnets: x.VpcConfig.Subnets ?? [], securityGroupIds: x.VpcConfig.SecurityGroupIds ?? [] }
            : null,
        ),
        executionRoleArn: read((x) => x.ExecutionRoleArn || null),
        environmentVariableNames: read((x) => containersOf(x).flatMap((c) => Object.keys(c.environment).map((k) => `${c.label}/${k}`))),
        environmentSecrets: read(environmentSecrets),
      },
    })
  })
}

/** Secrets in the lifecycle scripts (base64 shell scripts; compressed or binary content is not scanned). */
function scriptSecrets(d: SageMakerLifecycleConfigDetail): SecretHit[] {
  const hooks = [
    ...(d.OnCreate ?? []).map((h) => ({ label: 'OnCreate script', content: h.Content })),
    ...(d.OnStart ?? []).map((h) => ({ label: 'OnStart script', content: h.Content })),
  ]
  return hooks.flatMap((h) => {
    const text = decodeUserData(h.content)
    return text === null ? [] : findSecretsInText(text, h.label)
  })
}

/** Notebook lifecycle configurations → aws.sagemaker.notebook-lifecycle-config. */
function lifecycleConfigs(raw: SageMakerRaw, scope: NormalizeScope): Resource<SageMakerNotebookLifecycleConfigAttributes>[] {
  return raw.lifecycleConfigs.map(({ summary, detail }) => {
    const name = summary.NotebookInstanceLifecycleConfigName ?? ''
    return awsResource<SageMakerNotebookLifecycleConfigAttributes>({
      uid: summary.NotebookInstanceLifecycleConfigArn ?? sagemakerArn(scope, 'notebook-instance-lifecycle-config', name),
      type: AWS.sagemakerNotebookLifecycleConfig,
      account: scope.account,
      region: scope.region,
      name,
      attributes: {
        lifecycleConfigName: name,
        scriptSecrets: reader(detail, 'sagemaker:DescribeNotebookInstanceLifecycleConfig')(scriptSecrets),
      },
    })
  })
}

/** SageMaker raw data → notebook instances, endpoint configurations, models and lifecycle configurations; a failed Describe leaves its settings Unknown. */
export function normalizeSagemaker(raw: SageMakerRaw, scope: NormalizeScope): Resource[] {
  return [...notebooks(raw, scope), ...endpointConfigs(raw, scope), ...models(raw, scope), ...lifecycleConfigs(raw, scope)]
}
