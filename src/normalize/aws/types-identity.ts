/**
 * Normalized types for SageMaker, Cognito, Route 53. Type ids are merged into `AWS` in types.ts; import shared shapes from
 * './types.js' with `import type` only (types.ts re-exports this file, so a value import would be a cycle).
 */
import type { Maybe } from '../../core/unknown.js'
import type { SecretHit } from '../secrets.js'

/** Resource type ids of this group. */
export const IDENTITY_TYPES = {
  sagemakerNotebookInstance: 'aws.sagemaker.notebook-instance',
  sagemakerEndpointConfig: 'aws.sagemaker.endpoint-config',
  sagemakerModel: 'aws.sagemaker.model',
  sagemakerNotebookLifecycleConfig: 'aws.sagemaker.notebook-lifecycle-config',
  cognitoUserPool: 'aws.cognito.user-pool',
  cognitoIdentityPool: 'aws.cognito.identity-pool',
  route53HostedZone: 'aws.route53.hosted-zone',
} as const

// ---------------------------------------------------------------- SageMaker

/**
 * aws.sagemaker.notebook-instance — uid = notebook instance ARN. Every attribute but the name and status comes from
 * DescribeNotebookInstance, so its failure leaves them Unknown. Relations: 'in-subnet', 'uses-kms-key'.
 */
export interface SageMakerNotebookInstanceAttributes {
  notebookInstanceName: string
  /** Pending | InService | Stopping | Stopped | Failed | Deleting | Updating (ListNotebookInstances). */
  status: string
  /** RootAccess 'Enabled' (the default) = true. */
  rootAccess: Maybe<boolean>
  /** DirectInternetAccess 'Enabled' (the default) = true. */
  directInternetAccess: Maybe<boolean>
  /** KMS key for the ML storage volume; null = SageMaker's own key. */
  kmsKeyId: Maybe<string | null>
  /** VPC subnet of the instance's network interface; null = not in a VPC of the account. */
  subnetId: Maybe<string | null>
  securityGroupIds: Maybe<string[]>
  platformIdentifier: Maybe<string | null>
}

/** One production variant of an endpoint configuration. */
export interface SageMakerProductionVariant {
  variantName: string
  /** null for serverless variants. */
  instanceType: string | null
  serverless: boolean
}

/** aws.sagemaker.endpoint-config — uid = endpoint configuration ARN. Relation 'uses-kms-key'. */
export interface SageMakerEndpointConfigAttributes {
  endpointConfigName: string
  /** DescribeEndpointConfig KmsKeyId for the ML storage volumes; null = not set. */
  kmsKeyId: Maybe<string | null>
  productionVariants: Maybe<SageMakerProductionVariant[]>
}

/** aws.sagemaker.model — uid = model ARN. Relations: 'uses-role' → execution role ARN, 'in-subnet'. */
export interface SageMakerModelAttributes {
  modelName: string
  /** DescribeModel EnableNetworkIsolation (absent = false). */
  enableNetworkIsolation: Maybe<boolean>
  /** DescribeModel VpcConfig; null = containers do not run in a VPC of the account. */
  vpcConfig: Maybe<{ subnets: string[]; securityGroupIds: string[] } | null>
  executionRoleArn: Maybe<string | null>
  /** Names (never values) of the containers' environment variables, as `<container>/<NAME>`. */
  environmentVariableNames: Maybe<string[]>
  /** Secrets found in the containers' environment variables (locations and kinds only). */
  environmentSecrets: Maybe<SecretHit[]>
}

/** aws.sagemaker.notebook-lifecycle-config — uid = lifecycle configuration ARN. Scripts are scanned, never stored. */
export interface SageMakerNotebookLifecycleConfigAttributes {
  lifecycleConfigName: string
  /** Secrets found in the OnCreate and OnStart scripts (locations and kinds only). */
  scriptSecrets: Maybe<SecretHit[]>
}

// ---------------------------------------------------------------- Cognito

/** A user pool's password policy (DescribeUserPool Policies.PasswordPolicy). */
export interface CognitoPasswordPolicy {
  minimumLength: number
  requireUppercase: boolean
  requireLowercase: boolean
  requireNumbers: boolean
  requireSymbols: boolean
  /** null = not reported. */
  passwordHistorySize: number | null
  temporaryPasswordValidityDays: number | null
}

/** aws.cognito.user-pool — uid = user pool ARN (`arn:aws:cognito-idp:<region>:<acct>:userpool/<id>`). */
export interface CognitoUserPoolAttributes {
  userPoolId: string
  userPoolName: string
  /** 'OFF' | 'ON' | 'OPTIONAL'. */
  mfaConfiguration: Maybe<string>
  /** UserPoolAddOns.AdvancedSecurityMode 'OFF' | 'AUDIT' | 'ENFORCED'; null = no add-on configuration. */
  advancedSecurityMode: Maybe<string | null>
  /** null = no password policy returned. */
  passwordPolicy: Maybe<CognitoPasswordPolicy | null>
  /** DeletionProtection 'ACTIVE' = true. */
  deletionProtection: Maybe<boolean>
  /** UserPoolTier 'LITE' | 'ESSENTIALS' | 'PLUS'; null = not reported. */
  tier: Maybe<string | null>
}

/** aws.cognito.identity-pool — uid `arn:aws:cognito-identity:<region>:<acct>:identitypool/<id>`. */
export interface CognitoIdentityPoolAttributes {
  identityPoolId: string
  identityPoolName: string
  /** AllowUnauthenticatedIdentities: guests get AWS credentials for the unauthenticated role. */
  allowUnauthenticatedIdentities: Maybe<boolean>
  /** AllowClassicFlow (absent = false): the basic authflow that skips the enhanced flow's session policy. */
  allowClassicFlow: Maybe<boolean>
}

// ---------------------------------------------------------------- Route 53

/** One record set of a hosted zone (values only for non-alias records). */
export interface DnsRecord {
  /** Fully qualified name, lowercase, without the trailing dot (`\052` unescaped to `*`). */
  name: string
  type: string
  /** SetIdentifier of weighted, latency, failover, geolocation or multivalue records; null otherwise. */
  setIdentifier: string | null
  values: string[]
  /** AliasTarget.DNSName, lowercase, without the trailing dot; null for non-alias records. */
  aliasTarget: string | null
}

/** aws.route53.hosted-zone — uid `arn:aws:route53:::hostedzone/<id>`, region 'global'. */
export interface Route53HostedZoneAttributes {
  hostedZoneId: string
  /** Zone apex without the trailing dot. */
  zoneName: string
  privateZone: boolean
  recordCount: number | null
  /** GetDNSSEC Status.ServeSignature ('SIGNING', 'NOT_SIGNING', ...); null for private zones (no DNSSEC). */
  dnssecStatus: Maybe<string | null>
  /** CloudWatch Logs log group ARNs of the zone's query logging configurations; null for private zones. */
  queryLogGroups: Maybe<string[] | null>
  records: Maybe<DnsRecord[]>
}
