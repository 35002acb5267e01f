import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type ConfigRecordersAttributes } from '../../../normalize/aws/types.js'
import { joinAnd } from '../../_shared/trails.js'

type Recorder = Extract<ConfigRecordersAttributes['recorders'], unknown[]>[number]

/** What keeps a recorder from recording every supported resource type right now ([] = nothing). */
function recorderGaps(r: Recorder): string[] {
  const gaps: string[] = []
  if (!r.recording) gaps.push('is stopped')
  if (!r.allSupported) gaps.push('records only selected resource types')
  // lastStatus is DescribeConfigurationRecorderStatus lastStatus: Pending | Success | Failure.
  if (r.lastStatus === 'Failure') gaps.push('failed its last recording attempt')
  return gaps
}

/** Each region needs an AWS Config recorder that records all supported resource types (CIS AWS Foundations v1.4 3.5). */
export default defineCheck<ConfigRecordersAttributes>({
  id: 'aws-config-recorder-enabled',
  title: 'AWS Config recorder records all supported resource types in the region',
  resourceType: AWS.configRecorders,
  severity: 'medium',
  categories: ['logging'],
  rationale:
    'AWS Config keeps the configuration history of resources; without a recorder in every region nobody can tell what a security group ' +
    'or bucket policy looked like before an incident, and Config rules cannot evaluate anything there.',
  remediation: {
    steps: [
      "Create (or update) the region's configuration recorder with allSupported = true and a delivery channel to an S3 bucket.",
      'Start the recorder and check that its last status is Success.',
    ],
    cli:
      'aws configservice put-configuration-recorder --configuration-recorder name=default,roleARN=<config-role-arn> ' +
      '--recording-group allSupported=true,includeGlobalResourceTypes=true && aws configservice start-configuration-recorder --configuration-recorder-name default',
    terraform:
      'aws_config_configuration_recorder with recording_group { all_supported = true }, an aws_config_delivery_channel, and ' +
      'aws_config_configuration_recorder_status with is_enabled = true.',
    references: [
      'https://docs.aws.amazon.com/config/latest/developerguide/stop-start-recorder.html',
      'https://docs.aws.amazon.com/config/latest/developerguide/select-resources.html',
    ],
  },
  evaluate(res, result) {
    const region = res.region
    const recorders = known(res.attributes.recorders, `configuration recorders in ${region}`)
    if (recorders.length === 0) return result.fail(`No AWS Config recorder exists in ${region}.`)
    const good = recorders.find((r) => recorderGaps(r).length === 0)
    if (good)
      return result.pass(
        `Recorder ${good.name} records all supported resource types in ${region} (last status ${good.lastStatus ?? 'not reported yet'}).`,
      )
    const why = recorders.map((r) => `recorder ${r.name} ${joinAnd(recorderGaps(r))}`)
    return result.fail(`No recorder in ${region} records all supported resource types: ${why.join('; ')}.`)
  },
})
