import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type AutoScalingGroupAttributes } from '../../../normalize/aws/types.js'

/** True when a load balancer (Classic, target group, or an ELB traffic source) is attached to the group. */
function hasLoadBalancer(a: AutoScalingGroupAttributes): boolean {
  return (
    a.loadBalancerNames.length > 0 ||
    a.targetGroupArns.length > 0 ||
    a.trafficSources.some((t) => t.type === null || t.type === 'elb' || t.type === 'elbv2')
  )
}

/** Groups behind a load balancer should use its health checks to replace instances that stop serving. */
export default defineCheck<AutoScalingGroupAttributes>({
  id: 'aws-autoscaling-group-elb-health-check',
  title: 'Auto Scaling group behind a load balancer uses ELB health checks',
  resourceType: AWS.autoscalingGroup,
  severity: 'low',
  categories: ['resilience'],
  rationale:
    'With only EC2 status checks, an instance whose application has failed keeps running and stays in service as long as the VM is up; ' +
    'ELB health checks let Auto Scaling replace instances the load balancer considers unhealthy.',
  remediation: {
    steps: ['Set the group health check type to ELB and a grace period long enough for instances to boot.'],
    cli: 'aws autoscaling update-auto-scaling-group --auto-scaling-group-name <asg> --health-check-type ELB --health-check-grace-period 300',
    terraform: 'aws_autoscaling_group: health_check_type = "ELB".',
    references: [
      'https://docs.aws.amazon.com/autoscaling/ec2/userguide/as-add-elb-healthcheck.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/autoscaling-controls.html#autoscaling-1',
    ],
  },
  applies: (group) => hasLoadBalancer(group.attributes),
  evaluate(group, result) {
    const { autoScalingGroupName: name, healthCheckType } = group.attributes
    return healthCheckType.split(',').some((t) => t.trim() === 'ELB')
      ? result.pass(`Auto Scaling group ${name} uses ELB health checks.`)
      : result.fail(`Auto Scaling group ${name} is attached to a load balancer but its health check type is ${healthCheckType}.`)
  },
})
