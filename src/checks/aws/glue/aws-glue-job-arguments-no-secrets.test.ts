import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import { AWS, type GlueJobAttributes } from '../../../normalize/aws/types.js'
import check from './aws-glue-job-arguments-no-secrets.js'
import { awsFixture, runCheck } from '../../_shared/testing.js'

const job = (attrs: Partial<GlueJobAttributes>) =>
  awsFixture<GlueJobAttributes>(AWS.glueJob, {
    jobName: 'nightly-etl',
    commandName: 'glueetl',
    securityConfiguration: null,
    encryption: null,
    argumentNames: ['--db_password'],
    argumentSecrets: [],
    ...attrs,
  })

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<GlueJobAttributes>; expected: string; says: string }[] = [
    { name: 'no secrets', attrs: {}, expected: 'pass', says: 'nightly-etl' },
    {
      name: 'password in an argument',
      attrs: { argumentSecrets: [{ location: 'job argument db_password', kind: 'high-entropy value assigned to db_password' }] },
      expected: 'fail',
      says: 'job argument db_password',
    },
    { name: 'not collected', attrs: { argumentSecrets: unknown('glue:GetJobs: AccessDenied') }, expected: 'error', says: 'nightly-etl' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected, says }) => {
    const f = runCheck(check, job(attrs))
    expect(f.status).toBe(expected)
    expect(f.message).toContain(says)
  })
})
