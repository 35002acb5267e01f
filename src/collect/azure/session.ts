import { AzureAuthorityHosts, DefaultAzureCredential, type TokenCredential } from '@azure/identity'
import { SubscriptionClient } from '@azure/arm-resources-subscriptions'
import type { PipelinePolicy } from '@azure/core-rest-pipeline'
import { PostureError, describeError } from '../../core/errors.js'
import { errorCode } from '../run-context.js'

/** How to reach and authenticate to Azure Resource Manager. */
export interface AzureSessionOptions {
  /** Entra tenant to sign in to (`--tenant`); default: the credential's own (AZURE_TENANT_ID, the CLI login, ...). */
  tenant?: string
  /** Resource Manager endpoint (sovereign clouds, Azure Stack, fixture servers); default https://management.azure.com */
  endpoint?: string
  /** A ready credential (library use and tests); default DefaultAzureCredential. */
  credential?: TokenCredential
  /** Retries per request on throttling (429 with Retry-After) and transient failures; default 3. */
  maxRetries?: number
}

/** A subscription the credentials can see. */
export interface AzureSubscription {
  subscriptionId: string
  displayName: string
  state: string
  tenantId: string
}

/** Constructor shape of the per-subscription management clients of @azure/arm-*. */
export type AzureClientCtor<C> = new (credential: TokenCredential, subscriptionId: string, options?: Record<string, unknown>) => C

const PUBLIC_ARM = 'https://management.azure.com'
const SUBSCRIPTION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** True for a subscription id in GUID form. */
export function isSubscriptionId(s: string): boolean {
  return SUBSCRIPTION_ID.test(s)
}

/**
 * Instance discovery validates the authority host against Microsoft's list; a host outside the known clouds (Azure
 * Stack, a private cloud, a fixture server) must skip it, as @azure/identity documents for such authorities.
 */
function customAuthorityHost(): boolean {
  const host = process.env.AZURE_AUTHORITY_HOST
  if (!host) return false
  const known: string[] = Object.values(AzureAuthorityHosts)
  return !known.some((k) => k.replace(/\/$/, '') === host.replace(/\/$/, ''))
}

/** One line out of an identity error (DefaultAzureCredential aggregates one multi-line message per credential). */
function credentialProblem(err: unknown): { message: string; hint: string } {
  const e = err as { name?: string; message?: string; errors?: unknown[] }
  const text = describeError(err)
  const signIn =
    'Sign in with `az login` (add --tenant to pick a tenant), or set AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET (or AZURE_CLIENT_CERTIFICATE_PATH) for a service principal; managed and workload identities are picked up automatically.'
  if (e?.name === 'AggregateAuthenticationError' || e?.name === 'CredentialUnavailableError') {
    // Every credential of the chain was unavailable, or one of them failed: show the failure if there was one.
    const failed = (e.errors ?? []).find((x) => (x as { name?: string }).name === 'AuthenticationError')
    if (failed) return credentialProblem(failed)
    return {
      message: 'No Azure credentials found (environment, workload identity, managed identity, Azure CLI, Azure PowerShell, Azure Developer CLI)',
      hint: signIn,
    }
  }
  const aadCode = /AADSTS\d+/.exec(e?.message ?? '')?.[0]
  const expired = /expired|AADSTS7000222|AADSTS700082|AADSTS50173/i.test(e?.message ?? '')
  const firstLine = (text.split('\n')[0] ?? text).slice(0, 300)
  return {
    message: expired ? `Azure sign-in failed: the credentials have expired${aadCode ? ` (${aadCode})` : ''}` : `Azure sign-in failed: ${firstLine}`,
    hint: expired ? 'Renew the secret or certificate of the service principal, or sign in again with `az login`.' : signIn,
  }
}

/** An authenticated Azure session: the credential, the Resource Manager endpoint, and a cache of SDK clients. */
export class AzureSession {
  readonly credential: TokenCredential
  readonly endpoint: string
  /** Number of HTTP requests sent to Resource Manager (retries included). */
  apiCalls = 0
  private readonly clients = new Map<string, unknown>()
  private readonly counter: PipelinePolicy

  constructor(readonly options: AzureSessionOptions = {}) {
    this.endpoint = (options.endpoint ?? PUBLIC_ARM).replace(/\/$/, '')
    this.credential =
      options.credential ??
      new DefaultAzureCredential({
        ...(options.tenant ? { tenantId: options.tenant, additionallyAllowedTenants: [options.tenant] } : {}),
        ...(customAuthorityHost() ? { disableInstanceDiscovery: true } : {}),
      })
    this.counter = {
      name: 'postureRequestCounter',
      sendRequest: (request, next) => {
        this.apiCalls++
        return next(request)
      },
    }
  }

  /** Token scope of the Resource Manager endpoint. */
  get scope(): string {
    return this.endpoint === PUBLIC_ARM ? `${PUBLIC_ARM}/.default` : `${new URL(this.endpoint).origin}/.default`
  }

  /** Options every management client is built with: endpoint, scope, retries, and the request counter. */
  clientOptions(): Record<string, unknown> {
    return {
      endpoint: this.endpoint,
      // Classic clients read credentialScopes; the TypeSpec-generated ones (arm-compute 24, arm-storage 20, ...) read credentials.scopes.
      credentialScopes: [this.scope],
      credentials: { scopes: [this.scope] },
      retryOptions: { maxRetries: this.options.maxRetries ?? 3, maxRetryDelayInMs: 30_000 },
      additionalPolicies: [{ policy: this.counter, position: 'perRetry' }],
      userAgentOptions: { userAgentPrefix: 'posture' },
    }
  }

  /** The management client of `Ctor` for one subscription (cached). */
  client<C>(Ctor: AzureClientCtor<C>, subscriptionId: string): C {
    const key = `${Ctor.name}:${subscriptionId}`
    let c = this.clients.get(key) as C | undefined
    if (!c) {
      c = new Ctor(this.credential, subscriptionId, this.clientOptions())
      this.clients.set(key, c)
    }
    return c
  }

  /** Gets a token once, so missing or expired credentials stop the scan with one line before anything is collected. */
  async signIn(): Promise<void> {
    try {
      const token = await this.credential.getToken(this.scope)
      if (!token) throw new Error('the credential returned no token')
    } catch (err) {
      const { message, hint } = credentialProblem(err)
      throw new PostureError('POSTURE_ERR_NO_CREDENTIALS', message, hint, { cause: err })
    }
  }

  /** Every subscription the credentials can see (in `tenant` when given). */
  async subscriptions(): Promise<AzureSubscription[]> {
    const client = new SubscriptionClient(this.credential, this.clientOptions())
    const out: AzureSubscription[] = []
    try {
      for await (const s of client.subscriptions.list()) {
        if (!s.subscriptionId) continue
        out.push({
          subscriptionId: s.subscriptionId,
          displayName: s.displayName ?? s.subscriptionId,
          state: s.state ?? 'Unknown',
          tenantId: s.tenantId ?? '',
        })
      }
    } catch (err) {
      const code = errorCode(err)
      if (/ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ECONNRESET|ETIMEDOUT/.test(code)) {
        throw new PostureError(
          'POSTURE_ERR_ENDPOINT_UNREACHABLE',
          `Cannot reach Azure Resource Manager at ${this.endpoint}: ${describeError(err)}`,
          'Check the network, a proxy (HTTPS_PROXY) or --endpoint.',
          { cause: err },
        )
      }
      if (code === 'InvalidAuthenticationToken' || code === 'ExpiredAuthenticationToken') {
        throw new PostureError(
          'POSTURE_ERR_NO_CREDENTIALS',
          `Azure rejected the access token: ${describeError(err)}`,
          'Sign in again (`az login`) or renew the service principal secret.',
          { cause: err },
        )
      }
      throw new PostureError(
        'POSTURE_ERR_SCAN_FAILED',
        `Cannot list subscriptions: ${describeError(err)}`,
        'Give the identity the Reader role on the subscriptions to scan.',
        { cause: err },
      )
    }
    // The sign-in already chose the tenant; a tenant given as a GUID also filters what a multi-tenant login lists.
    const tenant = this.options.tenant
    return tenant && isSubscriptionId(tenant) ? out.filter((s) => !s.tenantId || s.tenantId.toLowerCase() === tenant.toLowerCase()) : out
  }
}

/** States of subscriptions that can be read (Disabled and Deleted ones answer nothing). */
const READABLE = new Set(['Enabled', 'Warned', 'PastDue'])

/**
 * The subscriptions to scan: the ones named (each must be visible to the credentials), else every readable one. A
 * malformed or invisible id is a usage error naming it and listing what is visible.
 */
export function resolveSubscriptions(requested: readonly string[] | undefined, visible: readonly AzureSubscription[]): AzureSubscription[] {
  const list = visible.map((s) => `${s.subscriptionId} (${s.displayName})`).join(', ') || 'none'
  if (!requested || requested.length === 0) {
    const readable = visible.filter((s) => READABLE.has(s.state))
    if (readable.length === 0) {
      throw new PostureError(
        'POSTURE_ERR_SCAN_FAILED',
        'These credentials can see no enabled Azure subscription',
        `Visible: ${list}. Give the identity the Reader role on a subscription, or sign in to another tenant with --tenant.`,
      )
    }
    return readable
  }
  const bad = requested.filter((s) => !isSubscriptionId(s))
  if (bad.length > 0) {
    throw new PostureError(
      'POSTURE_ERR_USAGE',
      `Invalid subscription id: ${bad.join(', ')}`,
      'Subscription ids are GUIDs, e.g. 00000000-1111-2222-3333-444444444444 (`az account list -o table`).',
    )
  }
  const byId = new Map(visible.map((s) => [s.subscriptionId.toLowerCase(), s]))
  const missing = requested.filter((s) => !byId.has(s.toLowerCase()))
  if (missing.length > 0) {
    throw new PostureError(
      'POSTURE_ERR_USAGE',
      `Subscription not visible to these credentials: ${missing.join(', ')}`,
      `Visible: ${list}. Check the id, the tenant (--tenant), or the identity's role assignments.`,
    )
  }
  return [...new Set(requested.map((s) => s.toLowerCase()))].map((s) => byId.get(s)!)
}
