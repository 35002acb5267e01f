import { describe, expect, it } from 'vitest'
import type { Resource } from '../core/resource.js'
import { known, NotCollectedError, unknown } from '../core/unknown.js'
import { defineCheck } from './define-check.js'
import { evaluate, type NotEvaluated } from './engine.js'
import { Inventory } from '../core/inventory.js'
import { guardUnknowns } from './unknown-guard.js'

interface Attrs {
  name: string
  logging: { enabled: boolean; target: string } | { $unknown: string }
  rules: { port: number | { $unknown: string } }[]
}

const resource = (attributes: Attrs): Resource<Attrs> => ({
  uid: 'tf:infra:aws_x.y',
  provider: 'aws',
  type: 'aws.test.thing',
  account: 'unknown',
  region: 'unknown',
  name: 'y',
  tags: {},
  attributes,
  relations: [],
  source: { kind: 'terraform' },
})

// A check that reads a plain-typed field without known(): an Unknown marker there is truthy.
const careless = defineCheck<Attrs>({
  id: 'aws-test-careless',
  title: 'Careless',
  resourceType: 'aws.test.thing',
  severity: 'high',
  rationale: 'r',
  remediation: { steps: ['s'], references: [] },
  evaluate: (r, result) => ((r.attributes.logging as { enabled: boolean }).enabled !== false ? result.pass('logs') : result.fail('no logs')),
})

describe('guardUnknowns', () => {
  it('throws NotCollectedError when a check reads an Unknown attribute, at any depth', () => {
    const g = guardUnknowns(
      resource({ name: 'a', logging: unknown('known only after apply: aws_s3_bucket.b.id'), rules: [{ port: unknown('var.port has no value') }] }),
    )
    expect(g.attributes.name).toBe('a')
    expect(() => g.attributes.logging).toThrow(NotCollectedError)
    expect(() => g.attributes.rules.map((r) => r.port)).toThrow(/var.port has no value/)
    expect(() => known(g.attributes.logging)).toThrow(/aws_s3_bucket\.b\.id/)
  })

  it('leaves known values, arrays and identity untouched', () => {
    const plain = resource({ name: 'a', logging: { enabled: true, target: 'logs' }, rules: [{ port: 22 }, { port: 443 }] })
    const g = guardUnknowns(plain)
    expect(g.uid).toBe(plain.uid)
    expect(Array.isArray(g.attributes.rules)).toBe(true)
    expect(g.attributes.rules.map((r) => r.port)).toEqual([22, 443])
    expect(JSON.parse(JSON.stringify(g.attributes))).toEqual(plain.attributes)
  })

  it('turns a careless pass on an Unknown into "not evaluated" in the engine, and keeps real verdicts', () => {
    const resources = [
      resource({ name: 'a', logging: unknown('known only after apply: aws_s3_bucket.b.id'), rules: [] }),
      { ...resource({ name: 'b', logging: { enabled: false, target: '' }, rules: [] }), uid: 'tf:infra:aws_x.z' },
    ]
    const unguarded = evaluate([careless], new Inventory(resources))
    expect(unguarded.map((f) => f.status)).toEqual(['pass', 'fail']) // the hazard the guard exists for
    const skipped: NotEvaluated[] = []
    const guarded = evaluate([careless], new Inventory(resources.map(guardUnknowns)), () => [], new Date(), {
      onNotEvaluated: (n) => skipped.push(n),
    })
    expect(guarded.map((f) => [f.resource.uid, f.status])).toEqual([['tf:infra:aws_x.z', 'fail']])
    expect(skipped).toEqual([{ checkId: 'aws-test-careless', uid: 'tf:infra:aws_x.y', reason: 'known only after apply: aws_s3_bucket.b.id' }])
  })
})
