import { describe, expect, it } from 'vitest'
import type { Resource } from '../core/resource.js'
import { unknown } from '../core/unknown.js'
import { diffResource, showValue } from './resource-diff.js'
import { describeStatement, shapePath } from './resource-diff-describers.js'

/** A resource envelope around `attributes` (everything else fixed unless overridden). */
function res(type: string, attributes: unknown, extra: Partial<Resource> = {}): Resource {
  return {
    uid: 'arn:aws:test:::r',
    provider: 'aws',
    type,
    account: '123456789012',
    region: 'us-east-1',
    name: 'r',
    tags: {},
    attributes,
    relations: [],
    source: { kind: 'live' },
    ...extra,
  }
}

const SG = 'aws.ec2.security-group'
const sg = (ingress: unknown[], egress: unknown[] = []) =>
  res(SG, { groupId: 'sg-1', groupName: 'web', vpcId: 'vpc-1', isDefault: false, ingress, egress, attachedEnis: 1 })
const ssh = { protocol: 'tcp', fromPort: 22, toPort: 22, cidrIpv4: '0.0.0.0/0' }
const corp = { protocol: 'tcp', fromPort: 22, toPort: 22, cidrIpv4: '10.0.0.0/8' }
const NACL = 'aws.ec2.network-acl'
const nacl = (entries: unknown[]) => res(NACL, { networkAclId: 'acl-1', vpcId: 'vpc-1', isDefault: false, entries, subnetIds: [] })
const entry = (ruleNumber: number, action: string, port: number, egress = false) => ({
  ruleNumber,
  egress,
  action,
  protocol: '6',
  cidrIpv4: '0.0.0.0/0',
  fromPort: port,
  toPort: port,
})
const BUCKET = 'aws.s3.bucket'
const bucket = (attrs: Record<string, unknown>) =>
  res(BUCKET, { bucketName: 'b', versioning: { status: 'Suspended', mfaDelete: false }, publicAccessBlock: null, policy: null, ...attrs })
const publicRead = { Sid: 'PublicRead', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }
const tlsOnly = {
  Sid: 'TlsOnly',
  Effect: 'Deny',
  Principal: '*',
  Action: 's3:*',
  Resource: ['arn:aws:s3:::b', 'arn:aws:s3:::b/*'],
  Condition: { Bool: { 'aws:SecureTransport': 'false' } },
}
const pab = { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true }

describe('diffResource', () => {
  const cases: { name: string; before: Resource; after: Resource; expected: string[] }[] = [
    { name: 'identical resources', before: sg([ssh]), after: sg([ssh]), expected: [] },
    { name: 'SG ingress rule added', before: sg([corp]), after: sg([corp, ssh]), expected: ['ingress rule tcp 22 from 0.0.0.0/0 added'] },
    { name: 'SG ingress rule removed', before: sg([corp, ssh]), after: sg([corp]), expected: ['ingress rule tcp 22 from 0.0.0.0/0 removed'] },
    {
      name: 'SG rule order alone is not a rule change',
      before: sg([corp, ssh]),
      after: sg([ssh, corp]),
      expected: ['attributes.ingress: order changed'],
    },
    {
      name: 'SG rule port range and all traffic',
      before: sg([]),
      after: sg([
        { protocol: 'tcp', fromPort: 1000, toPort: 2000, cidrIpv6: '::/0' },
        { protocol: '-1', fromPort: null, toPort: null, groupId: 'sg-9' },
      ]),
      expected: ['ingress rule tcp 1000-2000 from ::/0 added', 'ingress rule all traffic from sg-9 added'],
    },
    {
      name: 'SG egress rule reads "to"',
      before: sg([], []),
      after: sg([], [{ protocol: '-1', fromPort: null, toPort: null, cidrIpv4: '0.0.0.0/0' }]),
      expected: ['egress rule all traffic to 0.0.0.0/0 added'],
    },
    {
      name: 'SG rule description change pairs the rule',
      before: sg([{ ...ssh, description: 'old' }]),
      after: sg([{ ...ssh, description: 'new' }]),
      expected: ['ingress rule tcp 22 from 0.0.0.0/0: description: old → new'],
    },
    {
      name: 'NACL entry added',
      before: nacl([entry(100, 'allow', 443)]),
      after: nacl([entry(100, 'allow', 443), entry(110, 'allow', 22)]),
      expected: ['ingress entry rule 110 allow tcp 22 from 0.0.0.0/0 added'],
    },
    {
      name: 'NACL entry changed in place (same rule number)',
      before: nacl([entry(100, 'allow', 22)]),
      after: nacl([entry(100, 'deny', 22)]),
      expected: ['ingress entry rule 100 allow tcp 22 from 0.0.0.0/0 → rule 100 deny tcp 22 from 0.0.0.0/0'],
    },
    {
      name: 'NACL egress entry removed reads "to"',
      before: nacl([entry(100, 'allow', 443, true)]),
      after: nacl([]),
      expected: ['egress entry rule 100 allow tcp 443 to 0.0.0.0/0 removed'],
    },
    {
      name: 'generic path-based change',
      before: bucket({}),
      after: bucket({ versioning: { status: 'Enabled', mfaDelete: false } }),
      expected: ['attributes.versioning.status: Suspended → Enabled'],
    },
    {
      name: 'public access block set (none → flags)',
      before: bucket({}),
      after: bucket({ publicAccessBlock: pab }),
      expected: [
        'attributes.publicAccessBlock: none → blockPublicAcls=true, blockPublicPolicy=true, ignorePublicAcls=true, restrictPublicBuckets=true',
      ],
    },
    {
      name: 'one flag of the public access block changes',
      before: bucket({ publicAccessBlock: pab }),
      after: bucket({ publicAccessBlock: { ...pab, restrictPublicBuckets: false } }),
      expected: ['attributes.publicAccessBlock.restrictPublicBuckets: true → false'],
    },
    {
      name: 'policy statement added (Statement as object before, list after)',
      before: bucket({ policy: { Version: '2012-10-17', Statement: tlsOnly } }),
      after: bucket({ policy: { Version: '2012-10-17', Statement: [tlsOnly, publicRead] } }),
      expected: ['attributes.policy statement "PublicRead" (Allow s3:GetObject on arn:aws:s3:::b/* to *) added'],
    },
    {
      name: 'policy removed entirely',
      before: bucket({ policy: { Version: '2012-10-17', Statement: [publicRead] } }),
      after: bucket({ policy: null }),
      expected: [
        'attributes.policy: {"Statement":[{"Action":"s3:GetObject","Effect":"Allow","Principal":"*","Resource":"arn:aws:s3:::b/*","Sid":"PublicRead"}],"Version":"2012-10-17"} → none',
      ],
    },
    {
      name: 'statement with the same Sid changed: Action string → list',
      before: bucket({ policy: { Statement: [publicRead] } }),
      after: bucket({ policy: { Statement: [{ ...publicRead, Action: ['s3:GetObject', 's3:PutObject'] }] } }),
      expected: ['attributes.policy.Statement[PublicRead].Action: added s3:PutObject'],
    },
    {
      name: 'statement without Sid replaced',
      before: bucket({ policy: { Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::1:root' }, Action: 's3:*', Resource: '*' }] } }),
      after: bucket({ policy: { Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 's3:*', Resource: '*' }] } }),
      expected: [
        'attributes.policy statement (Allow s3:* on * to AWS:arn:aws:iam::1:root) removed',
        'attributes.policy statement (Allow s3:* on * to AWS:*) added',
      ],
    },
    {
      name: 'inline policy document statement, keyed by policy name',
      before: res('aws.iam.role', {
        inlinePolicies: [{ name: 'admin', document: { Statement: [{ Effect: 'Allow', Action: 's3:Get*', Resource: '*' }] } }],
      }),
      after: res('aws.iam.role', { inlinePolicies: [{ name: 'admin', document: { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] } }] }),
      expected: [
        'attributes.inlinePolicies[admin].document statement (Allow s3:Get* on *) removed',
        'attributes.inlinePolicies[admin].document statement (Allow * on *) added',
      ],
    },
    {
      name: 'attached policy added and access key deactivated',
      before: res('aws.iam.user', { attachedPolicies: [], accessKeys: [{ id: 'AKIA1', status: 'Active', createDate: '2024-01-01' }] }),
      after: res('aws.iam.user', {
        attachedPolicies: [{ arn: 'arn:aws:iam::aws:policy/AdministratorAccess', name: 'AdministratorAccess' }],
        accessKeys: [{ id: 'AKIA1', status: 'Inactive', createDate: '2024-01-01' }],
      }),
      expected: ['attributes.accessKeys[AKIA1].status: Active → Inactive', 'attached policy arn:aws:iam::aws:policy/AdministratorAccess added'],
    },
    {
      name: 'ACL grant to AllUsers added',
      before: bucket({ acl: { ownerId: 'o', grants: [] } }),
      after: bucket({
        acl: { ownerId: 'o', grants: [{ granteeType: 'Group', grantee: 'http://acs.amazonaws.com/groups/global/AllUsers', permission: 'READ' }] },
      }),
      expected: ['acl grant READ to AllUsers added'],
    },
    {
      name: 'tags added, changed and removed; name changed',
      before: bucket({}),
      after: { ...bucket({}), name: 'renamed', tags: { Owner: 'alice' } },
      expected: ['name: r → renamed', 'tags.Owner: added alice'],
    },
    {
      name: 'tag value changed and tag removed',
      before: { ...bucket({}), tags: { Env: 'dev', Team: 'x' } },
      after: { ...bucket({}), tags: { Env: 'prod' } },
      expected: ['tags.Env: dev → prod', 'tags.Team: removed x'],
    },
    {
      name: 'relations added and removed',
      before: res('aws.ec2.volume', { volumeId: 'v' }, { relations: [{ kind: 'attached-to', target: 'i-1' }] }),
      after: res('aws.ec2.volume', { volumeId: 'v' }, { relations: [{ kind: 'attached-to', target: 'i-2' }] }),
      expected: ['relation attached-to → i-1 removed', 'relation attached-to → i-2 added'],
    },
    {
      name: 'list of plain values is a set',
      before: res('aws.ec2.instance', { securityGroupIds: ['sg-1', 'sg-2'] }),
      after: res('aws.ec2.instance', { securityGroupIds: ['sg-2', 'sg-3'] }),
      expected: ['attributes.securityGroupIds: removed sg-1', 'attributes.securityGroupIds: added sg-3'],
    },
    {
      name: 'Unknown (not collected) on one side',
      before: bucket({ policy: unknown('s3:GetBucketPolicy: AccessDenied') }),
      after: bucket({ policy: null }),
      expected: ['attributes.policy: (not collected: s3:GetBucketPolicy: AccessDenied) → none'],
    },
    {
      name: 'flow log replaced (keyed by id)',
      before: res('aws.ec2.vpc', { flowLogs: [{ id: 'fl-1', status: 'ACTIVE', trafficType: 'ALL', destinationType: 's3' }] }),
      after: res('aws.ec2.vpc', { flowLogs: [] }),
      expected: ['flow log fl-1 (ALL to s3) removed'],
    },
    {
      name: 'generic list of objects keyed by name',
      before: res('aws.other.thing', { widgets: [{ name: 'a', size: 1 }] }),
      after: res('aws.other.thing', { widgets: [{ name: 'a', size: 2 }, { size: 3 }] }),
      expected: ['attributes.widgets[name=a].size: 1 → 2', 'attributes.widgets element {"size":3} added'],
    },
    {
      name: 'type change of a value (number → string)',
      before: res('aws.other.thing', { port: 22 }),
      after: res('aws.other.thing', { port: '22' }),
      expected: ['attributes.port: 22 → "22"'],
    },
    {
      name: 'empty string and nested absent field',
      before: res('aws.other.thing', { a: { b: '' } }),
      after: res('aws.other.thing', { a: {} }),
      expected: ['attributes.a.b: removed ""'],
    },
  ]
  it.each(cases)('$name', ({ before, after, expected }) => {
    expect(diffResource(before, after)).toEqual(expected)
  })

  it('ignores the uid and is deterministic whatever the key order', () => {
    const a = { ...bucket({ x: 1, y: 2 }), uid: 'one' }
    const b = { ...bucket({ y: 3, x: 1 }), uid: 'two' }
    expect(diffResource(a, b)).toEqual(['attributes.y: 2 → 3'])
  })

  it('clips very long values', () => {
    const lines = diffResource(res('aws.other.thing', { text: 'a'.repeat(500) }), res('aws.other.thing', { text: 'b' }))
    expect(lines[0]!.length).toBeLessThan(260)
    expect(lines[0]).toContain('…')
  })
})

describe('helpers', () => {
  it('showValue renders each kind of value', () => {
    expect(showValue(undefined)).toBe('(absent)')
    expect(showValue(null)).toBe('none')
    expect(showValue(true)).toBe('true')
    expect(showValue(['a', 1])).toBe('[a, 1]')
    expect(showValue({ b: 1, a: 'x' })).toBe('a=x, b=1')
    expect(showValue({})).toBe('{}')
    expect(showValue(unknown('denied'))).toBe('(not collected: denied)')
  })
  it('describeStatement covers NotAction, NotResource, principals and conditions', () => {
    expect(
      describeStatement({
        Effect: 'Allow',
        NotAction: ['iam:*'],
        NotResource: 'arn:x',
        Principal: { Service: ['ec2.amazonaws.com'] },
        Condition: { StringEquals: { 'aws:SourceAccount': '1' } },
      }),
    ).toBe('Allow NOT iam:* on NOT arn:x to Service:ec2.amazonaws.com when StringEquals aws:SourceAccount')
    expect(describeStatement({ Effect: 'Deny' })).toBe('Deny (no action)')
  })
  it('shapePath drops list keys', () => {
    expect(shapePath('attributes.inlinePolicies[admin].document.Statement')).toBe('attributes.inlinePolicies.document.Statement')
  })
})
