import { basename, dirname } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SEVERITIES, isAtLeast } from '../core/finding.js'
import { CHECK_CATEGORIES } from '../evaluate/define-check.js'
import { checkFiles, loadChecks } from './registry.js'

const ID = /^(aws|azure|gcp)-[a-z0-9]+(-[a-z0-9]+)+$/

describe('check registry', async () => {
  const checks = await loadChecks()
  const files = checkFiles()

  it('finds checks', () => {
    expect(checks.length).toBeGreaterThanOrEqual(40)
    expect(checks.length).toBe(files.length)
  })

  it.each(files.map((f) => ({ file: f, name: basename(f).replace(/\.[tj]s$/, '') })))('$name: file name equals id', async ({ file, name }) => {
    const mod = (await import(file)) as { default: { id: string; service: string; provider: string } }
    expect(mod.default.id).toBe(name)
    expect(basename(dirname(file))).toBe(mod.default.service)
    expect(basename(dirname(dirname(file)))).toBe(mod.default.provider)
  })

  it.each(checks.map((c) => ({ id: c.id, c })))('$id: metadata complete', ({ c }) => {
    expect(c.id).toMatch(ID)
    expect(c.title.length).toBeGreaterThan(10)
    expect(SEVERITIES).toContain(c.severity)
    expect(c.rationale.length).toBeGreaterThan(20)
    expect(c.resourceType).toMatch(/^(aws|azure|gcp)\.[a-z0-9-]+(\.[a-z0-9-]+)?$/)
    expect(c.remediation.steps.length).toBeGreaterThan(0)
    expect(c.remediation.cli ?? '').not.toBe('')
    expect(c.remediation.terraform ?? '').not.toBe('')
    expect(c.remediation.references.length).toBeGreaterThan(0)
    for (const ref of c.remediation.references) expect(ref).toMatch(/^https:\/\//)
    expect(typeof c.evaluate).toBe('function')
    expect(c.categories?.length ?? 0, 'categories').toBeGreaterThan(0)
    for (const cat of c.categories ?? []) expect(CHECK_CATEGORIES).toContain(cat)
  })

  // docs/severity.md: exposure of data to others and credentials in configuration are never below high.
  it.each(checks.filter((c) => c.categories?.some((k) => k === 'data-exposure' || k === 'secrets')).map((c) => ({ id: c.id, c })))(
    '$id: data-exposure and secrets checks are at least high',
    ({ c }) => {
      expect(isAtLeast(c.severity, 'high')).toBe(true)
    },
  )

  it('has unique ids and titles', () => {
    expect(new Set(checks.map((c) => c.id)).size).toBe(checks.length)
    expect(new Set(checks.map((c) => c.title)).size).toBe(checks.length)
  })
})
