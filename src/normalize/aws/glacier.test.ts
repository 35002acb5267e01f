import { describe, expect, it } from 'vitest'
import { isUnknown } from '../../core/unknown.js'
import type { GlacierRaw } from '../../collect/aws/glacier.js'
import { normalizeGlacier } from './glacier.js'
import { AWS } from './types.js'

const scope = { account: '111122223333', region: 'eu-west-1', regions: ['eu-west-1'] }
const ARN = 'arn:aws:glacier:eu-west-1:111122223333:vaults/legal-archive'
// ListVaults VaultList entry (Glacier API reference, DescribeVault output).
const vault = { VaultARN: ARN, VaultName: 'legal-archive', CreationDate: '2024-03-01T10:00:00.000Z', NumberOfArchives: 12, SizeInBytes: 1048576 }
const POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: '*', Action: 'glacier:InitiateJob', Resource: ARN }],
})

describe('normalizeGlacier', () => {
  it('a vault with a policy and a completed lock', () => {
    const raw: GlacierRaw = { vaults: [{ vault, policy: { ok: true, value: POLICY }, lockState: { ok: true, value: 'Locked' } }] }
    const [r] = normalizeGlacier(raw, scope)
    expect(r).toMatchObject({
      uid: ARN,
      type: AWS.glacierVault,
      name: 'legal-archive',
      attributes: { vaultName: 'legal-archive', policy: { Version: '2012-10-17' }, lockState: 'Locked' },
    })
  })

  it('no policy (ResourceNotFoundException → null), failed GetVaultLock → Unknown', () => {
    const raw: GlacierRaw = {
      vaults: [
        { vault, policy: { ok: true, value: null }, lockState: { ok: false, reason: 'AccessDeniedException', code: 'AccessDeniedException' } },
      ],
    }
    const [r] = normalizeGlacier(raw, scope)
    expect(r!.attributes.policy).toBeNull()
    expect(isUnknown(r!.attributes.lockState)).toBe(true)
  })
})
