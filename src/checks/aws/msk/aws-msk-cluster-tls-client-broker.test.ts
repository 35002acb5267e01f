import { describe, expect, it } from 'vitest'
import type { Resource } from '../../../core/resource.js'
import type { MskProvisionedSettings } from '../../../normalize/aws/types.js'
import { runCheck } from '../../_shared/testing.js'
import check from './aws-msk-cluster-tls-client-broker.js'
import { cluster, key, describeMskScope } from './cluster-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; settings: Partial<MskProvisionedSettings>; others?: Resource<unknown>[]; expected: string }[] = [
    { name: 'TLS only', settings: {}, expected: 'pass' },
    { name: 'TLS and plaintext', settings: { clientBroker: 'TLS_PLAINTEXT' }, expected: 'fail' },
    { name: 'plaintext', settings: { clientBroker: 'PLAINTEXT' }, expected: 'fail' },
  ]
  it.each(cases)('$name → $expected', ({ settings, others, expected }) => {
    const f = runCheck(check, cluster(settings), others ?? [key('CUSTOMER')])
    expect(f.status).toBe(expected)
    expect(f.message).toContain('events')
  })
})

describeMskScope(check)
