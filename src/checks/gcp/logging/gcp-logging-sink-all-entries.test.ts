import { describe, expect, it } from 'vitest'
import check from './gcp-logging-sink-all-entries.js'
import type { CollectionError, Resource } from '../../../core/resource.js'
import { runCheck } from '../../_shared/testing.js'
import { logSinkFixture, projectFixture } from '../../_shared/gcp-data-fixtures.js'

const DEFAULT_SINK = logSinkFixture(
  {
    destination: 'logging.googleapis.com/projects/posture-test-project/locations/global/buckets/_Default',
    destinationType: 'logging-bucket',
    destinationBucket: null,
    filter: 'NOT LOG_ID("cloudaudit.googleapis.com/activity") AND NOT LOG_ID("externalaudittasks.cloudsql.googleapis.com/activity")',
  },
  '_Default',
)
const sinksFailed: CollectionError = {
  provider: 'gcp',
  account: 'posture-test-project',
  service: 'logging',
  region: 'global',
  api: 'logging.sinks.list',
  reason: 'PERMISSION_DENIED',
  resourceTypes: ['gcp.logging.sink'],
}

describe(check.id, () => {
  it.each<{ name: string; sinks: Resource[]; errors?: CollectionError[]; expected: string }>([
    { name: 'an enabled sink with an empty filter', sinks: [DEFAULT_SINK, logSinkFixture()], expected: 'pass' },
    { name: 'only the built-in sinks', sinks: [DEFAULT_SINK], expected: 'fail' },
    { name: 'no sink at all', sinks: [], expected: 'fail' },
    { name: 'the all-entries sink is disabled', sinks: [logSinkFixture({ disabled: true })], expected: 'fail' },
    {
      name: 'the all-entries sink has exclusions',
      sinks: [logSinkFixture({ exclusionFilters: ['resource.type="k8s_container"'] })],
      expected: 'fail',
    },
    { name: 'a filtered sink', sinks: [logSinkFixture({ filter: 'logName:"cloudaudit.googleapis.com"' })], expected: 'fail' },
    { name: 'a sink in another project does not count', sinks: [logSinkFixture({}, 'all', 'posture-other-project')], expected: 'fail' },
    { name: 'sinks not collected', sinks: [], errors: [sinksFailed], expected: 'error' },
  ])('$name → $expected', ({ sinks, errors, expected }) => {
    expect(runCheck(check, projectFixture(), sinks, errors).status).toBe(expected)
  })

  it('says why near misses do not count', () => {
    expect(runCheck(check, projectFixture(), [DEFAULT_SINK, logSinkFixture({ disabled: true })]).message).toBe(
      'Project posture-test-project has 2 log sink(s) and none exports every entry with an empty filter (audit-archive is disabled).',
    )
  })
})
