/**
 * AWS Security Finding Format (ASFF 2018-10-08) for AWS Security Hub's BatchImportFindings. Every finding is imported
 * (passes too, as Security Hub's own controls do) so a fixed resource's finding turns PASSED/RESOLVED instead of
 * staying FAILED. Field limits Security Hub documents are enforced by truncating, never by dropping a finding.
 */
import type { Severity, Status } from '../../core/finding.js'
import type { ReportFinding } from '../model.js'
import type { RenderInput } from '../render-input.js'
import { checkMetaFor, complianceLabel, findingId, findingLocations, partitionOf, truncate } from './common.js'

/** The only ASFF schema version Security Hub accepts. */
export const ASFF_SCHEMA_VERSION = '2018-10-08'
/** BatchImportFindings accepts at most this many findings per call. */
export const ASFF_BATCH_LIMIT = 100
/** Documented ASFF limits (characters / items). */
export const ASFF_LIMITS = {
  title: 256,
  description: 1024,
  recommendationText: 512,
  relatedRequirements: 32,
  types: 50,
  productFields: 50,
  productFieldKey: 128,
  productFieldValue: 2048,
}

/** An ASFF finding as this renderer writes it (the subset of AwsSecurityFinding Posture fills). */
export interface AsffFinding {
  SchemaVersion: string
  Id: string
  ProductArn: string
  ProductName: string
  CompanyName: string
  GeneratorId: string
  AwsAccountId: string
  Types: string[]
  FirstObservedAt: string
  LastObservedAt: string
  CreatedAt: string
  UpdatedAt: string
  Severity: { Label: string; Original: string }
  Title: string
  Description: string
  Remediation: { Recommendation: { Text: string; Url?: string } }
  ProductFields: Record<string, string>
  Resources: { Type: string; Id: string; Partition?: string; Region?: string }[]
  Compliance: { Status: 'PASSED' | 'FAILED' | 'WARNING' | 'NOT_AVAILABLE'; RelatedRequirements?: string[] }
  Workflow: { Status: 'NEW' | 'SUPPRESSED' | 'RESOLVED' }
  RecordState: 'ACTIVE'
}

/** Options for ASFF output. */
export interface AsffOptions {
  /**
   * Security Hub region to import every finding into. Default: each finding's own region, and `homeRegion` for
   * account-wide (`global`) resources.
   */
  region?: string
  /** Region for global resources when `region` is not set (default us-east-1). */
  homeRegion?: string
}

/**
 * Posture resource types → ASFF resource types (the ResourceDetails names Security Hub knows; `AwsAccount` for
 * account-level settings, as Security Hub's own controls report them). Anything else is `Other`.
 */
export const ASFF_RESOURCE_TYPES: Record<string, string> = {
  'aws.accessanalyzer.analyzers': 'AwsAccount',
  'aws.account': 'AwsAccount',
  'aws.account.contacts': 'AwsAccount',
  'aws.acm.certificate': 'AwsCertificateManagerCertificate',
  'aws.apigateway.rest-api': 'AwsApiGatewayRestApi',
  'aws.apigateway.stage': 'AwsApiGatewayStage',
  'aws.apigateway.v2-api': 'AwsApiGatewayV2Api',
  'aws.apigateway.v2-stage': 'AwsApiGatewayV2Stage',
  'aws.autoscaling.group': 'AwsAutoScalingAutoScalingGroup',
  'aws.autoscaling.launch-configuration': 'AwsAutoScalingLaunchConfiguration',
  'aws.backup.plan': 'AwsBackupBackupPlan',
  'aws.backup.region-plans': 'AwsAccount',
  'aws.backup.vault': 'AwsBackupBackupVault',
  'aws.cloudformation.stack': 'AwsCloudFormationStack',
  'aws.cloudfront.distribution': 'AwsCloudFrontDistribution',
  'aws.cloudtrail.trail': 'AwsCloudTrailTrail',
  'aws.codebuild.project': 'AwsCodeBuildProject',
  'aws.codebuild.source-credentials': 'AwsAccount',
  'aws.config.recorders': 'AwsAccount',
  'aws.documentdb.cluster': 'AwsRdsDbCluster',
  'aws.dynamodb.table': 'AwsDynamoDbTable',
  'aws.ec2.ebs-encryption-default': 'AwsAccount',
  'aws.ec2.instance': 'AwsEc2Instance',
  'aws.ec2.launch-template': 'AwsEc2LaunchTemplate',
  'aws.ec2.network-acl': 'AwsEc2NetworkAcl',
  'aws.ec2.security-group': 'AwsEc2SecurityGroup',
  'aws.ec2.volume': 'AwsEc2Volume',
  'aws.ec2.vpc': 'AwsEc2Vpc',
  'aws.ecr.repository': 'AwsEcrRepository',
  'aws.ecs.cluster': 'AwsEcsCluster',
  'aws.ecs.service': 'AwsEcsService',
  'aws.ecs.task-definition': 'AwsEcsTaskDefinition',
  'aws.eks.cluster': 'AwsEksCluster',
  'aws.elb.load-balancer': 'AwsElbLoadBalancer',
  'aws.elbv2.load-balancer': 'AwsElbv2LoadBalancer',
  'aws.eventbridge.event-bus': 'AwsEventsEventbus',
  'aws.guardduty.detectors': 'AwsAccount',
  'aws.iam.group': 'AwsIamGroup',
  'aws.iam.password-policy': 'AwsAccount',
  'aws.iam.policy': 'AwsIamPolicy',
  'aws.iam.role': 'AwsIamRole',
  'aws.iam.root-user': 'AwsAccount',
  'aws.iam.user': 'AwsIamUser',
  'aws.kinesis.stream': 'AwsKinesisStream',
  'aws.kms.key': 'AwsKmsKey',
  'aws.lambda.function': 'AwsLambdaFunction',
  'aws.msk.cluster': 'AwsMskCluster',
  'aws.neptune.cluster': 'AwsRdsDbCluster',
  'aws.opensearch.domain': 'AwsOpenSearchServiceDomain',
  'aws.rds.db-cluster': 'AwsRdsDbCluster',
  'aws.rds.db-instance': 'AwsRdsDbInstance',
  'aws.rds.db-snapshot': 'AwsRdsDbSnapshot',
  'aws.redshift.cluster': 'AwsRedshiftCluster',
  'aws.route53.hosted-zone': 'AwsRoute53HostedZone',
  'aws.s3.account-public-access-block': 'AwsS3AccountPublicAccessBlock',
  'aws.s3.bucket': 'AwsS3Bucket',
  'aws.sagemaker.notebook-instance': 'AwsSageMakerNotebookInstance',
  'aws.secretsmanager.secret': 'AwsSecretsManagerSecret',
  'aws.securityhub.hub': 'AwsAccount',
  'aws.sns.topic': 'AwsSnsTopic',
  'aws.sqs.queue': 'AwsSqsQueue',
  'aws.stepfunctions.state-machine': 'AwsStepFunctionStateMachine',
  'aws.wafv2.web-acl': 'AwsWafv2WebAcl',
}

/** Framework ids → ASFF finding-type classifiers under "Software and Configuration Checks/Industry and Regulatory Standards". */
const STANDARD_TYPES: Record<string, string> = {
  'cis-aws': 'CIS AWS Foundations Benchmark',
  'aws-fsbp': 'AWS-Foundational-Security-Best-Practices',
  'pci-dss': 'PCI-DSS',
  hipaa: 'HIPAA Controls (USA)',
  'nist-800-53': 'NIST 800-53 Controls (USA)',
  'nist-csf': 'NIST CSF Controls (USA)',
  'iso-27001': 'ISO 27001 Controls',
  soc2: 'SOC 2',
  gdpr: 'GDPR Controls (Europe)',
}

const SEVERITY_LABEL: Record<Severity, string> = {
  critical: 'CRITICAL',
  high: 'HIGH',
  medium: 'MEDIUM',
  low: 'LOW',
  informational: 'INFORMATIONAL',
}

/** pass → PASSED, fail → FAILED, error → NOT_AVAILABLE ("the check could not be performed"; never PASSED). */
export const ASFF_COMPLIANCE_STATUS: Record<Status, AsffFinding['Compliance']['Status']> = {
  pass: 'PASSED',
  fail: 'FAILED',
  error: 'NOT_AVAILABLE',
}

const PARTITIONS = new Set(['aws', 'aws-cn', 'aws-us-gov'])

/** Drops empty values (ASFF strings must contain a non-space character) and enforces key and value limits. */
function productFields(entries: [string, string | null | undefined][]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of entries) {
    if (v === null || v === undefined || v.trim() === '') continue
    if (Object.keys(out).length >= ASFF_LIMITS.productFields) break
    out[truncate(k, ASFF_LIMITS.productFieldKey)] = truncate(v, ASFF_LIMITS.productFieldValue)
  }
  return out
}

function finding(input: RenderInput, f: ReportFinding, options: AsffOptions): AsffFinding {
  const { report } = input
  const meta = checkMetaFor(input, f)
  const { resource, physical } = findingLocations(f)
  const account = resource.account
  const region = options.region ?? (resource.region !== 'global' ? resource.region : (options.homeRegion ?? 'us-east-1'))
  const asffType = ASFF_RESOURCE_TYPES[resource.type] ?? 'Other'
  const partition = partitionOf(resource.uid)
  const resourceId = resource.uid.startsWith('arn:') ? resource.uid : asffType === 'AwsAccount' ? `AWS::::Account:${account}` : resource.uid
  const standards = [...new Set(f.compliance.map((r) => r.framework))]
  const types = [
    'Software and Configuration Checks/AWS Security Best Practices',
    ...standards.map((fw) => `Software and Configuration Checks/Industry and Regulatory Standards/${STANDARD_TYPES[fw] ?? fw}`),
    ...(meta.categories?.includes('data-exposure') ? ['Effects/Data Exposure'] : []),
  ].slice(0, ASFF_LIMITS.types)
  const requirements = f.compliance.map(complianceLabel)
  const steps = meta.remediation.steps.join(' ') || meta.remediation.cli || meta.title
  const url = meta.remediation.references[0]
  const status = ASFF_COMPLIANCE_STATUS[f.status]
  const description = f.status === 'error' ? `Could not be determined: ${f.message}\n\n${meta.rationale}` : `${f.message}\n\n${meta.rationale}`
  return {
    SchemaVersion: ASFF_SCHEMA_VERSION,
    Id: `posture/${f.checkId}/${findingId(f)}`,
    ProductArn: `arn:${PARTITIONS.has(partition) ? partition : 'aws'}:securityhub:${region}:${account}:product/${account}/default`,
    ProductName: 'Posture',
    CompanyName: 'Posture',
    GeneratorId: f.checkId,
    AwsAccountId: account,
    Types: types,
    FirstObservedAt: report.scan.startedAt,
    LastObservedAt: report.scan.finishedAt,
    CreatedAt: report.scan.finishedAt,
    UpdatedAt: report.scan.finishedAt,
    // Security Hub labels passed control findings INFORMATIONAL; the check's own severity stays in Original.
    Severity: { Label: f.status === 'pass' ? 'INFORMATIONAL' : SEVERITY_LABEL[f.severity], Original: f.severity },
    Title: truncate(f.title, ASFF_LIMITS.title),
    Description: truncate(description, ASFF_LIMITS.description),
    Remediation: { Recommendation: { Text: truncate(steps, ASFF_LIMITS.recommendationText), ...(url ? { Url: url } : {}) } },
    ProductFields: productFields([
      ['ProviderName', 'Posture'],
      ['ProviderVersion', report.tool.version],
      ['posture/ScanId', report.scan.id],
      ['posture/CheckId', f.checkId],
      ['posture/Status', f.status],
      ['posture/ResourceUid', resource.uid],
      ['posture/ResourceType', resource.type],
      ['posture/ResourceName', resource.name],
      ['posture/RemediationCli', meta.remediation.cli],
      // RelatedRequirements holds 32 references at most: the full list goes here only when it is longer.
      ['posture/Compliance', requirements.length > ASFF_LIMITS.relatedRequirements ? requirements.join('; ') : undefined],
      ['posture/MutedBy', f.muted?.suppressionId],
      ['posture/MutedReason', f.muted?.reason],
      ['posture/MutedOwner', f.muted?.owner],
      ['posture/MutedUntil', f.muted?.expiresAt],
      ['posture/File', physical?.file],
      ['posture/Line', physical?.startLine?.toString()],
    ]),
    Resources: [
      {
        Type: asffType,
        Id: resourceId,
        ...(PARTITIONS.has(partition) ? { Partition: partition } : {}),
        ...(resource.region !== 'global' ? { Region: resource.region } : {}),
      },
    ],
    Compliance: {
      Status: status,
      ...(requirements.length > 0 ? { RelatedRequirements: requirements.slice(0, ASFF_LIMITS.relatedRequirements) } : {}),
    },
    // Muted = accepted risk (SUPPRESSED); passes are RESOLVED like Security Hub's own passed controls; the rest is NEW.
    Workflow: { Status: f.muted ? 'SUPPRESSED' : f.status === 'pass' ? 'RESOLVED' : 'NEW' },
    RecordState: 'ACTIVE',
  }
}

/** Every AWS finding as an ASFF finding object, in report order (Security Hub takes findings of AWS accounts only). */
export function asffFindings(input: RenderInput, options: AsffOptions = {}): AsffFinding[] {
  return input.report.findings.filter((f) => f.resource.provider === 'aws').map((f) => finding(input, f, options))
}

/**
 * A JSON array of ASFF findings for `aws securityhub batch-import-findings --findings file://…`. The API takes at most
 * 100 findings per call, and each from the calling account and the ProductArn's region: split with
 * {@link asffImportBatches} (or `jq`) before importing.
 */
export function renderAsff(input: RenderInput, options: AsffOptions = {}): string {
  // One compact finding per line: a third of the size of indented JSON, and still greppable and diffable.
  const lines = asffFindings(input, options).map((f) => JSON.stringify(f))
  return lines.length === 0 ? '[]\n' : `[\n${lines.join(',\n')}\n]\n`
}

/** Groups findings into BatchImportFindings calls: one account and region per call, at most 100 findings each. */
export function asffImportBatches(findings: readonly AsffFinding[]): { account: string; region: string; findings: AsffFinding[] }[] {
  const groups = new Map<string, AsffFinding[]>()
  for (const f of findings) {
    const region = f.ProductArn.split(':')[3]!
    const key = `${f.AwsAccountId}\u0000${region}`
    const list = groups.get(key) ?? []
    list.push(f)
    groups.set(key, list)
  }
  const out: { account: string; region: string; findings: AsffFinding[] }[] = []
  for (const [key, list] of groups) {
    const [account, region] = key.split('\u0000') as [string, string]
    for (let i = 0; i < list.length; i += ASFF_BATCH_LIMIT) out.push({ account, region, findings: list.slice(i, i + ASFF_BATCH_LIMIT) })
  }
  return out
}
