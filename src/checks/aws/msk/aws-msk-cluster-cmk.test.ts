import { describe, expect, it } from 'vitest'
import type { Resource } from '../../../core/resource.js'
import type { MskProvisionedSettings } from '../../../normalize/aws/types.js'
import { runCheck } from '../../_shared/testing.js'
import check from './aws-msk-cluster-cmk.js'
import { cluster, key, describeMskScope } from './cluster-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; settings: Partial<MskProvisionedSettings>; others?: Resource<unknown>[]; expected: string }[] = [
    { name: 'customer-managed key', settings: {}, expected: 'pass' },
    { name: 'AWS-managed key by ARN', settings: {}, others: [key('AWS')], expected: 'fail' },
    { name: 'no key reported (aws/kafka)', settings: { atRestKmsKeyId: null }, expected: 'fail' },
    { name: 'key not collected', settings: {}, others: [], expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ settings, others, expected }) => {
    const f = runCheck(check, cluster(settings), others ?? [key('CUSTOMER')])
    expect(f.status).toBe(expected)
    expect(f.message).toContain('events')
  })
})

describeMskScope(check)
