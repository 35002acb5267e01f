import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import { AWS, type GlueJobAttributes, type GlueJobEncryption } from '../../../normalize/aws/types.js'
import check from './aws-glue-job-s3-encryption.js'
import { awsFixture, runCheck } from '../../_shared/testing.js'

const off: GlueJobEncryption = { s3: 'DISABLED', cloudWatch: 'DISABLED', jobBookmarks: 'DISABLED' }
const job = (attrs: Partial<GlueJobAttributes>) =>
  awsFixture<GlueJobAttributes>(AWS.glueJob, {
    jobName: 'nightly-etl',
    commandName: 'glueetl',
    securityConfiguration: 'etl-encrypted',
    encryption: off,
    argumentNames: [],
    argumentSecrets: [],
    ...attrs,
  })

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<GlueJobAttributes>; expected: string }[] = [
    { name: 'SSE-KMS', attrs: { encryption: { ...off, s3: 'SSE-KMS' } }, expected: 'pass' },
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
