import { describe, expect, it } from 'vitest'
import type { Resource } from '../../../core/resource.js'
import { unknown } from '../../../core/unknown.js'
import type { LaunchSettings } from '../../../normalize/aws/types.js'
import check from './aws-autoscaling-launch-config-ebs-encrypted.js'
import { runCheck } from '../../_shared/testing.js'
import { ebsDefault, launchConfiguration } from '../ec2/launch-fixtures.js'

const vol = (encrypted: boolean | null) => [{ deviceName: '/dev/xvda', encrypted, kmsKeyId: null, snapshotId: null }]

describe(check.id, () => {
  const cases: { name: string; over: Partial<LaunchSettings>; others?: Resource<unknown>[]; expected: string }[] = [
    { name: 'Encrypted true', over: {}, expected: 'pass' },
    { name: 'Encrypted unset, encryption by default on', over: { ebsVolumes: vol(null) }, others: [ebsDefault(true)], expected: 'pass' },
    { name: 'Encrypted unset, encryption by default off', over: { ebsVolumes: vol(null) }, others: [ebsDefault(false)], expected: 'fail' },
    { name: 'Encrypted false', over: { ebsVolumes: vol(false) }, others: [ebsDefault(true)], expected: 'fail' },
    {
      name: 'Encrypted unset, default not collected',
      over: { ebsVolumes: vol(null) },
      others: [ebsDefault(unknown('AccessDenied'))],
      expected: 'error',
    },
  ]
  it.each(cases)('$name → $expected', ({ over, others, expected }) => {
    expect(runCheck(check, launchConfiguration(over), others).status).toBe(expected)
  })
})
