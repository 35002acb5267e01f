/**
 * Every IaC adapter, by group. An adapter turns Terraform or CloudFormation resources into the normalized resource
 * types the live collectors produce; checks never know which source a resource came from.
 */
import type { Adapter, IacLanguage } from '../model.js'
import { adapters as containers } from './containers.js'
import { adapters as databases } from './databases.js'
import { adapters as edge } from './edge.js'
import { adapters as identity } from './identity.js'
import { adapters as network } from './network.js'
import { adapters as storage } from './storage.js'

/** All adapters. */
export const ADAPTERS: readonly Adapter[] = [...storage, ...network, ...identity, ...databases, ...containers, ...edge]

/** Adapters by `<language>:<iac type>`; a type handled twice is a programming error caught by the registry test. */
export function adapterIndex(adapters: readonly Adapter[] = ADAPTERS): Map<string, Adapter[]> {
  const index = new Map<string, Adapter[]>()
  for (const a of adapters) {
    for (const t of a.types) {
      const key = `${a.language}:${t}`
      const list = index.get(key) ?? []
      list.push(a)
      index.set(key, list)
    }
  }
  return index
}

/** Normalized types that at least one adapter of the language produces (docs/checks.md's IaC column). */
export function producedTypes(language?: IacLanguage, adapters: readonly Adapter[] = ADAPTERS): Set<string> {
  return new Set(adapters.filter((a) => !language || a.language === language).flatMap((a) => a.produces))
}
