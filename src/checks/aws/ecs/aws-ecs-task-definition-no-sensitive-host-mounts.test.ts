import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import check from './aws-ecs-task-definition-no-sensitive-host-mounts.js'
import { runCheck } from '../../_shared/testing.js'
import { taskDefinition } from './fixtures.js'

describe(check.id, () => {
  const failed = unknown('ecs:DescribeTaskDefinition: AccessDenied')
  const cases: { name: string; resource: ReturnType<typeof taskDefinition>; expected: string }[] = [
    { name: 'no host volumes', resource: taskDefinition(), expected: 'pass' },
    {
      name: 'an application data directory',
      resource: taskDefinition({ hostVolumes: [{ name: 'data', sourcePath: '/ecs/data' }] }),
      expected: 'pass',
    },
    { name: '/etc-like but not /etc', resource: taskDefinition({ hostVolumes: [{ name: 'cfg', sourcePath: '/etcetera' }] }), expected: 'pass' },
    {
      name: 'the Docker socket',
      resource: taskDefinition({ hostVolumes: [{ name: 'docker', sourcePath: '/var/run/docker.sock' }] }),
      expected: 'fail',
    },
    { name: 'the host root', resource: taskDefinition({ hostVolumes: [{ name: 'host', sourcePath: '/' }] }), expected: 'fail' },
    { name: 'a file under /etc', resource: taskDefinition({ hostVolumes: [{ name: 'shadow', sourcePath: '/etc/shadow' }] }), expected: 'fail' },
    { name: 'volumes not collected', resource: taskDefinition({ hostVolumes: failed }), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ resource, expected }) => {
    expect(runCheck(check, resource).status).toBe(expected)
  })
})
