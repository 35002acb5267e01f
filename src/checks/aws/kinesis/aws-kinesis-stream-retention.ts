import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type KinesisStreamAttributes } from '../../../normalize/aws/types.js'

/** Minimum retention: 7 days lets consumers recover from a week-long outage or replay after a bad deployment. */
const MIN_HOURS = 168

/** Kinesis data streams should keep records for at least 7 days. */
export default defineCheck<KinesisStreamAttributes>({
  id: 'aws-kinesis-stream-retention',
  title: 'Kinesis data stream retains records for at least 7 days',
  resourceType: AWS.kinesisStream,
  severity: 'low',
  categories: ['resilience'],
  rationale:
    'With the default 24-hour retention, records a consumer failed to process over a weekend or during an incident are gone for good; ' +
    'seven days leaves time to fix the consumer and replay the stream.',
  remediation: {
    steps: ['Increase the stream retention period to at least 168 hours (extended retention is billed per shard hour).'],
    cli: 'aws kinesis increase-stream-retention-period --stream-name <stream> --retention-period-hours 168',
    terraform: 'aws_kinesis_stream: retention_period = 168.',
    references: ['https://docs.aws.amazon.com/streams/latest/dev/kinesis-extended-retention.html'],
  },
  evaluate(stream, result) {
    const { streamName } = stream.attributes
    const hours = known(stream.attributes.retentionPeriodHours, `retention of stream ${streamName}`)
    return hours >= MIN_HOURS
      ? result.pass(`Stream ${streamName} retains records for ${hours} hours.`)
      : result.fail(`Stream ${streamName} retains records for only ${hours} hours (less than ${MIN_HOURS}).`)
  },
})
