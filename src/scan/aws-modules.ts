import { mod, type AwsServiceModule } from './aws-module.js'
import { EDGE_MODULES } from './modules-edge.js'
import { COMPUTE_MODULES } from './modules-compute.js'
import { CONTAINERS_MODULES } from './modules-containers.js'
import { DATASTORES_MODULES } from './modules-datastores.js'
import { MANAGEMENT_MODULES } from './modules-management.js'
import { INTEGRATION_MODULES } from './modules-integration.js'
import { IDENTITY_MODULES } from './modules-identity.js'
import { iamCollector } from '../collect/aws/iam.js'
import { s3Collector } from '../collect/aws/s3.js'
import { ec2Collector } from '../collect/aws/ec2.js'
import { cloudtrailCollector } from '../collect/aws/cloudtrail.js'
import { kmsCollector } from '../collect/aws/kms.js'
import { rdsCollector } from '../collect/aws/rds.js'
import { logsCollector } from '../collect/aws/logs.js'
import { cloudwatchCollector } from '../collect/aws/cloudwatch.js'
import { configCollector } from '../collect/aws/config.js'
import { accessanalyzerCollector } from '../collect/aws/accessanalyzer.js'
import { normalizeAccessanalyzer } from '../normalize/aws/accessanalyzer.js'
import { securityhubCollector } from '../collect/aws/securityhub.js'
import { normalizeSecurityhub } from '../normalize/aws/securityhub.js'
import { guarddutyCollector } from '../collect/aws/guardduty.js'
import { normalizeGuardduty } from '../normalize/aws/guardduty.js'
import { efsCollector } from '../collect/aws/efs.js'
import { normalizeEfs } from '../normalize/aws/efs.js'
import { snsCollector } from '../collect/aws/sns.js'
import { normalizeSns } from '../normalize/aws/sns.js'
import { sqsCollector } from '../collect/aws/sqs.js'
import { normalizeSqs } from '../normalize/aws/sqs.js'
import { normalizeIam } from '../normalize/aws/iam.js'
import { normalizeS3 } from '../normalize/aws/s3.js'
import { normalizeEc2 } from '../normalize/aws/ec2.js'
import { normalizeCloudtrail } from '../normalize/aws/cloudtrail.js'
import { normalizeKms } from '../normalize/aws/kms.js'
import { normalizeRds } from '../normalize/aws/rds.js'
import { normalizeLogs } from '../normalize/aws/logs.js'
import { normalizeCloudwatch } from '../normalize/aws/cloudwatch.js'
import { normalizeConfig } from '../normalize/aws/config.js'

/** Every AWS service Posture collects, in the order progress shows them. */
export const AWS_MODULES: readonly AwsServiceModule[] = [
  mod(iamCollector, normalizeIam),
  mod(s3Collector, normalizeS3),
  mod(ec2Collector, normalizeEc2),
  mod(cloudtrailCollector, normalizeCloudtrail),
  mod(kmsCollector, normalizeKms),
  mod(rdsCollector, normalizeRds),
  mod(logsCollector, normalizeLogs),
  mod(cloudwatchCollector, normalizeCloudwatch),
  mod(configCollector, normalizeConfig),
  mod(accessanalyzerCollector, normalizeAccessanalyzer),
  mod(securityhubCollector, normalizeSecurityhub),
  mod(guarddutyCollector, normalizeGuardduty),
  mod(efsCollector, normalizeEfs),
  mod(snsCollector, normalizeSns),
  mod(sqsCollector, normalizeSqs),
  ...EDGE_MODULES,
  ...COMPUTE_MODULES,
  ...CONTAINERS_MODULES,
  ...DATASTORES_MODULES,
  ...MANAGEMENT_MODULES,
  ...INTEGRATION_MODULES,
  ...IDENTITY_MODULES,
]

export type { AwsServiceModule }
