import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import type { GlueJobAttributes } from '../../../normalize/aws/types.js'
import check from './aws-glue-job-cloudwatch-encryption.js'
import { runCheck } from '../../_shared/testing.js'
import { job, off } from './test-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<GlueJobAttributes>; expected: string }[] = [
    { name: 'SSE-KMS', attrs: { encryption: { ...off, cloudWatch: 'SSE-KMS' } }, expected: 'pass' },
    { name: 'configuration leaves it disabled', attrs: {}, expected: 'fail' },
    { name: 'no security configuration', attrs: { securityConfiguration: null, encryption: null }, expected: 'fail' },
    { name: 'configurations not collected', attrs: { encryption: unknown('glue:GetSecurityConfigurations: AccessDenied') }, expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    const f = runCheck(check, job(attrs))
    expect(f.status).toBe(expected)
    expect(f.message).toContain('nightly-etl')
  })
})
