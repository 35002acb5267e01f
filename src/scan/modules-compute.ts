import { mod, type AwsServiceModule } from './aws-module.js'
import { ec2LaunchTemplatesCollector } from '../collect/aws/ec2-launch-templates.js'
import { normalizeEc2LaunchTemplates } from '../normalize/aws/ec2-launch-templates.js'
import { autoscalingCollector } from '../collect/aws/autoscaling.js'
import { normalizeAutoscaling } from '../normalize/aws/autoscaling.js'
import { lambdaCollector } from '../collect/aws/lambda.js'
import { normalizeLambda } from '../normalize/aws/lambda.js'
import { ecrCollector } from '../collect/aws/ecr.js'
import { normalizeEcr } from '../normalize/aws/ecr.js'

/** Auto Scaling, EC2 launch templates, Lambda, ECR: collector/normalizer pairs, in the order progress shows them. */
export const COMPUTE_MODULES: readonly AwsServiceModule[] = [
  mod(ec2LaunchTemplatesCollector, normalizeEc2LaunchTemplates),
  mod(autoscalingCollector, normalizeAutoscaling),
  mod(lambdaCollector, normalizeLambda),
  mod(ecrCollector, normalizeEcr),
]
