import { describe, expect, it } from 'vitest'
import { Inventory } from '../core/inventory.js'
import type { CollectionError, Resource } from '../core/resource.js'
import { known, unknown, type Maybe } from '../core/unknown.js'
import { defineCheck, type Check } from './define-check.js'
import { evaluate, scopeUid, selectChecks } from './engine.js'

interface Thing {
  encrypted: Maybe<boolean>
  kind: string
}

const res = (name: string, attrs: Thing, region = 'us-east-1'): Resource<Thing> => ({
  uid: `arn:aws:test:${region}:111122223333:thing/${name}`,
  provider: 'aws',
  type: 'aws.test.thing',
  account: '111122223333',
  region,
  name,
  tags: {},
  attributes: attrs,
  relations: [],
  source: { kind: 'live' },
})

const meta = {
  title: 'Thing is encrypted',
  resourceType: 'aws.test.thing',
  severity: 'high' as const,
  rationale: 'Encryption protects data at rest from disclosure.',
  remediation: { steps: ['Encrypt it.'], cli: 'aws test encrypt', terraform: 'encrypted = true', references: ['https://docs.aws.amazon.com/'] },
}

const encrypted = defineCheck<Thing>({
  ...meta,
  id: 'aws-test-thing-encrypted',
  evaluate: (r, result) => (known(r.attributes.encrypted, 'encryption status') ? result.pass('Encrypted.') : result.fail('Not encrypted.')),
})
const throwing = defineCheck<Thing>({
  ...meta,
  id: 'aws-test-thing-throws',
  severity: 'low',
  evaluate: () => {
    throw new TypeError('boom')
  },
})
const scoped = defineCheck<Thing>({
  ...meta,
  id: 'aws-test-thing-scoped',
  applies: (r) => r.attributes.kind === 'special',
  evaluate: (_r, result) => result.pass('ok'),
})
const all = [encrypted, throwing, scoped] as Check<unknown>[]

describe('engine', () => {
  const things = [
    res('a', { encrypted: true, kind: 'plain' }),
    res('b', { encrypted: false, kind: 'special' }),
    res('c', { encrypted: unknown('test:Describe: AccessDenied'), kind: 'plain' }),
  ]

  it('passes, fails, and turns Unknown into error with the reason', () => {
    const f = evaluate([encrypted], new Inventory(things))
    expect(f.map((x) => [x.resource.name, x.status])).toEqual([
      ['a', 'pass'],
      ['b', 'fail'],
      ['c', 'error'],
    ])
    expect(f[2]!.message).toContain('test:Describe: AccessDenied')
  })

  it('turns a throwing check into error, never pass', () => {
    const f = evaluate([throwing], new Inventory(things))
    expect(f.every((x) => x.status === 'error' && x.message.includes('TypeError: boom'))).toBe(true)
  })

  it('skips resources a check does not apply to', () => {
    const f = evaluate([scoped], new Inventory(things))
    expect(f.map((x) => x.resource.name)).toEqual(['b'])
  })

  it('reports one error per (account, region) whose listing failed', () => {
    const gap: CollectionError = {
      provider: 'aws',
      account: '111122223333',
      service: 'test',
      region: 'eu-west-1',
      api: 'ListThings',
      reason: 'AccessDenied',
      resourceTypes: ['aws.test.thing'],
    }
    const f = evaluate([encrypted], new Inventory(things, [gap, { ...gap }]))
    const errs = f.filter((x) => x.resource.region === 'eu-west-1')
    expect(errs).toHaveLength(1)
    expect(errs[0]!.status).toBe('error')
    expect(errs[0]!.resource.uid).toBe(scopeUid('aws', '111122223333', 'eu-west-1', 'aws.test.thing'))
    expect(errs[0]!.message).toContain('test:ListThings failed (AccessDenied)')
  })

  it('inventory.resources refuses incomplete lists', () => {
    const gap: CollectionError = {
      provider: 'aws',
      account: '111122223333',
      service: 'test',
      region: 'us-east-1',
      api: 'ListThings',
      reason: 'Throttling',
      resourceTypes: ['aws.test.thing'],
    }
    const inv = new Inventory(things, [gap])
    expect(() => inv.resources('aws.test.thing', { account: '111122223333' })).toThrow(/not collected/)
    expect(inv.resources('aws.test.other')).toEqual([])
  })

  it('selects checks by glob and minimum severity', () => {
    expect(selectChecks(all, { checks: ['aws-test-*-throws'] }).map((c) => c.id)).toEqual(['aws-test-thing-throws'])
    expect(selectChecks(all, { minSeverity: 'high' }).map((c) => c.id)).toEqual(['aws-test-thing-encrypted', 'aws-test-thing-scoped'])
  })
})
