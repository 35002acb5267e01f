import check from './aws-cloudtrail-s3-data-events-write.js'
import { describeS3DataEventsCheck } from '../../_shared/trails-testing.js'

describeS3DataEventsCheck(check, 'write')
