import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type AccountAttributes, type TrailAttributes } from '../../../normalize/aws/types.js'
import { anySatisfies, baselineGaps, joinAnd, lacking, satisfied, uniqueTrails } from '../../_shared/trails.js'

/** Every account needs one trail that records all management events in every region (CIS AWS Foundations v1.4 3.1). */
export default defineCheck<AccountAttributes>({
  id: 'aws-cloudtrail-multi-region-trail-enabled',
  title: 'Account has a logging multi-region trail that records all management events',
  resourceType: AWS.account,
  severity: 'high',
  categories: ['logging'],
  rationale:
    'Without a multi-region trail recording read and write management events, API activity in unused regions (a favourite place to run ' +
    'crypto miners) and reconnaissance calls leave no audit record, which blinds incident response.',
  remediation: {
    steps: [
      'Create or update a trail with IsMultiRegionTrail = true.',
      'Set its event selectors to record management events with ReadWriteType All.',
      'Start logging on the trail.',
    ],
    cli:
      'aws cloudtrail update-trail --name <trail> --is-multi-region-trail && ' +
      'aws cloudtrail put-event-selectors --trail-name <trail> --event-selectors \'[{"ReadWriteType":"All","IncludeManagementEvents":true}]\' && ' +
      'aws cloudtrail start-logging --name <trail>',
    terraform:
      'aws_cloudtrail: is_multi_region_trail = true, enable_logging = true, and an event_selector with read_write_type = "All" and include_management_events = true.',
    references: [
      'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/receive-cloudtrail-log-files-from-multiple-regions.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html',
    ],
  },
  evaluate(account, result, ctx) {
    const trails = uniqueTrails(ctx.inventory.resources<TrailAttributes>(AWS.cloudtrailTrail, { account: account.account }))
    return anySatisfies(
      trails,
      (t) => {
        const gaps = baselineGaps(t)
        return gaps.length === 0
          ? satisfied(`Trail ${t.attributes.name} (home ${t.attributes.homeRegion}) is multi-region, logging and records all management events.`)
          : lacking(`trail ${t.attributes.name} ${joinAnd(gaps)}`)
      },
      result,
      { none: `Account ${account.account} has no CloudTrail trail.`, lead: 'No trail is multi-region, logging and recording all management events' },
    )
  },
})
