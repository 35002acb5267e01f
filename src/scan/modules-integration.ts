import { mod, type AwsServiceModule } from './aws-module.js'
import { apigatewayCollector } from '../collect/aws/apigateway.js'
import { normalizeApigateway } from '../normalize/aws/apigateway.js'
import { apigatewayv2Collector } from '../collect/aws/apigatewayv2.js'
import { normalizeApigatewayv2 } from '../normalize/aws/apigatewayv2.js'
import { eventbridgeCollector } from '../collect/aws/eventbridge.js'
import { normalizeEventbridge } from '../normalize/aws/eventbridge.js'
import { stepfunctionsCollector } from '../collect/aws/stepfunctions.js'
import { normalizeStepfunctions } from '../normalize/aws/stepfunctions.js'
import { kinesisCollector } from '../collect/aws/kinesis.js'
import { normalizeKinesis } from '../normalize/aws/kinesis.js'
import { firehoseCollector } from '../collect/aws/firehose.js'
import { normalizeFirehose } from '../normalize/aws/firehose.js'
import { mskCollector } from '../collect/aws/msk.js'
import { normalizeMsk } from '../normalize/aws/msk.js'
import { glueCollector } from '../collect/aws/glue.js'
import { normalizeGlue } from '../normalize/aws/glue.js'

/** API Gateway (REST, HTTP/WebSocket), EventBridge, Step Functions, Kinesis/Firehose, MSK, Glue: collector/normalizer pairs, in the order progress shows them. */
export const INTEGRATION_MODULES: readonly AwsServiceModule[] = [
  mod(apigatewayCollector, normalizeApigateway),
  mod(apigatewayv2Collector, normalizeApigatewayv2),
  mod(eventbridgeCollector, normalizeEventbridge),
  mod(stepfunctionsCollector, normalizeStepfunctions),
  mod(kinesisCollector, normalizeKinesis),
  mod(firehoseCollector, normalizeFirehose),
  mod(mskCollector, normalizeMsk),
  mod(glueCollector, normalizeGlue),
]
