import { readdirSync } from 'node:fs'
import { join, dirname, basename } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { Check } from '../evaluate/define-check.js'

const ROOT = dirname(fileURLToPath(import.meta.url))
const PROVIDERS = ['aws', 'azure', 'gcp']

/** Check source files: checks/<provider>/<service>/<check-id>.(ts|js), tests and declarations excluded. */
export function checkFiles(): string[] {
  const files: string[] = []
  for (const provider of PROVIDERS) {
    let services: string[]
    try {
      services = readdirSync(join(ROOT, provider))
    } catch {
      continue
    }
    for (const service of services.sort()) {
      const dir = join(ROOT, provider, service)
      for (const f of readdirSync(dir).sort()) {
        if (/\.(test|spec)\.[tj]s$/.test(f) || f.endsWith('.d.ts') || f.endsWith('.map')) continue
        if (/^[a-z0-9-]+\.(ts|js)$/.test(f) && f.startsWith(`${provider}-`)) files.push(join(dir, f))
      }
    }
  }
  return files
}

let cache: Promise<Check<unknown>[]> | undefined

/** Loads every check (once), sorted by id. Each file's default export is its check; file name = id. */
export function loadChecks(): Promise<Check<unknown>[]> {
  cache ??= Promise.all(
    checkFiles().map(async (file) => {
      const mod = (await import(pathToFileURL(file).href)) as { default?: Check<unknown> }
      if (!mod.default) throw new Error(`${basename(file)} has no default export (expected a defineCheck(...))`)
      return mod.default
    }),
  ).then((list) => list.sort((a, b) => a.id.localeCompare(b.id)))
  return cache
}
