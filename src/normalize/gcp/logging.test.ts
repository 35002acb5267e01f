import { describe, expect, it } from 'vitest'
import type { Resource } from '../../core/resource.js'
import { normalizeLogging, sinkDestination } from './logging.js'
import type { LogMetricAttributes, LogSinkAttributes } from './types-data.js'

const scope = { project: 'posture-test-project', projectNumber: '123456789012' }

describe('sinkDestination', () => {
  it.each([
    [
      'storage.googleapis.com/logs-bucket',
      { type: 'storage', bucket: 'logs-bucket', target: '//storage.googleapis.com/projects/_/buckets/logs-bucket' },
    ],
    [
      'bigquery.googleapis.com/projects/p1/datasets/logs',
      { type: 'bigquery', bucket: null, target: '//bigquery.googleapis.com/projects/p1/datasets/logs' },
    ],
    ['pubsub.googleapis.com/projects/p1/topics/siem', { type: 'pubsub', bucket: null, target: '//pubsub.googleapis.com/projects/p1/topics/siem' }],
    [
      'logging.googleapis.com/projects/p1/locations/global/buckets/central',
      { type: 'logging-bucket', bucket: null, target: '//logging.googleapis.com/projects/p1/locations/global/buckets/central' },
    ],
    [
      'logging.googleapis.com/projects/central-logs',
      { type: 'project', bucket: null, target: '//cloudresourcemanager.googleapis.com/projects/central-logs' },
    ],
    ['splunk.example.com/hec', { type: 'other', bucket: null, target: null }],
  ])('%s', (destination, expected) => {
    expect(sinkDestination(destination)).toEqual(expected)
  })
})

describe('normalizeLogging', () => {
  const out = normalizeLogging(
    {
      sinks: [
        {
          name: 'all',
          destination: 'storage.googleapis.com/logs-bucket',
          exclusions: [
            { name: 'noisy', filter: 'resource.type="k8s_container"' },
            { name: 'off', filter: 'severity<WARNING', disabled: true },
          ],
        },
      ],
      metrics: [{ name: 'owner-changes', filter: 'x="y"', bucketName: '' }],
    },
    scope,
  )
  it('an omitted filter exports everything; only active exclusions count', () => {
    const sink = out[0] as Resource<LogSinkAttributes>
    expect(sink.uid).toBe('//logging.googleapis.com/projects/posture-test-project/sinks/all')
    expect(sink.attributes).toMatchObject({ filter: '', disabled: false, exclusionFilters: ['resource.type="k8s_container"'], writerIdentity: null })
  })
  it('metrics default to enabled and the project bucket', () => {
    expect(out[1] as Resource<LogMetricAttributes>).toMatchObject({
      uid: '//logging.googleapis.com/projects/posture-test-project/metrics/owner-changes',
      attributes: { name: 'owner-changes', filter: 'x="y"', disabled: false, bucketName: null },
    })
  })
})
