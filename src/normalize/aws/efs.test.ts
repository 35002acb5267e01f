import { describe, expect, it } from 'vitest'
import { isUnknown } from '../../core/unknown.js'
import type { EfsRaw, FileSystemDescription } from '../../collect/aws/efs.js'
import { normalizeEfs } from './efs.js'
import { AWS } from './types.js'

const ACCOUNT = '111122223333'
const scope = { account: ACCOUNT, region: 'eu-west-1', regions: ['eu-west-1'] }
const KEY = `arn:aws:kms:eu-west-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`
const POLICY = JSON.stringify({
  Version: '2012-10-17',
  Id: 'efs-policy-wizard-1',
  Statement: [{ Sid: 'mount', Effect: 'Allow', Principal: { AWS: '*' }, Action: 'elasticfilesystem:ClientMount', Resource: '*' }],
})

const fsd = (id: string, over: Partial<FileSystemDescription> = {}): FileSystemDescription => ({
  OwnerId: ACCOUNT,
  CreationToken: 'console-1',
  FileSystemId: id,
  FileSystemArn: `arn:aws:elasticfilesystem:eu-west-1:${ACCOUNT}:file-system/${id}`,
  CreationTime: new Date('2025-01-10T08:00:00Z'),
  LifeCycleState: 'available',
  Name: 'shared-home',
  NumberOfMountTargets: 2,
  SizeInBytes: { Value: 6144 },
  PerformanceMode: 'generalPurpose',
  Encrypted: true,
  KmsKeyId: KEY,
  ThroughputMode: 'bursting',
  Tags: [{ Key: 'Name', Value: 'shared-home' }],
  ...over,
})

describe('normalizeEfs', () => {
  it('an encrypted file system with a policy', () => {
    const raw: EfsRaw = { fileSystems: [{ fileSystem: fsd('fs-0123456789abcdef0'), policy: { ok: true, value: POLICY } }] }
    const [r] = normalizeEfs(raw, scope)
    expect(r).toMatchObject({
      uid: `arn:aws:elasticfilesystem:eu-west-1:${ACCOUNT}:file-system/fs-0123456789abcdef0`,
      type: AWS.efsFileSystem,
      name: 'shared-home',
      tags: { Name: 'shared-home' },
      relations: [{ kind: 'uses-kms-key', target: KEY }],
      attributes: { fileSystemId: 'fs-0123456789abcdef0', encrypted: true, kmsKeyId: KEY },
    })
    expect(r!.attributes.policy).toMatchObject({ Id: 'efs-policy-wizard-1' })
  })

  it('unencrypted, no policy (PolicyNotFound → null), no ARN or name', () => {
    const fs = fsd('fs-0aaaaaaaaaaaaaaaa', { Encrypted: false, KmsKeyId: undefined, FileSystemArn: undefined, Name: undefined })
    const [r] = normalizeEfs({ fileSystems: [{ fileSystem: fs, policy: { ok: true, value: null } }] }, scope)
    expect(r!.uid).toBe(`arn:aws:elasticfilesystem:eu-west-1:${ACCOUNT}:file-system/fs-0aaaaaaaaaaaaaaaa`)
    expect(r!.name).toBe('fs-0aaaaaaaaaaaaaaaa')
    expect(r!.relations).toEqual([])
    expect(r!.attributes).toMatchObject({ encrypted: false, kmsKeyId: null, policy: null })
  })

  it('a failed policy call leaves only the policy Unknown', () => {
    const raw: EfsRaw = {
      fileSystems: [{ fileSystem: fsd('fs-0b'), policy: { ok: false, reason: 'AccessDeniedException', code: 'AccessDeniedException' } }],
    }
    const [r] = normalizeEfs(raw, scope)
    expect(isUnknown(r!.attributes.policy)).toBe(true)
    expect(r!.attributes.encrypted).toBe(true)
  })
})
