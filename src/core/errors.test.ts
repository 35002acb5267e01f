import { describe, expect, it } from 'vitest'
import { describeError, EXIT, PostureError } from './errors.js'

describe('describeError', () => {
  it.each([
    {
      name: 'SDK service error',
      err: Object.assign(new Error('User is not authorized'), { name: 'AccessDenied' }),
      text: 'AccessDenied: User is not authorized',
    },
    {
      name: 'network error code',
      err: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
      text: 'ECONNREFUSED: connect ECONNREFUSED',
    },
    {
      name: 'unparsable error page',
      err: Object.assign(new Error('@aws-sdk XML parse error: mismatched tags <html> and </title>.'), { $metadata: { httpStatusCode: 500 } }),
      text: 'HTTP 500 with an unparsable (non-AWS) error body: the endpoint may not implement this operation',
    },
    { name: 'non-error value', err: 'plain string', text: 'plain string' },
  ])('$name', ({ err, text }) => expect(describeError(err)).toBe(text))
})

describe('PostureError', () => {
  it('maps codes to documented exit codes', () => {
    expect(new PostureError('POSTURE_ERR_USAGE', 'x').exitCode).toBe(EXIT.USAGE)
    expect(new PostureError('POSTURE_ERR_NO_CREDENTIALS', 'x').exitCode).toBe(EXIT.CANNOT_RUN)
  })
})
