import check from './aws-cloudtrail-s3-data-events-read.js'
import { describeS3DataEventsCheck } from '../../_shared/trails-testing.js'

describeS3DataEventsCheck(check, 'read')
