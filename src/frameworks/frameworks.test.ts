import { describe, expect, it } from 'vitest'
import { loadChecks } from '../checks/registry.js'
import { FRAMEWORKS } from './index.js'
import { CIS_AWS_7_0 } from './cis-aws-7.0.js'
import { complianceIndex } from './types.js'

describe('frameworks', async () => {
  const ids = new Set((await loadChecks()).map((c) => c.id))

  it.each(FRAMEWORKS.map((f) => ({ name: `${f.id} ${f.version}`, f })))('$name maps only existing checks', ({ f }) => {
    const missing = f.requirements.flatMap((r) => r.checks.filter((c) => !ids.has(c)).map((c) => `${r.id}: ${c}`))
    expect(missing).toEqual([])
  })

  it.each(FRAMEWORKS.map((f) => ({ name: `${f.id} ${f.version}`, f })))('$name has unique requirement ids; manual ones map no check', ({ f }) => {
    expect(new Set(f.requirements.map((r) => r.id)).size).toBe(f.requirements.length)
    for (const r of f.requirements.filter((x) => x.manual)) expect(r.checks).toEqual([])
  })

  it('pins CIS AWS 7.0.0 membership (70 recommendations; manual and unmapped ones listed)', () => {
    expect(CIS_AWS_7_0.requirements).toHaveLength(70)
    expect(CIS_AWS_7_0.requirements.filter((r) => r.manual).map((r) => r.id)).toEqual([
      '2.1.2',
      '2.1.3',
      '2.1.4',
      '2.2',
      '2.19',
      '3.1.3',
      '6.6',
      '6.8',
    ])
    expect(CIS_AWS_7_0.requirements.filter((r) => !r.manual && r.checks.length === 0).map((r) => r.id)).toEqual([
      '2.1.1',
      '2.1.5',
      '2.1.6',
      '2.3',
      '4.10',
    ])
  })

  it('inverts into per-check compliance references', () => {
    const lookup = complianceIndex([CIS_AWS_7_0])
    expect(lookup('aws-ec2-sg-no-ssh-from-internet')).toEqual([
      { framework: 'cis-aws', version: '7.0.0', requirement: '6.3' },
      { framework: 'cis-aws', version: '7.0.0', requirement: '6.4' },
    ])
    expect(lookup('no-such-check')).toEqual([])
  })
})
