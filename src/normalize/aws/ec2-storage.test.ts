import { describe, expect, it } from 'vitest'
import type { Resource } from '../../core/resource.js'
import { isUnknown } from '../../core/unknown.js'
import type { CallResult } from '../../collect/collector.js'
import type { Ec2StorageRaw, Image, Snapshot } from '../../collect/aws/ec2-storage.js'
import { normalizeEc2Storage } from './ec2-storage.js'
import { AWS, type EbsEncryptionDefaultAttributes, type ImageAttributes, type SnapshotAttributes, type VolumeAttributes } from './types.js'

const ACCOUNT = '111122223333'
const scope = { account: ACCOUNT, region: 'us-east-1', regions: ['us-east-1'] }
const denied = {
  ok: false as const,
  reason: 'UnauthorizedOperation: You are not authorized to perform this operation.',
  code: 'UnauthorizedOperation',
}

const raw = (over: Partial<Ec2StorageRaw> = {}): Ec2StorageRaw => ({
  volumes: [],
  snapshots: [],
  images: [],
  ebsDefault: { encryptionByDefault: { ok: true, value: true } },
  ...over,
})

const ofType = <A>(resources: Resource[], type: string) => resources.filter((r) => r.type === type) as Resource<A>[]

describe('volumes', () => {
  it('encryption, attachments and attached-to relation', () => {
    const input = raw({
      volumes: [
        {
          VolumeId: 'vol-0aaa',
          Size: 100,
          State: 'in-use',
          Encrypted: true,
          KmsKeyId: `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`,
          AvailabilityZone: 'us-east-1a',
          Attachments: [{ InstanceId: 'i-0123456789abcdef0', VolumeId: 'vol-0aaa', Device: '/dev/xvda', State: 'attached' }],
          Tags: [{ Key: 'Name', Value: 'root' }],
        },
        { VolumeId: 'vol-0bbb', Size: 8, State: 'available', Encrypted: false, Attachments: [] },
      ],
    })
    const [attached, loose] = ofType<VolumeAttributes>(normalizeEc2Storage(input, scope), AWS.ec2Volume)
    expect(attached).toMatchObject({
      uid: `arn:aws:ec2:us-east-1:${ACCOUNT}:volume/vol-0aaa`,
      name: 'root',
      attributes: { volumeId: 'vol-0aaa', sizeGiB: 100, state: 'in-use', encrypted: true, attachedInstanceIds: ['i-0123456789abcdef0'] },
      relations: [{ kind: 'attached-to', target: `arn:aws:ec2:us-east-1:${ACCOUNT}:instance/i-0123456789abcdef0` }],
    })
    expect(loose?.attributes).toEqual({
      volumeId: 'vol-0bbb',
      sizeGiB: 8,
      state: 'available',
      encrypted: false,
      kmsKeyId: null,
      attachedInstanceIds: [],
    })
    expect(loose?.relations).toEqual([])
  })
})

describe('snapshots', () => {
  const snap = (id: string, over: Partial<Snapshot> = {}): Snapshot => ({
    SnapshotId: id,
    VolumeId: 'vol-0aaa',
    OwnerId: ACCOUNT,
    State: 'completed',
    Encrypted: false,
    ...over,
  })
  const cases: {
    name: string
    snapshot: Snapshot
    perms: CallResult<{ Group?: 'all'; UserId?: string }[] | null>
    expected: string[] | 'unknown'
  }[] = [
    { name: 'public', snapshot: snap('snap-public'), perms: { ok: true, value: [{ Group: 'all' }] }, expected: ['all'] },
    { name: 'private', snapshot: snap('snap-private', { Encrypted: true }), perms: { ok: true, value: [] }, expected: [] },
    {
      name: 'shared with one account',
      snapshot: snap('snap-shared'),
      perms: { ok: true, value: [{ UserId: '444455556666' }] },
      expected: ['444455556666'],
    },
    { name: 'attribute call failed', snapshot: snap('snap-denied'), perms: denied, expected: 'unknown' },
  ]
  it.each(cases)('$name → createVolumePermissions $expected', ({ snapshot, perms, expected }) => {
    const [r] = ofType<SnapshotAttributes>(
      normalizeEc2Storage(raw({ snapshots: [{ snapshot, createVolumePermissions: perms }] }), scope),
      AWS.ec2Snapshot,
    )
    expect(r?.uid).toBe(`arn:aws:ec2:us-east-1:${ACCOUNT}:snapshot/${snapshot.SnapshotId}`)
    if (expected === 'unknown') expect(isUnknown(r?.attributes.createVolumePermissions)).toBe(true)
    else expect(r?.attributes.createVolumePermissions).toEqual(expected)
  })

  it("drops snapshots owned by another account (e.g. Amazon's public ones)", () => {
    const amazon = snap('snap-amazon', { OwnerId: '801119661308' })
    const out = normalizeEc2Storage(
      raw({ snapshots: [{ snapshot: amazon, createVolumePermissions: { ok: true, value: [{ Group: 'all' }] } }] }),
      scope,
    )
    expect(ofType(out, AWS.ec2Snapshot)).toEqual([])
  })
})

describe('images', () => {
  const image = (over: Partial<Image> = {}): Image => ({
    ImageId: 'ami-0abc',
    Name: 'golden-2026-05',
    OwnerId: ACCOUNT,
    Public: false,
    State: 'available',
    ...over,
  })
  const cases: {
    name: string
    image: Image
    perms: Ec2StorageRaw['images'][number]['launchPermissions']
    expected: Partial<ImageAttributes> | 'unknown'
  }[] = [
    {
      name: 'public AMI',
      image: image({ Public: true }),
      perms: { ok: true, value: [{ Group: 'all' }] },
      expected: { isPublic: true, launchPermissions: ['all'] },
    },
    {
      name: 'shared with an account and an organization',
      image: image(),
      perms: { ok: true, value: [{ UserId: '444455556666' }, { OrganizationArn: 'arn:aws:organizations::111122223333:organization/o-abc123' }] },
      expected: { isPublic: false, launchPermissions: ['444455556666', 'arn:aws:organizations::111122223333:organization/o-abc123'] },
    },
    { name: 'attribute call failed', image: image(), perms: denied, expected: 'unknown' },
  ]
  it.each(cases)('$name', ({ image: i, perms, expected }) => {
    const [r] = ofType<ImageAttributes>(normalizeEc2Storage(raw({ images: [{ image: i, launchPermissions: perms }] }), scope), AWS.ec2Image)
    expect(r?.uid).toBe(`arn:aws:ec2:us-east-1:${ACCOUNT}:image/ami-0abc`)
    if (expected === 'unknown') expect(isUnknown(r?.attributes.launchPermissions)).toBe(true)
    else expect(r?.attributes).toMatchObject(expected)
  })
})

describe('EBS encryption by default', () => {
  const cases: { name: string; ebsDefault: Ec2StorageRaw['ebsDefault']; enabled: boolean | 'unknown' }[] = [
    { name: 'enabled', ebsDefault: { encryptionByDefault: { ok: true, value: true } }, enabled: true },
    { name: 'disabled', ebsDefault: { encryptionByDefault: { ok: true, value: false } }, enabled: false },
    { name: 'call failed', ebsDefault: { encryptionByDefault: denied }, enabled: 'unknown' },
    { name: 'response without the flag', ebsDefault: { encryptionByDefault: { ok: true, value: null } }, enabled: 'unknown' },
  ]
  it.each(cases)('$name', ({ ebsDefault, enabled }) => {
    const found = ofType<EbsEncryptionDefaultAttributes>(normalizeEc2Storage(raw({ ebsDefault }), scope), AWS.ec2EbsEncryptionDefault)
    expect(found).toHaveLength(1)
    const [r] = found
    expect(r?.uid).toBe(`aws:${ACCOUNT}:us-east-1:ebs-encryption-by-default`)
    if (enabled === 'unknown') expect(isUnknown(r?.attributes.enabled)).toBe(true)
    else expect(r?.attributes.enabled).toBe(enabled)
  })
})
