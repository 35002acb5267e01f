import { describe, expect, it } from 'vitest'
import check from './aws-iam-server-certificate-not-expired.js'
import { Inventory } from '../../../core/inventory.js'
import { evaluate } from '../../../evaluate/engine.js'
import { awsFixture, daysAgo, runCheck, TEST_NOW } from '../../_shared/testing.js'
import { ACCOUNT } from '../../_shared/iam-testing.js'
import type { CollectionError } from '../../../core/resource.js'
import { AWS_IAM_SERVER_CERTIFICATE, type IamServerCertificateAttributes } from '../../../normalize/aws/types.js'

const cert = (expiration: string | null) =>
  awsFixture<IamServerCertificateAttributes>(
    AWS_IAM_SERVER_CERTIFICATE,
    { serverCertificateName: 'www-example', expiration, uploadDate: daysAgo(400) },
    { uid: `arn:aws:iam::${ACCOUNT}:server-certificate/www-example`, name: 'www-example', region: 'global' },
  )

describe(check.id, () => {
  const cases: { name: string; expiration: string | null; expected: 'pass' | 'fail' | 'error'; says: string }[] = [
    { name: 'expired a month ago', expiration: daysAgo(30), expected: 'fail', says: `www-example expired on ${daysAgo(30)}` },
    { name: 'expires right now', expiration: daysAgo(0), expected: 'fail', says: 'expired on' },
    { name: 'valid for another 60 days', expiration: daysAgo(-60), expected: 'pass', says: `valid until ${daysAgo(-60)}` },
    { name: 'no expiration reported', expiration: null, expected: 'error', says: 'no expiration' },
  ]
  it.each(cases)('$name → $expected', ({ expiration, expected, says }) => {
    const f = runCheck(check, cert(expiration))
    expect(f.status).toBe(expected)
    expect(f.message).toContain(says)
  })

  it('answers ERROR, never PASS, when ListServerCertificates failed', () => {
    const gap: CollectionError = {
      provider: 'aws',
      account: ACCOUNT,
      service: 'iam',
      region: 'global',
      api: 'ListServerCertificates',
      reason: 'AccessDenied',
      resourceTypes: [AWS_IAM_SERVER_CERTIFICATE],
    }
    const findings = evaluate([check], new Inventory([], [gap]), () => [], TEST_NOW)
    expect(findings.map((f) => [f.status, f.message])).toEqual([['error', expect.stringContaining('ListServerCertificates failed (AccessDenied)')]])
  })
})
