import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type TrailAttributes } from '../../../normalize/aws/types.js'

/** A trail that exists but is stopped records nothing; StopLogging is a classic step of covering tracks. */
export default defineCheck<TrailAttributes>({
  id: 'aws-cloudtrail-trail-logging',
  title: 'CloudTrail trail is logging',
  resourceType: AWS.cloudtrailTrail,
  severity: 'high',
  categories: ['logging'],
  rationale:
    'A stopped trail still shows up in the console and looks like audit coverage, but delivers no events; attackers call ' +
    'StopLogging precisely to blind monitoring before acting.',
  remediation: {
    steps: ['Start logging on the trail.', 'Alert on StopLogging calls (see aws-cloudwatch-cloudtrail-changes-monitored).'],
    cli: 'aws cloudtrail start-logging --name <trail>',
    terraform: 'aws_cloudtrail: enable_logging = true.',
    references: ['https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_StartLogging.html'],
  },
  evaluate(trail, result) {
    const name = trail.attributes.name
    return known(trail.attributes.isLogging, `logging status of trail ${name}`)
      ? result.pass(`Trail ${name} is logging.`)
      : result.fail(`Trail ${name} is stopped and delivers no events.`)
  },
})
