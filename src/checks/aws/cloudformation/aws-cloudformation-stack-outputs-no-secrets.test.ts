import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import type { CloudFormationStackAttributes } from '../../../normalize/aws/types.js'
import check from './aws-cloudformation-stack-outputs-no-secrets.js'
import { runCheck } from '../../_shared/testing.js'
import { stackFixture } from '../backup/management-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<CloudFormationStackAttributes>; expected: string }[] = [
    { name: 'no secret outputs', attrs: {}, expected: 'pass' },
    {
      name: 'an access key output',
      attrs: { outputKeys: ['DeployerKeyId'], outputSecrets: [{ location: 'stack output DeployerKeyId', kind: 'AWS access key ID' }] },
      expected: 'fail',
    },
    { name: 'outputs not scanned', attrs: { outputSecrets: unknown('template not parsed') }, expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, stackFixture(attrs)).status).toBe(expected)
  })
})
