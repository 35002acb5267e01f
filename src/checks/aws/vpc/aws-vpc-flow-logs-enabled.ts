import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type FlowLog, type VpcAttributes } from '../../../normalize/aws/types.js'

/** True when a flow log is delivering; a missing status (some APIs and emulators omit FlowLogStatus) counts as active. */
function isActive(log: FlowLog): boolean {
  const status = log.status.trim().toUpperCase()
  return status === 'ACTIVE' || status === '' || status === 'UNKNOWN'
}

/** Every VPC needs flow logs so network traffic can be investigated after an incident. */
export default defineCheck<VpcAttributes>({
  id: 'aws-vpc-flow-logs-enabled',
  title: 'VPC has an active flow log',
  resourceType: AWS.ec2Vpc,
  severity: 'medium',
  categories: ['logging'],
  rationale:
    'Without flow logs there is no record of which addresses talked to which instances, so exfiltration, scanning or command-and-control traffic cannot be detected by GuardDuty-style analysis or reconstructed during incident response.',
  remediation: {
    steps: [
      'Create a flow log for the VPC capturing at least REJECT traffic (ALL is recommended) to CloudWatch Logs or S3.',
      'Give the delivery role or bucket policy the permissions flow logs need and verify the flow log status is ACTIVE.',
    ],
    cli: 'aws ec2 create-flow-logs --resource-type VPC --resource-ids <vpc-id> --traffic-type ALL --log-destination-type s3 --log-destination arn:aws:s3:::<bucket>/vpc-flow-logs/',
    terraform:
      'Declare aws_flow_log with vpc_id = aws_vpc.<name>.id, traffic_type = "ALL" and log_destination (S3 bucket ARN or CloudWatch log group ARN with iam_role_arn).',
    references: [
      'https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-6',
    ],
  },
  evaluate(vpc, result) {
    const logs = known(vpc.attributes.flowLogs, 'VPC flow logs')
    const active = logs.filter(isActive)
    if (active.length > 0)
      return result.pass(`VPC ${vpc.attributes.vpcId} has active flow log(s) ${active.map((l) => `${l.id} (${l.trafficType})`).join(', ')}.`)
    if (logs.length === 0) return result.fail(`VPC ${vpc.attributes.vpcId} has no flow logs.`)
    return result.fail(`VPC ${vpc.attributes.vpcId} has flow log(s) but none active: ${logs.map((l) => `${l.id} is ${l.status}`).join(', ')}.`)
  },
})
