/** Test helpers for checks: build resources and run a check the way the engine does. */
import type { Finding, Status } from '../../core/finding.js'
import { Inventory } from '../../core/inventory.js'
import type { CollectionError, Resource } from '../../core/resource.js'
import { evaluate } from '../../evaluate/engine.js'
import type { Check } from '../../evaluate/define-check.js'

/** Fixed "now" for tests so age-based checks are deterministic. */
export const TEST_NOW = new Date('2026-06-01T00:00:00Z')

/** A live AWS resource of `type` with the given attributes (account 111122223333, us-east-1 by default). */
export function awsFixture<A>(type: string, attributes: A, overrides: Partial<Resource<A>> = {}): Resource<A> {
  const id = overrides.name ?? 'fixture'
  return {
    uid: `arn:aws:test:us-east-1:111122223333:${type}/${id}`,
    provider: 'aws',
    type,
    account: '111122223333',
    region: 'us-east-1',
    name: id,
    tags: {},
    attributes,
    relations: [],
    source: { kind: 'live' },
    ...overrides,
  }
}

/** Subscription of Azure check fixtures. */
export const AZURE_TEST_SUBSCRIPTION = '00000000-0000-0000-0000-000000000001'

/**
 * A live Azure resource of `type` (subscription AZURE_TEST_SUBSCRIPTION, eastus, resource group rg-test by default);
 * the uid is the lower-cased ARM id built from `armType` (e.g. Microsoft.Storage/storageAccounts) and the name.
 */
export function azureFixture<A>(type: string, attributes: A, overrides: Partial<Resource<A>> & { armType?: string } = {}): Resource<A> {
  const { armType = 'Microsoft.Test/fixtures', ...rest } = overrides
  const name = rest.name ?? 'fixture'
  const account = rest.account ?? AZURE_TEST_SUBSCRIPTION
  return {
    uid: `/subscriptions/${account}/resourcegroups/rg-test/providers/${armType}/${name}`.toLowerCase(),
    provider: 'azure',
    type,
    account,
    region: 'eastus',
    name,
    tags: {},
    attributes,
    relations: [],
    source: { kind: 'live' },
    ...rest,
  }
}

/** Project of Google Cloud check fixtures. */
export const GCP_TEST_PROJECT = 'posture-test-project'

/** A live Google Cloud resource of `type` (project GCP_TEST_PROJECT, global by default); `uid` defaults to a made-up full name. */
export function gcpFixture<A>(type: string, attributes: A, overrides: Partial<Resource<A>> = {}): Resource<A> {
  const name = overrides.name ?? 'fixture'
  const account = overrides.account ?? GCP_TEST_PROJECT
  return {
    uid: `//test.googleapis.com/projects/${account}/${type}/${name}`,
    provider: 'gcp',
    type,
    account,
    region: 'global',
    name,
    tags: {},
    attributes,
    relations: [],
    source: { kind: 'live' },
    ...overrides,
  }
}

/** Runs one check over `resource` (plus `others` in the inventory) and returns the resource's single finding. */
export function runCheck<A>(check: Check<A>, resource: Resource<A>, others: Resource<unknown>[] = [], errors: CollectionError[] = []): Finding {
  const inv = new Inventory([resource, ...others], errors)
  const findings = evaluate([check as Check<unknown>], inv, () => [], TEST_NOW).filter((f) => f.resource.uid === resource.uid)
  if (findings.length !== 1) throw new Error(`expected exactly one finding for ${resource.uid}, got ${findings.length}`)
  return findings[0]!
}

/** Days before TEST_NOW as an ISO string. */
export function daysAgo(days: number): string {
  return new Date(TEST_NOW.getTime() - days * 86_400_000).toISOString()
}

/** Statuses a check reports when `service:api` failed to list its resource type in the fixture account (AWS: us-east-1; Azure and Google Cloud: the whole subscription or project) — ERROR, never PASS. */
export function statusesWhenListFails<A>(check: Check<A>, service: string = check.service, api = 'List'): Status[] {
  const account = { aws: '111122223333', azure: AZURE_TEST_SUBSCRIPTION, gcp: GCP_TEST_PROJECT }[check.provider]
  const gap: CollectionError = {
    provider: check.provider,
    account,
    service,
    region: check.provider === 'aws' ? 'us-east-1' : 'global',
    api,
    reason: 'AccessDeniedException: not authorized',
    resourceTypes: [check.resourceType],
  }
  return evaluate([check as Check<unknown>], new Inventory([], [gap]), () => [], TEST_NOW).map((f) => f.status)
}
