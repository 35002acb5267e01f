/**
 * The identity group (IAM, Cloud Storage, Cloud KMS) end to end: the real @googleapis clients and REST calls against
 * the fixture server, the normalizers, and this group's checks over what was collected.
 */
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  gcpError,
  gcpForbidden,
  gcpPages,
  startFixtureServer,
  tooManyRequests,
  type FixtureRoute,
  type FixtureServer,
} from '../../test/support/cloud-fixture-server.js'
import { collectGcpFixture, evaluateCollection, OTHER_PROJECT, TEST_PROJECT, TEST_PROJECT_NUMBER, verdictLines } from './cloud-testing.js'
import { GCP_IDENTITY_MODULES } from './gcp-modules-identity.js'
import { pathToFileURL } from 'node:url'
import { checkFiles } from '../checks/registry.js'
import type { Check } from '../evaluate/define-check.js'
import type { Resource } from '../core/resource.js'
import type { CloudCollection } from './collection.js'
import type {
  GcpBucketAttributes,
  GcpCryptoKeyAttributes,
  GcpIamPolicy,
  GcpProjectPolicyAttributes,
  GcpServiceAccountAttributes,
} from '../normalize/gcp/types-identity.js'

/** A third project whose policy is compliant, with no accounts or buckets and the Cloud KMS API disabled. */
const THIRD_PROJECT = 'posture-third-project'
const THIRD_PROJECT_NUMBER = '210987654321'

function fixture<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../../test/fixtures/gcp/identity/${name}`, import.meta.url), 'utf8')) as T
}

interface Listed {
  name: string
  email?: string
}

/** projects.search with the three projects (distinct numbers, so default service accounts are told apart). */
function projectsRoute(server: FixtureServer): void {
  const projects = [
    [TEST_PROJECT, TEST_PROJECT_NUMBER],
    [OTHER_PROJECT, '123456789013'],
    [THIRD_PROJECT, THIRD_PROJECT_NUMBER],
  ].map(([id, n]) => ({ name: `projects/${n}`, projectId: id, displayName: id, parent: 'organizations/555555555555', state: 'ACTIVE' }))
  server.route({ path: '/v3/projects:search', reply: { body: { projects } } })
}

/** Page 1 answered 429 (Retry-After 0) before the real answer. */
function throttledFirst([first, ...rest]: FixtureRoute[]): FixtureRoute[] {
  return [{ ...first!, reply: [tooManyRequests('gcp', 0), first!.reply as never] }, ...rest]
}

function iamRoutes(server: FixtureServer): void {
  server.route({ method: 'POST', path: `/v3/projects/${TEST_PROJECT}:getIamPolicy`, reply: { body: fixture('project-iam-policy.json') } })
  const accounts = fixture<{ accounts: Listed[] }>('service-accounts.json').accounts
  server.route(...throttledFirst(gcpPages(`/v1/projects/${TEST_PROJECT}/serviceAccounts`, 'accounts', [accounts.slice(0, 2), accounts.slice(2)])))
  const keys = fixture<Record<string, unknown>>('service-account-keys.json')
  for (const a of accounts) {
    const path = `/v1/${a.name}/keys`
    server.route({
      path,
      query: { keyTypes: 'USER_MANAGED' },
      reply: keys[a.email!] ? { body: keys[a.email!] } : gcpForbidden('iam.serviceAccountKeys.list', TEST_PROJECT),
    })
  }
}

function storageRoutes(server: FixtureServer): void {
  const buckets = fixture<{ items: Listed[] }>('buckets.json').items
  server.route(
    ...gcpPages('/storage/v1/b', 'items', [buckets.slice(0, 2), buckets.slice(2)]).map((r) => ({
      ...r,
      query: { ...r.query, project: TEST_PROJECT, projection: 'full' },
    })),
  )
  const policies = fixture<Record<string, unknown>>('bucket-iam-policies.json')
  for (const b of buckets) {
    const reply = policies[b.name]
      ? { body: policies[b.name] }
      : gcpError(
          403,
          'PERMISSION_DENIED',
          `posture-scanner@${TEST_PROJECT}.iam.gserviceaccount.com does not have storage.buckets.getIamPolicy access to the Google Cloud Storage bucket. Permission 'storage.buckets.getIamPolicy' denied on resource (or it may not exist).`,
        )
    server.route({ path: `/storage/v1/b/${b.name}/iam`, query: { optionsRequestedPolicyVersion: '3' }, reply })
  }
}

function kmsRoutes(server: FixtureServer): void {
  const base = `/v1/projects/${TEST_PROJECT}/locations`
  server.route({ path: base, reply: { body: fixture('kms-locations.json') } })
  server.route({ path: `${base}/global/keyRings`, reply: { body: {} } })
  server.route({ path: `${base}/us-east1/keyRings`, reply: { body: fixture('kms-key-rings.json') } })
  server.route({ path: `${base}/us-east1/keyRings/app/cryptoKeys`, reply: { body: fixture('kms-crypto-keys.json') } })
  const policies = fixture<Record<string, unknown>>('kms-key-iam-policies.json')
  for (const key of ['data-key', 'legacy-key', 'signing-key']) {
    const reply = policies[key] ? { body: policies[key] } : gcpForbidden('cloudkms.cryptoKeys.getIamPolicy', TEST_PROJECT)
    server.route({ path: `${base}/us-east1/keyRings/app/cryptoKeys/${key}:getIamPolicy`, query: { 'options.requestedPolicyVersion': '3' }, reply })
  }
}

/** The third project: a compliant policy, empty lists, and Cloud KMS never enabled. */
function thirdProjectRoutes(server: FixtureServer): void {
  server.route({ method: 'POST', path: `/v3/projects/${THIRD_PROJECT}:getIamPolicy`, reply: { body: fixture('third-project-iam-policy.json') } })
  server.route({ path: `/v1/projects/${THIRD_PROJECT}/serviceAccounts`, reply: { body: {} } })
  server.route({ path: '/storage/v1/b', query: { project: THIRD_PROJECT }, reply: { body: { kind: 'storage#buckets' } } })
  server.route({
    path: `/v1/projects/${THIRD_PROJECT}/locations`,
    reply: gcpError(
      403,
      'PERMISSION_DENIED',
      `Cloud Key Management Service (KMS) API has not been used in project ${THIRD_PROJECT_NUMBER} before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/cloudkms.googleapis.com/overview?project=${THIRD_PROJECT_NUMBER} then retry.`,
      'SERVICE_DISABLED',
    ),
  })
}

/** The second project answers 403 to everything. */
function otherProjectRoutes(server: FixtureServer): void {
  server.route(
    {
      method: 'POST',
      path: `/v3/projects/${OTHER_PROJECT}:getIamPolicy`,
      reply: gcpForbidden('resourcemanager.projects.getIamPolicy', OTHER_PROJECT),
    },
    { path: `/v1/projects/${OTHER_PROJECT}/serviceAccounts`, reply: gcpForbidden('iam.serviceAccounts.list', OTHER_PROJECT) },
    { path: '/storage/v1/b', query: { project: OTHER_PROJECT }, reply: gcpForbidden('storage.buckets.list', OTHER_PROJECT) },
    { path: `/v1/projects/${OTHER_PROJECT}/locations`, reply: gcpForbidden('cloudkms.locations.list', OTHER_PROJECT) },
  )
}

/** This group's checks (loading only them keeps the test fast). */
async function identityChecks(): Promise<Check<unknown>[]> {
  const files = checkFiles().filter((f) => /[/\\]gcp[/\\](iam|storage|kms)[/\\]/.test(f))
  return Promise.all(files.map(async (f) => ((await import(pathToFileURL(f).href)) as { default: Check<unknown> }).default))
}

function ofType<A>(c: CloudCollection, type: string, project = TEST_PROJECT): Resource<A>[] {
  return c.resources.filter((r) => r.type === type && r.account === project) as Resource<A>[]
}

describe('Google Cloud identity modules against the fixture server', () => {
  let server: FixtureServer
  let c: CloudCollection
  // One collection, judged by every test below.
  beforeAll(async () => {
    server = await startFixtureServer()
    projectsRoute(server)
    iamRoutes(server)
    storageRoutes(server)
    kmsRoutes(server)
    thirdProjectRoutes(server)
    otherProjectRoutes(server)
    c = await collectGcpFixture(server, GCP_IDENTITY_MODULES)
  })
  afterAll(() => server.close())

  it('collects the project policy with conditions and audit configs, related to its project', () => {
    const [policy, ...more] = ofType<GcpProjectPolicyAttributes>(c, 'gcp.iam.project-policy')
    expect(more).toEqual([])
    expect(policy!.uid).toBe(`//cloudresourcemanager.googleapis.com/projects/${TEST_PROJECT}/iamPolicy`)
    expect(policy!.relations).toEqual([{ kind: 'policy-of', target: `//cloudresourcemanager.googleapis.com/projects/${TEST_PROJECT}` }])
    expect(policy!.attributes.version).toBe(3)
    expect(policy!.attributes.bindings.find((b) => b.role === 'roles/iam.serviceAccountUser')).toEqual({
      role: 'roles/iam.serviceAccountUser',
      members: ['group:devs@example.com'],
      condition: {
        title: 'expires-2026',
        description: 'Temporary access for the migration',
        expression: 'request.time < timestamp("2026-12-31T00:00:00Z")',
      },
    })
    expect(policy!.attributes.auditConfigs).toEqual([
      {
        service: 'allServices',
        auditLogConfigs: [
          { logType: 'ADMIN_READ', exemptedMembers: [] },
          { logType: 'DATA_WRITE', exemptedMembers: ['serviceAccount:etl@posture-test-project.iam.gserviceaccount.com'] },
        ],
      },
    ])
    // Resource Manager v3 getIamPolicy is a POST asking for policy version 3.
    const post = server.requests.find((r) => r.method === 'POST' && r.path === `/v3/projects/${TEST_PROJECT}:getIamPolicy`)
    expect(JSON.parse(post!.body)).toEqual({ options: { requestedPolicyVersion: 3 } })
  })

  it('collects service accounts over two pages after a 429, with their user-managed keys', () => {
    const accounts = ofType<GcpServiceAccountAttributes>(c, 'gcp.iam.service-account')
    expect(accounts.map((a) => [a.uid, a.attributes.isComputeDefault, a.attributes.isAppEngineDefault, a.attributes.disabled])).toEqual([
      [`//iam.googleapis.com/projects/${TEST_PROJECT}/serviceAccounts/app@${TEST_PROJECT}.iam.gserviceaccount.com`, false, false, false],
      [
        `//iam.googleapis.com/projects/${TEST_PROJECT}/serviceAccounts/${TEST_PROJECT_NUMBER}-compute@developer.gserviceaccount.com`,
        true,
        false,
        false,
      ],
      [`//iam.googleapis.com/projects/${TEST_PROJECT}/serviceAccounts/ci@${TEST_PROJECT}.iam.gserviceaccount.com`, false, false, true],
      [`//iam.googleapis.com/projects/${TEST_PROJECT}/serviceAccounts/${TEST_PROJECT}@appspot.gserviceaccount.com`, false, true, false],
    ])
    expect(accounts[0]!.attributes.userManagedKeys).toEqual([
      {
        id: '8f2c3a41d0b7e6f59a1c2d3e4f5a6b7c8d9e0f1a',
        keyType: 'USER_MANAGED',
        keyOrigin: 'GOOGLE_PROVIDED',
        validAfterTime: '2025-11-13T09:30:00Z',
        validBeforeTime: '9999-12-31T23:59:59Z',
        disabled: false,
      },
      {
        id: '0a1b2c3d4e5f60718293a4b5c6d7e8f901234567',
        keyType: 'USER_MANAGED',
        keyOrigin: 'GOOGLE_PROVIDED',
        validAfterTime: '2024-01-10T08:00:00Z',
        validBeforeTime: '2025-01-10T08:00:00Z',
        disabled: false,
      },
    ])
    expect(accounts[1]!.attributes.userManagedKeys).toEqual([])
    expect(accounts[3]!.attributes.userManagedKeys).toEqual({
      $unknown: `iam.projects.serviceAccounts.keys.list: PERMISSION_DENIED: Permission 'iam.serviceAccountKeys.list' denied on resource 'projects/${TEST_PROJECT}' (or it may not exist).`,
    })
    const listed = server.requests.filter((r) => r.path === `/v1/projects/${TEST_PROJECT}/serviceAccounts`)
    expect(listed.map((r) => r.query.get('pageToken'))).toEqual([null, null, 'p2'])
  })

  it('collects buckets over two pages with IAM, ACLs, retention, logging and the KMS key relation', () => {
    const buckets = ofType<GcpBucketAttributes>(c, 'gcp.storage.bucket')
    expect(buckets.map((b) => [b.uid, b.region])).toEqual([
      ['//storage.googleapis.com/projects/_/buckets/posture-public-assets', 'us'],
      ['//storage.googleapis.com/projects/_/buckets/posture-audit-logs', 'us-east1'],
      ['//storage.googleapis.com/projects/_/buckets/posture-legacy-acl', 'eu'],
    ])
    const [pub, logs, legacy] = buckets
    expect(pub!.tags).toEqual({ team: 'web' })
    expect(pub!.attributes).toMatchObject({
      uniformBucketLevelAccess: true,
      publicAccessPrevention: 'inherited',
      versioning: false,
      acl: [],
      logging: null,
    })
    expect((pub!.attributes.iamPolicy as GcpIamPolicy).bindings).toContainEqual({
      role: 'roles/storage.objectViewer',
      members: ['allUsers'],
      condition: null,
    })
    expect(logs!.attributes).toMatchObject({
      location: 'US-EAST1',
      publicAccessPrevention: 'enforced',
      retentionPolicy: { retentionPeriodSeconds: 31_536_000, isLocked: true },
      logging: { logBucket: 'posture-audit-logs', logObjectPrefix: 'self' },
      defaultKmsKeyName: `projects/${TEST_PROJECT}/locations/us-east1/keyRings/app/cryptoKeys/data-key`,
    })
    expect(logs!.relations).toEqual([
      { kind: 'encrypted-by', target: `//cloudkms.googleapis.com/projects/${TEST_PROJECT}/locations/us-east1/keyRings/app/cryptoKeys/data-key` },
    ])
    expect(legacy!.attributes).toMatchObject({
      uniformBucketLevelAccess: false,
      publicAccessPrevention: 'inherited',
      versioning: true,
      retentionPolicy: null,
      acl: [
        { entity: 'project-owners-123456789012', role: 'OWNER' },
        { entity: 'project-viewers-123456789012', role: 'READER' },
      ],
      defaultObjectAcl: [{ entity: 'project-owners-123456789012', role: 'OWNER' }],
    })
    expect(legacy!.attributes.iamPolicy).toHaveProperty('$unknown')
  })

  it('collects KMS keys through locations and key rings, with their IAM policies', () => {
    const keys = ofType<GcpCryptoKeyAttributes>(c, 'gcp.kms.crypto-key')
    const ring = `projects/${TEST_PROJECT}/locations/us-east1/keyRings/app`
    expect(keys.map((k) => [k.uid, k.region, k.attributes.purpose, k.attributes.rotationPeriodSeconds, k.attributes.primary?.state ?? null])).toEqual(
      [
        [`//cloudkms.googleapis.com/${ring}/cryptoKeys/data-key`, 'us-east1', 'ENCRYPT_DECRYPT', 7_776_000, 'ENABLED'],
        [`//cloudkms.googleapis.com/${ring}/cryptoKeys/legacy-key`, 'us-east1', 'ENCRYPT_DECRYPT', null, 'ENABLED'],
        [`//cloudkms.googleapis.com/${ring}/cryptoKeys/signing-key`, 'us-east1', 'ASYMMETRIC_SIGN', null, null],
      ],
    )
    expect(keys[0]!.attributes).toMatchObject({ keyRing: ring, nextRotationTime: '2026-07-01T00:00:00.000Z', protectionLevel: 'SOFTWARE' })
    expect(keys[1]!.attributes).toMatchObject({ protectionLevel: 'HSM', nextRotationTime: null, rotationPeriod: null })
    expect(keys[1]!.tags).toEqual({ owner: 'legacy-app' })
    expect(keys[2]!.attributes.iamPolicy).toHaveProperty('$unknown')
  })

  it('judges the collection with the identity checks', async () => {
    const findings = await evaluateCollection(c, await identityChecks())
    const other = `all gcp.iam.project-policy in global`
    expect(verdictLines(findings)).toEqual(
      [
        // Project policies: the test project fails, the third (compliant) project passes, the forbidden one is ERROR.
        ...[
          'gcp-iam-audit-config-all-services',
          'gcp-iam-kms-separation-of-duties',
          'gcp-iam-no-primitive-roles-for-users',
          'gcp-iam-no-project-level-service-account-user',
          'gcp-iam-no-public-project-bindings',
          'gcp-iam-service-account-no-admin-roles',
          'gcp-iam-service-account-separation-of-duties',
        ].flatMap((id) => [`${id} ${TEST_PROJECT} fail`, `${id} ${THIRD_PROJECT} pass`, `${id} ${other} error`]),
        `gcp-iam-service-account-keys-rotated-90-days app@${TEST_PROJECT}.iam.gserviceaccount.com fail`,
        `gcp-iam-service-account-keys-rotated-90-days ${TEST_PROJECT_NUMBER}-compute@developer.gserviceaccount.com pass`,
        `gcp-iam-service-account-keys-rotated-90-days ci@${TEST_PROJECT}.iam.gserviceaccount.com pass`,
        `gcp-iam-service-account-keys-rotated-90-days ${TEST_PROJECT}@appspot.gserviceaccount.com error`,
        'gcp-iam-service-account-keys-rotated-90-days all gcp.iam.service-account in global error',
        `gcp-iam-service-account-no-user-managed-keys app@${TEST_PROJECT}.iam.gserviceaccount.com fail`,
        `gcp-iam-service-account-no-user-managed-keys ${TEST_PROJECT_NUMBER}-compute@developer.gserviceaccount.com pass`,
        `gcp-iam-service-account-no-user-managed-keys ci@${TEST_PROJECT}.iam.gserviceaccount.com fail`,
        `gcp-iam-service-account-no-user-managed-keys ${TEST_PROJECT}@appspot.gserviceaccount.com error`,
        'gcp-iam-service-account-no-user-managed-keys all gcp.iam.service-account in global error',
        'gcp-kms-key-not-public data-key pass',
        'gcp-kms-key-not-public legacy-key fail',
        'gcp-kms-key-not-public signing-key error',
        'gcp-kms-key-not-public all gcp.kms.crypto-key in global error',
        'gcp-kms-key-rotation-90-days data-key pass',
        'gcp-kms-key-rotation-90-days legacy-key fail',
        'gcp-kms-key-rotation-90-days all gcp.kms.crypto-key in global error',
        ...['access-logging', 'not-public', 'public-access-prevention', 'uniform-access', 'versioning'].map(
          (s) => `gcp-storage-bucket-${s} all gcp.storage.bucket in global error`,
        ),
        'gcp-storage-bucket-access-logging posture-audit-logs pass',
        'gcp-storage-bucket-access-logging posture-legacy-acl pass',
        'gcp-storage-bucket-access-logging posture-public-assets fail',
        'gcp-storage-bucket-not-public posture-audit-logs pass',
        'gcp-storage-bucket-not-public posture-legacy-acl error',
        'gcp-storage-bucket-not-public posture-public-assets fail',
        'gcp-storage-bucket-public-access-prevention posture-audit-logs pass',
        'gcp-storage-bucket-public-access-prevention posture-legacy-acl fail',
        'gcp-storage-bucket-public-access-prevention posture-public-assets fail',
        'gcp-storage-bucket-uniform-access posture-audit-logs pass',
        'gcp-storage-bucket-uniform-access posture-legacy-acl fail',
        'gcp-storage-bucket-uniform-access posture-public-assets pass',
        'gcp-storage-bucket-versioning posture-audit-logs pass',
        'gcp-storage-bucket-versioning posture-legacy-acl pass',
        'gcp-storage-bucket-versioning posture-public-assets fail',
      ].sort(),
    )
    // Conditional grants are counted, and the message says so.
    const sau = findings.find((f) => f.checkId === 'gcp-iam-no-project-level-service-account-user' && f.resource.account === TEST_PROJECT)
    expect(sau!.message).toContain(
      'group:devs@example.com has roles/iam.serviceAccountUser under condition "expires-2026" (a conditional binding still grants',
    )
    // Only the forbidden project yields gap findings, and none of its findings passes.
    expect(findings.filter((f) => f.resource.account === OTHER_PROJECT && f.status !== 'error')).toEqual([])
  })

  it('records the forbidden project per service, the per-resource 403s, and nothing for the disabled KMS API', () => {
    expect(c.accounts).toEqual([TEST_PROJECT, OTHER_PROJECT, THIRD_PROJECT])
    expect(c.errors.map((e) => `${e.account} ${e.service} ${e.api} ${e.resource ?? e.resourceTypes.join()}`).sort()).toEqual([
      `${OTHER_PROJECT} iam cloudresourcemanager.projects.getIamPolicy gcp.iam.project-policy`,
      `${OTHER_PROJECT} iam iam.projects.serviceAccounts.list gcp.iam.service-account`,
      `${OTHER_PROJECT} kms cloudkms.locations.list gcp.kms.crypto-key`,
      `${OTHER_PROJECT} storage storage.buckets.list gcp.storage.bucket`,
      `${TEST_PROJECT} iam iam.projects.serviceAccounts.keys.list //iam.googleapis.com/projects/${TEST_PROJECT}/serviceAccounts/${TEST_PROJECT}@appspot.gserviceaccount.com`,
      `${TEST_PROJECT} kms cloudkms.cryptoKeys.getIamPolicy //cloudkms.googleapis.com/projects/${TEST_PROJECT}/locations/us-east1/keyRings/app/cryptoKeys/signing-key`,
      `${TEST_PROJECT} storage storage.buckets.getIamPolicy //storage.googleapis.com/projects/_/buckets/posture-legacy-acl`,
    ])
    expect(c.resources.filter((r) => r.account === THIRD_PROJECT).map((r) => r.type)).toEqual(['gcp.project', 'gcp.iam.project-policy'])
    expect(server.unmatched).toEqual([])
  })
})
