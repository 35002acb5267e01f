import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type CloudFormationStackAttributes } from '../../../normalize/aws/types.js'

/** A stack whose last drift detection found drift no longer matches its template: changes were made outside CloudFormation. */
export default defineCheck<CloudFormationStackAttributes>({
  id: 'aws-cloudformation-stack-no-drift',
  title: 'CloudFormation stack was not found drifted by its last drift detection',
  resourceType: AWS.cloudformationStack,
  severity: 'low',
  categories: ['resilience'],
  rationale:
    'Drift means resources were changed by hand or by another tool: the template no longer describes what runs, reviews of the template ' +
    'miss the change (which may be a weakened security group or policy), and the next update may revert or fail on it.',
  remediation: {
    steps: [
      'Review the drifted resources (DescribeStackResourceDrifts) and either bring the change into the template or revert it.',
      'Run drift detection regularly, for example with the AWS Config rule cloudformation-stack-drift-detection-check.',
    ],
    cli: 'aws cloudformation describe-stack-resource-drifts --stack-name <stack> --stack-resource-drift-status-filters MODIFIED DELETED',
    terraform: 'Not a stack argument: reconcile the template (or the Terraform configuration that deploys it) with the live resources.',
    references: ['https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-stack-drift.html'],
  },
  evaluate(stack, result) {
    const { stackName, driftStatus, lastDriftCheck } = stack.attributes
    if (driftStatus === 'DRIFTED')
      return result.fail(`Stack ${stackName} was found drifted from its template at ${lastDriftCheck ?? 'its last check'}.`)
    if (driftStatus === 'IN_SYNC') return result.pass(`Stack ${stackName} was in sync with its template at ${lastDriftCheck ?? 'its last check'}.`)
    // Posture never starts a detection (DetectStackDrift is a write); with none recorded, no drift is known.
    return result.pass(`Stack ${stackName} has no drift recorded (drift status ${driftStatus}; drift detection has not run).`)
  },
})
