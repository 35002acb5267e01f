import { mod, type AwsServiceModule } from './aws-module.js'
import { elbCollector } from '../collect/aws/elb.js'
import { normalizeElb } from '../normalize/aws/elb.js'
import { elbv2Collector } from '../collect/aws/elbv2.js'
import { normalizeElbv2 } from '../normalize/aws/elbv2.js'
import { cloudfrontCollector } from '../collect/aws/cloudfront.js'
import { normalizeCloudfront } from '../normalize/aws/cloudfront.js'
import { wafv2Collector } from '../collect/aws/wafv2.js'
import { normalizeWafv2 } from '../normalize/aws/wafv2.js'
import { acmCollector } from '../collect/aws/acm.js'
import { normalizeAcm } from '../normalize/aws/acm.js'

/** ELB (classic), ELBv2 (ALB/NLB), CloudFront, WAFv2, ACM: collector/normalizer pairs, in the order progress shows them. */
export const EDGE_MODULES: readonly AwsServiceModule[] = [
  mod(elbCollector, normalizeElb),
  mod(elbv2Collector, normalizeElbv2),
  mod(cloudfrontCollector, normalizeCloudfront),
  mod(wafv2Collector, normalizeWafv2),
  mod(acmCollector, normalizeAcm),
]
