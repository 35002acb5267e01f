import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import type { LaunchSettings } from '../../../normalize/aws/types.js'
import check from './aws-autoscaling-launch-config-user-data-no-secrets.js'
import { runCheck } from '../../_shared/testing.js'
import { launchConfiguration } from '../ec2/launch-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; over: Partial<LaunchSettings>; expected: string }[] = [
    { name: 'clean user data', over: {}, expected: 'pass' },
    { name: 'no user data', over: { userDataSecrets: null }, expected: 'pass' },
    {
      name: 'password in user data',
      over: { userDataSecrets: [{ location: 'user data line 2', kind: 'high-entropy value assigned to DB_PASSWORD' }] },
      expected: 'fail',
    },
    { name: 'user data unreadable', over: { userDataSecrets: unknown('user data could not be decompressed') }, expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ over, expected }) => {
    expect(runCheck(check, launchConfiguration(over)).status).toBe(expected)
  })
})
