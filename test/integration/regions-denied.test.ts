/**
 * ec2:DescribeRegions denied: with --regions the scan goes on in the named regions; without, it stops with a
 * hint (exit 3) instead of silently scanning nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startMoto, type MotoServer } from '../../scripts/lib/moto.js'
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy.js'
import { collectAws } from '../../src/scan/aws.js'
import { PostureError } from '../../src/core/errors.js'

Object.assign(process.env, { AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing', AWS_REGION: 'us-east-1' })
delete process.env.AWS_PROFILE

describe('DescribeRegions denied', () => {
  let moto: MotoServer
  let proxy: FaultProxy
  beforeAll(async () => {
    moto = await startMoto()
    proxy = await startFaultProxy(moto.url, [
      {
        service: 'ec2',
        action: 'DescribeRegions',
        status: 403,
        code: 'UnauthorizedOperation',
        message: 'You are not authorized to perform this operation.',
      },
    ])
  })
  afterAll(async () => {
    await proxy?.close()
    await moto?.stop()
  })

  it('scans the regions named with --regions', async () => {
    const c = await collectAws({ endpoint: proxy.url, regions: ['eu-west-1'], services: ['ec2'], retryBaseMs: 5 })
    expect(c.regions).toEqual(['eu-west-1'])
    expect(c.resources.some((r) => r.type === 'aws.ec2.vpc' && r.region === 'eu-west-1')).toBe(true)
  })

  it('without --regions, stops with a hint to allow the call or name regions (exit 3)', async () => {
    const err = await collectAws({ endpoint: proxy.url, retryBaseMs: 5 }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(PostureError)
    expect((err as PostureError).exitCode).toBe(3)
    expect((err as PostureError).message).toMatch(/Cannot list enabled regions: .*UnauthorizedOperation/)
    expect((err as PostureError).hint).toMatch(/--regions/)
  })
})
