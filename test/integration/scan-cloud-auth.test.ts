/**
 * `posture scan azure` and `posture scan gcp` sign-in and input errors, through the real CLI: each ends with one
 * clear line saying what to do, and the exit codes of the AWS scan (2 usage, 3 cannot run).
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runPosture } from '../support/cli.js'
import { azureList, gcpError, startFixtureServer, type FixtureServer } from '../support/cloud-fixture-server.js'

const SUB = '00000000-0000-0000-0000-000000000001'
const TENANT = '72f988bf-0000-0000-0000-000000000000'

/** Nothing from the machine's own cloud logins leaks in: empty HOME, no Azure/Google variables, no metadata server. */
function cleanEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const home = mkdtempSync(join(tmpdir(), 'posture-auth-home-'))
  return {
    HOME: home,
    AZURE_CONFIG_DIR: join(home, '.azure'),
    CLOUDSDK_CONFIG: join(home, '.gcloud'),
    AZURE_TENANT_ID: '',
    AZURE_CLIENT_ID: '',
    AZURE_CLIENT_SECRET: '',
    AZURE_CLIENT_CERTIFICATE_PATH: '',
    AZURE_FEDERATED_TOKEN_FILE: '',
    AZURE_AUTHORITY_HOST: '',
    IDENTITY_ENDPOINT: '',
    MSI_ENDPOINT: '',
    GOOGLE_APPLICATION_CREDENTIALS: '',
    GOOGLE_OAUTH_ACCESS_TOKEN: '',
    // google-auth-library probes the metadata server last; point it at a closed loopback port so it fails fast.
    GCE_METADATA_HOST: '127.0.0.1:9',
    GCE_METADATA_IP: '127.0.0.1:9',
    POSTURE_HOME: join(home, 'posture'),
    ...extra,
  }
}

/** The last stderr line (the error) and the exit code. */
function outcome(run: { code: number; stderr: string }): { code: number; line: string } {
  const lines = run.stderr
    .trim()
    .split('\n')
    .filter((l) => l.startsWith('posture:'))
  return { code: run.code, line: lines.join('\n') }
}

describe('cloud scan sign-in and input errors', () => {
  let server: FixtureServer
  beforeAll(async () => {
    server = await startFixtureServer([
      azureList('/subscriptions', [
        { id: `/subscriptions/${SUB}`, subscriptionId: SUB, displayName: 'Posture Test', state: 'Enabled', tenantId: TENANT },
      ]),
      {
        path: '/v3/projects:search',
        reply: (req) =>
          req.headers.authorization === 'Bearer expired-token'
            ? gcpError(
                401,
                'UNAUTHENTICATED',
                'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
                'ACCESS_TOKEN_EXPIRED',
              )
            : {
                body: {
                  projects: [
                    {
                      name: 'projects/123456789012',
                      projectId: 'posture-test-project',
                      displayName: 'Posture Test',
                      parent: 'organizations/5',
                      state: 'ACTIVE',
                    },
                  ],
                },
              },
      },
    ])
  })
  afterAll(() => server.close())

  const azureLogin = (secret: string) => ({
    AZURE_TENANT_ID: TENANT,
    AZURE_CLIENT_ID: '11111111-2222-3333-4444-555555555555',
    AZURE_CLIENT_SECRET: secret,
    AZURE_AUTHORITY_HOST: server.url,
  })

  it('azure without any credentials: exit 3 and how to sign in', async () => {
    const r = outcome(await runPosture(['scan', 'azure', '--no-store', '--endpoint', server.url], cleanEnv({})))
    expect(r.code).toBe(3)
    expect(r.line).toMatch(/^posture: error: No Azure credentials found .*\n.*az login/)
  })

  it('azure with an expired client secret: exit 3 and what to renew', async () => {
    const r = outcome(await runPosture(['scan', 'azure', '--no-store', '--endpoint', server.url], cleanEnv(azureLogin('expired-secret'))))
    expect(r.code).toBe(3)
    expect(r.line).toMatch(/^posture: error: Azure sign-in failed: the credentials have expired \(AADSTS7000222\)\n.*Renew the secret/)
  })

  it('azure with an unknown subscription: exit 2 naming it and listing the visible ones', async () => {
    const other = '00000000-0000-0000-0000-0000000000ff'
    const r = outcome(
      await runPosture(['scan', 'azure', '--no-store', '--endpoint', server.url, '--subscriptions', other], cleanEnv(azureLogin('good-secret'))),
    )
    expect(r.code).toBe(2)
    expect(r.line).toContain(`posture: error: Subscription not visible to these credentials: ${other}`)
    expect(r.line).toContain(`Visible: ${SUB} (Posture Test)`)
  })

  it('azure with a malformed subscription id: exit 2 before signing in', async () => {
    const r = outcome(await runPosture(['scan', 'azure', '--no-store', '--subscriptions', 'prod'], cleanEnv({})))
    expect(r).toMatchObject({ code: 2 })
    expect(r.line).toMatch(/^posture: error: Invalid subscription id "prod"/)
  })

  it('gcp without any credentials: exit 3 and how to sign in', async () => {
    const r = outcome(await runPosture(['scan', 'gcp', '--no-store', '--endpoint', server.url], cleanEnv({})))
    expect(r.code).toBe(3)
    expect(r.line).toMatch(/^posture: error: No Google Cloud credentials found .*\n.*gcloud auth application-default login/)
  })

  it('gcp with an expired token: exit 3', async () => {
    const r = outcome(
      await runPosture(['scan', 'gcp', '--no-store', '--endpoint', server.url], cleanEnv({ GOOGLE_OAUTH_ACCESS_TOKEN: 'expired-token' })),
    )
    expect(r.code).toBe(3)
    expect(r.line).toMatch(/^posture: error: Google Cloud rejected the credentials: UNAUTHENTICATED: Request had invalid authentication credentials/)
  })

  it('gcp with an unknown project and bad organization: exit 2', async () => {
    const env = cleanEnv({ GOOGLE_OAUTH_ACCESS_TOKEN: 'good-token' })
    const r = outcome(await runPosture(['scan', 'gcp', '--no-store', '--endpoint', server.url, '--projects', 'no-such-project'], env))
    expect(r.code).toBe(2)
    expect(r.line).toContain('posture: error: Project not found or not visible to these credentials: no-such-project')
    const org = outcome(await runPosture(['scan', 'gcp', '--no-store', '--organization', 'acme'], env))
    expect(org.code).toBe(2)
    expect(org.line).toMatch(/^posture: error: Invalid --organization "acme"/)
  })
})
