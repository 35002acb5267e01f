import { defineCheck } from '../../../evaluate/define-check.js'
import { known, NotCollectedError } from '../../../core/unknown.js'
import { AWS, type Route53HostedZoneAttributes } from '../../../normalize/aws/types.js'
import { awsTargetOf, describeTarget, hostOf, targetStatus } from './dns-targets.js'

/**
 * Records that point at AWS resources which no longer exist in the account (dangling DNS) let whoever creates a resource
 * with that name serve content under the domain. Targets whose type was not collected make the check ERROR, never PASS.
 */
export default defineCheck<Route53HostedZoneAttributes>({
  id: 'aws-route53-zone-no-dangling-records',
  title: 'Route 53 hosted zone has no records pointing at AWS resources that no longer exist',
  resourceType: AWS.route53HostedZone,
  severity: 'high',
  categories: ['network'],
  rationale:
    'A CNAME or alias left behind after its S3 bucket, CloudFront distribution, Elastic Beanstalk environment, load balancer or EC2 ' +
    'address was deleted still sends visitors to that name. Anyone who creates a bucket or environment with the same name, adds the ' +
    'host to a distribution, or is allocated the address serves content under your domain: phishing, cookie theft and bypass of ' +
    'same-site protections (subdomain takeover).',
  remediation: {
    steps: [
      'For each record listed, confirm the target was deleted on purpose, then delete the record (or point it at the resource that replaced it).',
      'Delete DNS records before the resources they point at when decommissioning, and review zones after clean-ups.',
    ],
    cli: 'aws route53 change-resource-record-sets --hosted-zone-id <zone-id> --change-batch file://delete-dangling-record.json',
    terraform: 'Remove the aws_route53_record resource (or change its records / alias block) that points at the deleted target.',
    references: [
      'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/resource-record-sets-deleting.html',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/website-hosting-custom-domain-walkthrough.html',
    ],
  },
  evaluate(zone, result, ctx) {
    const name = zone.attributes.zoneName
    const records = known(zone.attributes.records, `record sets of hosted zone ${name}`)
    const dangling: string[] = []
    const unverified: string[] = []
    let checked = 0
    for (const rec of records) {
      const hosts = rec.aliasTarget ? [rec.aliasTarget] : rec.type === 'CNAME' ? rec.values.map(hostOf) : []
      for (const host of hosts) {
        const target = awsTargetOf(host, rec.name)
        if (!target) continue
        checked++
        const label = `${rec.name} (${rec.aliasTarget ? `${rec.type} alias` : 'CNAME'}) → ${describeTarget(target)}`
        const s = targetStatus(target, ctx.inventory, zone.account)
        if (s.status === 'missing') dangling.push(label)
        else if (s.status === 'unknown') unverified.push(`${label}: ${s.reason}`)
      }
    }
    if (dangling.length > 0) {
      return result.fail(`Hosted zone ${name} has records pointing at AWS resources not found in this account: ${dangling.join('; ')}.`)
    }
    if (unverified.length > 0) throw new NotCollectedError(`targets of hosted zone ${name} could not be verified: ${unverified.join('; ')}`)
    return checked === 0
      ? result.pass(`Hosted zone ${name} has no records pointing at S3, CloudFront, Elastic Beanstalk, load balancer or EC2 host names.`)
      : result.pass(
          `Hosted zone ${name}: ${checked === 1 ? 'the record' : `all ${checked} records`} pointing at AWS resources point at resources of this account.`,
        )
  },
})
