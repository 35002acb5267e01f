import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type Route53HostedZoneAttributes } from '../../../normalize/aws/types.js'

/** Public hosted zones should sign their records with DNSSEC. */
export default defineCheck<Route53HostedZoneAttributes>({
  id: 'aws-route53-zone-dnssec-signing',
  title: 'Route 53 public hosted zone has DNSSEC signing enabled',
  resourceType: AWS.route53HostedZone,
  severity: 'medium',
  categories: ['network'],
  rationale:
    'Without DNSSEC, validating resolvers cannot tell a genuine answer for the domain from a forged one, so cache poisoning or an on-path ' +
    'attacker can send users and mail to hosts of their choosing. Signing lets resolvers reject answers not signed by the zone key.',
  remediation: {
    steps: [
      'Create a key-signing key backed by an asymmetric ECC_NIST_P256 KMS key in us-east-1 and enable DNSSEC signing for the zone.',
      'Add the DS record at the parent zone or domain registrar to complete the chain of trust, and alarm on the DNSSEC CloudWatch metrics.',
    ],
    cli: 'aws route53 create-key-signing-key --hosted-zone-id <zone-id> --name <ksk-name> --key-management-service-arn <kms-key-arn> --status ACTIVE --caller-reference <unique> && aws route53 enable-hosted-zone-dnssec --hosted-zone-id <zone-id>',
    terraform:
      'aws_route53_key_signing_key (key_management_service_arn = <kms-key-arn>) and aws_route53_hosted_zone_dnssec (hosted_zone_id = <zone-id>, signing_status = "SIGNING").',
    references: ['https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-configuring-dnssec.html'],
  },
  applies: (zone) => !zone.attributes.privateZone,
  evaluate(zone, result) {
    const name = zone.attributes.zoneName
    const status = known(zone.attributes.dnssecStatus, `DNSSEC status of hosted zone ${name}`)
    return status === 'SIGNING'
      ? result.pass(`Public hosted zone ${name} is signed with DNSSEC.`)
      : result.fail(`Public hosted zone ${name} is not signed with DNSSEC (status ${status ?? 'not reported'}).`)
  },
})
