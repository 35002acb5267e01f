import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import check from './aws-ecs-service-no-public-ip.js'
import { runCheck } from '../../_shared/testing.js'
import { service } from './fixtures.js'

describe(check.id, () => {
  const failed = unknown('ecs:DescribeServices: AccessDenied')
  const cases: { name: string; resource: ReturnType<typeof service>; expected: string }[] = [
    { name: 'DISABLED', resource: service(), expected: 'pass' },
    { name: 'bridge mode (no awsvpc configuration)', resource: service({ assignPublicIp: null, launchType: 'EC2' }), expected: 'pass' },
    { name: 'ENABLED', resource: service({ assignPublicIp: 'ENABLED' }), expected: 'fail' },
    { name: 'not collected', resource: service({ assignPublicIp: failed }), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ resource, expected }) => {
    expect(runCheck(check, resource).status).toBe(expected)
  })
})
