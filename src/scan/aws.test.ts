import { describe, expect, it } from 'vitest'
import { PostureError } from '../core/errors.js'
import { classifyAuthError, fullJitterBackoff } from '../collect/aws/session.js'
import { resolveRegions } from './aws.js'

describe('resolveRegions', () => {
  const enabled = ['eu-west-1', 'us-east-1', 'us-west-2']
  it('defaults to every enabled region', () => expect(resolveRegions(undefined, enabled)).toEqual(enabled))
  it('keeps a valid subset without duplicates', () =>
    expect(resolveRegions(['us-east-1', 'us-east-1', 'eu-west-1'], enabled)).toEqual(['us-east-1', 'eu-west-1']))
  it.each([
    { requested: ['useast1'], message: /Invalid region name: useast1/ },
    { requested: ['ap-south-2'], message: /Region not enabled for this account: ap-south-2/ },
  ])('rejects $requested with a usage error', ({ requested, message }) => {
    let err: unknown
    try {
      resolveRegions(requested, enabled)
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(PostureError)
    expect((err as PostureError).exitCode).toBe(2)
    expect((err as PostureError).message).toMatch(message)
  })
})

describe('retry backoff', () => {
  it('draws full-jitter delays within [0, base·2^attempt] and caps them', () => {
    const backoff = fullJitterBackoff(100, 1_000)
    for (let attempt = 0; attempt < 8; attempt++) {
      for (let i = 0; i < 50; i++) {
        const d = backoff(attempt)
        expect(d).toBeGreaterThanOrEqual(0)
        expect(d).toBeLessThanOrEqual(Math.min(1_000, 100 * 2 ** attempt))
      }
    }
  })
})

describe('classifyAuthError', () => {
  const err = (name: string, message: string, extra: object = {}) => Object.assign(new Error(message), { name, ...extra })
  it.each([
    { e: err('Error', 'connect ECONNREFUSED 127.0.0.1:9', { code: 'ECONNREFUSED' }), code: 'POSTURE_ERR_ENDPOINT_UNREACHABLE', exit: 3 },
    { e: err('CredentialsProviderError', 'Could not load credentials from any providers'), code: 'POSTURE_ERR_NO_CREDENTIALS', exit: 3 },
    { e: err('InvalidClientTokenId', 'The security token included in the request is invalid.'), code: 'POSTURE_ERR_NO_CREDENTIALS', exit: 3 },
    {
      e: err('AccessDenied', 'User is not authorized to perform: sts:AssumeRole'),
      code: 'POSTURE_ERR_ASSUME_ROLE',
      exit: 3,
      roleArn: 'arn:aws:iam::111122223333:role/x',
    },
  ])('$code', ({ e, code, exit, roleArn }) => {
    const p = classifyAuthError(e, roleArn ? { roleArn } : {}, 'http://127.0.0.1:9')
    expect(p.code).toBe(code)
    expect(p.exitCode).toBe(exit)
    expect(p.hint).toBeTruthy()
  })
})
