import { describe, expect, it } from 'vitest'
import { mapLimit } from './limiter.js'
import { makeCollectContext } from './run-context.js'
import { testRunState as state } from './run-context-testing.js'

const awsError = (name: string, message: string) => Object.assign(new Error(message), { name })

describe('collect context', () => {
  it('returns values and records failures with service, region, api and reason', async () => {
    const s = state()
    const ctx = makeCollectContext(s, 'aws', '111122223333', 'ec2', 'eu-west-1')
    expect(await ctx.call('DescribeVpcs', () => Promise.resolve(3))).toEqual({ ok: true, value: 3 })
    const r = await ctx.call('DescribeFlowLogs', () => Promise.reject(awsError('AccessDenied', 'not authorized')), { affects: ['aws.ec2.vpc'] })
    expect(r).toMatchObject({ ok: false, code: 'AccessDenied' })
    expect(s.errors).toEqual([
      {
        provider: 'aws',
        account: '111122223333',
        service: 'ec2',
        region: 'eu-west-1',
        api: 'DescribeFlowLogs',
        reason: 'AccessDenied: not authorized',
        resourceTypes: ['aws.ec2.vpc'],
      },
    ])
  })

  it('maps "not configured" error codes to null without recording an error', async () => {
    const s = state()
    const ctx = makeCollectContext(s, 'aws', '1', 's3', 'us-east-1')
    const r = await ctx.call('GetBucketPolicy', () => Promise.reject(awsError('NoSuchBucketPolicy', 'none')), {
      absentOn: ['NoSuchBucketPolicy'],
      resource: 'arn:aws:s3:::b',
    })
    expect(r).toEqual({ ok: true, value: null })
    expect(s.errors).toEqual([])
  })

  it('times out a hung call and says so', async () => {
    const s = state(50)
    const ctx = makeCollectContext(s, 'aws', '1', 'kms', 'us-east-1')
    const r = await ctx.call(
      'ListKeys',
      (signal) =>
        new Promise((_, reject) => signal.addEventListener('abort', () => reject(Object.assign(new Error('aborted'), { name: 'AbortError' })))),
    )
    expect(r).toMatchObject({ ok: false, code: 'TimeoutError', reason: 'timed out after 50 ms' })
  })

  it('drains paginators and discards partial results on failure', async () => {
    const ctx = makeCollectContext(state(), 'aws', '1', 'iam', 'global')
    async function* pages(fail: boolean) {
      await Promise.resolve()
      yield { Items: [1, 2] }
      if (fail) throw awsError('Throttling', 'Rate exceeded')
      yield { Items: [3] }
    }
    expect(
      await ctx.paginate(
        'ListUsers',
        () => pages(false),
        (p) => p.Items,
      ),
    ).toEqual({ ok: true, value: [1, 2, 3] })
    expect(
      await ctx.paginate(
        'ListUsers',
        () => pages(true),
        (p) => p.Items,
      ),
    ).toMatchObject({ ok: false, code: 'Throttling' })
  })
})

describe('limits', () => {
  it('never runs more than the limit at once and keeps order', async () => {
    let active = 0
    let peak = 0
    const out = await mapLimit([1, 2, 3, 4, 5, 6], 2, async (n) => {
      peak = Math.max(peak, ++active)
      await new Promise((r) => setTimeout(r, 5))
      active--
      return n * 2
    })
    expect(out).toEqual([2, 4, 6, 8, 10, 12])
    expect(peak).toBe(2)
  })
})
