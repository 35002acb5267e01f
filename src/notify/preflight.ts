/**
 * Start-up reachability of each channel's endpoint (DNS, then a TCP connection), so an unreachable host is reported
 * once, naming the channel and field, instead of surfacing hours later as failed deliveries. It only warns: alerts stay
 * queued and are delivered once the host is back.
 */
import { lookup } from 'node:dns/promises'
import { connect } from 'node:net'
import type { ChannelConfig } from './types.js'

/** Where a channel connects to, and the config field that says so. */
export interface Endpoint {
  channel: string
  field: string
  host: string
  port: number
}

/** A channel whose endpoint could not be reached. */
export interface UnreachableChannel extends Endpoint {
  reason: string
}

/** The endpoint of a channel config. */
export function endpointOf(config: ChannelConfig): Endpoint {
  if (config.type === 'email') return { channel: config.name, field: 'host', host: config.host, port: config.port }
  const url = new URL(config.url)
  const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80
  // URL keeps IPv6 hosts in brackets; sockets want them bare.
  return { channel: config.name, field: 'url', host: url.hostname.replace(/^\[|\]$/g, ''), port }
}

/** Opens and closes one TCP connection; resolves with the failure reason, or undefined when it connected. */
function tcpProbe(host: string, port: number, timeoutMs: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const socket = connect({ host, port })
    const done = (reason?: string) => {
      socket.destroy()
      resolve(reason)
    }
    socket.setTimeout(timeoutMs, () => done(`no answer within ${timeoutMs} ms`))
    socket.once('connect', () => done())
    socket.once('error', (err: NodeJS.ErrnoException) => done(err.code ?? err.message))
  })
}

/** Probes one endpoint: DNS resolution, then TCP connect. */
async function probe(e: Endpoint, timeoutMs: number): Promise<string | undefined> {
  let address: string
  try {
    address = (await lookup(e.host)).address
  } catch (err) {
    return `cannot resolve ${e.host} (${(err as NodeJS.ErrnoException).code ?? String(err)})`
  }
  const failed = await tcpProbe(address, e.port, timeoutMs)
  return failed ? `cannot connect to ${e.host}:${e.port} (${failed})` : undefined
}

/** Probes every channel in parallel; returns the unreachable ones. */
export async function unreachableChannels(configs: readonly ChannelConfig[], timeoutMs = 3_000): Promise<UnreachableChannel[]> {
  const results = await Promise.all(
    configs.map(async (c) => {
      const e = endpointOf(c)
      const reason = await probe(e, timeoutMs)
      return reason ? { ...e, reason } : undefined
    }),
  )
  return results.filter((r): r is UnreachableChannel => r !== undefined)
}
