import { defineCheck } from '../../../evaluate/define-check.js'
import { NotCollectedError } from '../../../core/unknown.js'
import { AWS, type LambdaFunctionAttributes, type SubnetAttributes } from '../../../normalize/aws/types.js'

/** VPC-attached functions should have subnets in at least two Availability Zones. */
export default defineCheck<LambdaFunctionAttributes>({
  id: 'aws-lambda-function-vpc-multi-az',
  title: 'VPC-attached Lambda function has subnets in at least two Availability Zones',
  resourceType: AWS.lambdaFunction,
  severity: 'low',
  categories: ['resilience'],
  rationale:
    'A function attached to a VPC can only run in the Availability Zones of its subnets; with a single zone, an outage of that zone ' +
    'stops every invocation, while Lambda itself would otherwise keep running in the others.',
  remediation: {
    steps: ['Add subnets from at least one more Availability Zone of the same VPC to the function VPC configuration.'],
    cli: 'aws lambda update-function-configuration --function-name <name> --vpc-config SubnetIds=<subnet-a>,<subnet-b>,SecurityGroupIds=<sg>',
    terraform: 'aws_lambda_function: vpc_config { subnet_ids = [subnets in two or more Availability Zones] }.',
    references: [
      'https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/lambda-controls.html#lambda-5',
    ],
  },
  applies: (fn) => fn.attributes.vpc !== null,
  evaluate(fn, result, ctx) {
    const name = fn.attributes.functionName
    const subnets = ctx.inventory.related<SubnetAttributes>(fn, 'in-subnet')
    const wanted = fn.attributes.vpc?.subnetIds ?? []
    if (subnets.length < wanted.length) {
      const missing = wanted.filter((id) => !subnets.some((s) => s.attributes.subnetId === id))
      throw new NotCollectedError(`Availability Zones of subnets ${missing.join(', ')} of function ${name} (subnets not in the inventory)`)
    }
    const zones = [...new Set(subnets.map((s) => s.attributes.availabilityZone))].sort()
    return zones.length >= 2
      ? result.pass(`Function ${name} has subnets in ${zones.length} Availability Zones (${zones.join(', ')}).`)
      : result.fail(`Function ${name} has subnets in only ${zones.length === 0 ? 'no Availability Zone' : zones.join(', ')}.`)
  },
})
