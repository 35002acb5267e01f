/**
 * Makes every read of an Unknown attribute throw NotCollectedError, for inventories where Unknown is common (IaC:
 * values known only after apply). Checks type many attributes as plain values (never Unknown in a live scan) and read
 * them without `known()`; an Unknown marker there is a truthy object and would let such a check pass on a value it
 * never saw. Behind the guard, touching it ends the evaluation as "not evaluated" instead, whatever the check's code.
 */
import type { Resource } from '../core/resource.js'
import { isUnknown, NotCollectedError } from '../core/unknown.js'

const cache = new WeakMap<object, object>()

function guard<T extends object>(target: T): T {
  const hit = cache.get(target)
  if (hit) return hit as T
  const proxy = new Proxy(target, {
    get(obj, key, receiver) {
      const value: unknown = Reflect.get(obj, key, receiver)
      if (typeof value !== 'object' || value === null) return value
      if (isUnknown(value)) throw new NotCollectedError(value.$unknown)
      return guard(value)
    },
  })
  cache.set(target, proxy)
  return proxy
}

/** The resource with its attributes guarded (identity fields, tags and relations are plain data and stay as they are). */
export function guardUnknowns<A>(resource: Resource<A>): Resource<A> {
  const attributes = resource.attributes
  if (typeof attributes !== 'object' || attributes === null || isUnknown(attributes)) return resource
  return { ...resource, attributes: guard(attributes) }
}
