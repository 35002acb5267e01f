import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type EcsServiceAttributes } from '../../../normalize/aws/types.js'

/** Services in awsvpc mode should not give their tasks public IP addresses. */
export default defineCheck<EcsServiceAttributes>({
  id: 'aws-ecs-service-no-public-ip',
  title: 'ECS service does not assign public IP addresses to its tasks',
  resourceType: AWS.ecsService,
  severity: 'medium',
  categories: ['network'],
  rationale:
    'With assignPublicIp ENABLED every task gets an address on the internet, one security group rule away from exposing each port ' +
    'its containers listen on; tasks in private subnets behind a load balancer and NAT keep that surface closed.',
  remediation: {
    steps: [
      'Run the service in private subnets with assignPublicIp DISABLED, using a NAT gateway or VPC endpoints for outbound access.',
      'Publish what must be reachable through a load balancer.',
    ],
    cli: 'aws ecs update-service --cluster <cluster> --service <service> --network-configuration "awsvpcConfiguration={subnets=[<private-subnet>],securityGroups=[<sg>],assignPublicIp=DISABLED}"',
    terraform: 'aws_ecs_service: network_configuration { assign_public_ip = false, subnets = <private subnets> }.',
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-networking.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-2',
    ],
  },
  evaluate(service, result) {
    const { serviceName } = service.attributes
    const assign = known(service.attributes.assignPublicIp, `network configuration of service ${serviceName}`)
    if (assign === 'ENABLED') return result.fail(`Service ${serviceName} assigns public IP addresses to its tasks (assignPublicIp ENABLED).`)
    return assign === null
      ? result.pass(`Service ${serviceName} has no awsvpc network configuration, so its tasks get no public IP of their own.`)
      : result.pass(`Service ${serviceName} does not assign public IP addresses (assignPublicIp ${assign}).`)
  },
})
