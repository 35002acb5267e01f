import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import { AWS, settingUid, type ConfigRecordersAttributes } from '../../../normalize/aws/types.js'
import check from './aws-config-recorder-enabled.js'
import { awsFixture, runCheck } from '../../_shared/testing.js'

type Recorder = Extract<ConfigRecordersAttributes['recorders'], unknown[]>[number]
const rec = (attrs: Partial<Recorder> = {}): Recorder => ({
  name: 'default',
  allSupported: true,
  includeGlobalResourceTypes: true,
  recording: true,
  lastStatus: 'Success',
  ...attrs,
})
const recorders = (list: ConfigRecordersAttributes['recorders']) =>
  awsFixture<ConfigRecordersAttributes>(
    AWS.configRecorders,
    { recorders: list, deliveryChannels: [{ name: 'default', s3BucketName: 'config-bucket' }] },
    { uid: settingUid('111122223333', 'us-east-1', 'config-recorders'), name: 'config-recorders' },
  )

describe(check.id, () => {
  const cases: { name: string; list: ConfigRecordersAttributes['recorders']; expected: string; says: string }[] = [
    {
      name: 'recording everything',
      list: [rec()],
      expected: 'pass',
      says: 'Recorder default records all supported resource types in us-east-1 (last status Success)',
    },
    { name: 'just started (no status yet)', list: [rec({ lastStatus: null })], expected: 'pass', says: 'not reported yet' },
    { name: 'no recorder', list: [], expected: 'fail', says: 'No AWS Config recorder exists in us-east-1' },
    { name: 'stopped', list: [rec({ recording: false })], expected: 'fail', says: 'recorder default is stopped' },
    {
      name: 'selected types only',
      list: [rec({ allSupported: false })],
      expected: 'fail',
      says: 'recorder default records only selected resource types',
    },
    { name: 'last recording failed', list: [rec({ lastStatus: 'Failure' })], expected: 'fail', says: 'failed its last recording attempt' },
    {
      name: 'stopped and partial',
      list: [rec({ recording: false, allSupported: false })],
      expected: 'fail',
      says: 'is stopped and records only selected resource types',
    },
    {
      name: 'a second, complete recorder',
      list: [rec({ name: 'partial', allSupported: false }), rec({ name: 'full' })],
      expected: 'pass',
      says: 'Recorder full',
    },
    {
      name: 'recorders not collected',
      list: unknown('config:DescribeConfigurationRecorders: AccessDenied'),
      expected: 'error',
      says: 'DescribeConfigurationRecorders',
    },
  ]
  it.each(cases)('$name → $expected', ({ list, expected, says }) => {
    const f = runCheck(check, recorders(list))
    expect(f.status).toBe(expected)
    expect(f.message).toContain(says)
  })
})
