/** Helpers the databases-group collectors share: ARM id parts and per-server calls. */
import type { CallResult, CollectContext } from '../collector.js'
import { mapLimit } from '../limiter.js'

/** The resource group and name of an ARM resource id (both '' when the id has none). */
export function armParts(id: string | undefined): { resourceGroup: string; name: string } {
  const resourceGroup = /\/resourceGroups\/([^/]+)/i.exec(id ?? '')?.[1] ?? ''
  return { resourceGroup, name: (id ?? '').replace(/\/+$/, '').split('/').pop() ?? '' }
}

/** The key a per-resource failure is recorded under: the ARM id lower-cased, like the resource's uid. */
export function armKey(id: string | undefined): string {
  return (id ?? '').toLowerCase().replace(/\/+$/, '')
}

/** A server with the parts of its id every per-server call needs. */
export interface ArmServer<S> {
  server: S
  resourceGroup: string
  name: string
  /** Lower-cased ARM id: the `resource` of per-server calls. */
  key: string
}

/** The servers of a list whose id can address per-server calls (a server without an id cannot be described). */
export function addressable<S extends { id?: string }>(servers: readonly S[]): ArmServer<S>[] {
  return servers.map((server) => ({ server, ...armParts(server.id), key: armKey(server.id) })).filter((s) => s.resourceGroup !== '' && s.name !== '')
}

/** A server parameter read through `configurations.get` (PostgreSQL and MySQL flexible servers): its value and default. */
export interface ServerParameterRaw {
  value?: string
  defaultValue?: string
}

/** Reads server parameters one call each; a failed read leaves only that parameter Unknown. */
export async function serverParameters<N extends string>(
  ctx: CollectContext,
  names: readonly N[],
  key: string,
  get: (name: N, signal: AbortSignal) => Promise<ServerParameterRaw>,
): Promise<Record<N, CallResult<ServerParameterRaw | null>>> {
  const results = await Promise.all(
    names.map(async (name) => {
      const r = await ctx.call(
        `configurations.get(${name})`,
        async (signal) => {
          const c = await get(name, signal)
          return { value: c.value, defaultValue: c.defaultValue }
        },
        { resource: key },
      )
      return [name, r] as const
    }),
  )
  return Object.fromEntries(results) as Record<N, CallResult<ServerParameterRaw | null>>
}

/** A flexible server (PostgreSQL or MySQL) with its firewall rules and the server parameters the checks read. */
export interface FlexibleServerRaw<S, R, P extends string> {
  server: S
  firewallRules: CallResult<R[]>
  parameters: Record<P, CallResult<ServerParameterRaw | null>>
}

/** The calls of one flexible-server SDK client (the PostgreSQL and MySQL packages name and type them differently). */
export interface FlexibleServerApi<S, R, P extends string> {
  /** Name of the subscription-wide list, for error records. */
  listApi: string
  servers(signal: AbortSignal): AsyncIterable<S[]>
  firewallRules(resourceGroup: string, name: string, signal: AbortSignal): AsyncIterable<R[]>
  parameter(resourceGroup: string, name: string, parameter: P, signal: AbortSignal): Promise<ServerParameterRaw>
}

/** Collects the flexible servers of a subscription: the list, then per server its firewall rules and `parameters`. */
export async function collectFlexibleServers<S extends { id?: string }, R, P extends string>(
  ctx: CollectContext,
  type: string,
  parameters: readonly P[],
  api: FlexibleServerApi<S, R, P>,
): Promise<{ servers: FlexibleServerRaw<S, R, P>[] }> {
  const list = await ctx.paginate(
    api.listApi,
    (signal) => api.servers(signal),
    (p) => p,
    { affects: [type] },
  )
  const servers = addressable(list.ok ? list.value : [])
  return {
    servers: await mapLimit(servers, 4, async ({ server, resourceGroup: rg, name, key }) => {
      const [firewallRules, values] = await Promise.all([
        ctx.paginate(
          'firewallRules.listByServer',
          (signal) => api.firewallRules(rg, name, signal),
          (p) => p,
          { resource: key },
        ),
        serverParameters(ctx, parameters, key, (p, signal) => api.parameter(rg, name, p, signal)),
      ])
      return { server, firewallRules, parameters: values }
    }),
  }
}
