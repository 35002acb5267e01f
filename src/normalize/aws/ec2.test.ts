import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { isUnknown } from '../../core/unknown.js'
import type { Ec2Raw, Instance } from '../../collect/aws/ec2.js'
import { normalizeEc2 } from './ec2.js'
import { AWS, type InstanceAttributes } from './types.js'
import type { Resource } from '../../core/resource.js'

const ACCOUNT = '111122223333'
const scope = { account: ACCOUNT, region: 'us-east-1', regions: ['us-east-1'] }
const arn = (kind: string, id: string) => `arn:aws:ec2:us-east-1:${ACCOUNT}:${kind}/${id}`

const emptyRaw = (instances: Instance[] = [], userData: Ec2Raw['userData'] = {}): Ec2Raw => ({
  instances,
  userData,
  securityGroups: [],
  networkInterfaces: { ok: true, value: [] },
  networkAcls: [],
  vpcs: [],
  flowLogs: { ok: true, value: [] },
  subnets: [],
  volumes: [],
  snapshots: [],
  images: [],
  ebsDefault: { encryptionByDefault: { ok: true, value: false } },
})

const instance = (id: string, over: Partial<Instance> = {}): Instance => ({
  InstanceId: id,
  ImageId: 'ami-0abcdef1234567890',
  InstanceType: 't3.micro',
  LaunchTime: new Date('2026-05-01T10:00:00Z'),
  State: { Code: 16, Name: 'running' },
  SubnetId: 'subnet-aaa',
  VpcId: 'vpc-111',
  PublicIpAddress: '203.0.113.10',
  SecurityGroups: [
    { GroupId: 'sg-web', GroupName: 'web' },
    { GroupId: 'sg-ssh', GroupName: 'ssh' },
  ],
  IamInstanceProfile: { Arn: `arn:aws:iam::${ACCOUNT}:instance-profile/app`, Id: 'AIPAEXAMPLE' },
  MetadataOptions: { State: 'applied', HttpTokens: 'optional', HttpPutResponseHopLimit: 1, HttpEndpoint: 'enabled' },
  Tags: [
    { Key: 'Name', Value: 'web-1' },
    { Key: 'env', Value: 'prod' },
  ],
  ...over,
})

const instances = (raw: Ec2Raw) => normalizeEc2(raw, scope).filter((r) => r.type === AWS.ec2Instance) as Resource<InstanceAttributes>[]

describe('normalizeEc2 instances', () => {
  it('attributes, tags and relations', () => {
    const [r] = instances(emptyRaw([instance('i-0aaa')]))
    expect(r).toMatchObject({
      uid: arn('instance', 'i-0aaa'),
      name: 'web-1',
      tags: { Name: 'web-1', env: 'prod' },
      attributes: {
        instanceId: 'i-0aaa',
        state: 'running',
        instanceType: 't3.micro',
        imageId: 'ami-0abcdef1234567890',
        publicIp: '203.0.113.10',
        securityGroupIds: ['sg-web', 'sg-ssh'],
        subnetId: 'subnet-aaa',
        vpcId: 'vpc-111',
        instanceProfileArn: `arn:aws:iam::${ACCOUNT}:instance-profile/app`,
        launchTime: '2026-05-01T10:00:00.000Z',
      },
    })
    expect(r?.relations).toEqual([
      { kind: 'uses-security-group', target: arn('security-group', 'sg-web') },
      { kind: 'uses-security-group', target: arn('security-group', 'sg-ssh') },
      { kind: 'in-subnet', target: arn('subnet', 'subnet-aaa') },
      { kind: 'in-vpc', target: arn('vpc', 'vpc-111') },
      { kind: 'uses-instance-profile', target: `arn:aws:iam::${ACCOUNT}:instance-profile/app` },
    ])
  })

  const imds: { name: string; over: Partial<Instance>; expected: InstanceAttributes['metadataOptions'] }[] = [
    { name: 'IMDSv1 allowed', over: {}, expected: { httpTokens: 'optional', httpEndpoint: 'enabled', httpPutResponseHopLimit: 1 } },
    {
      name: 'IMDSv2 required',
      over: { MetadataOptions: { HttpTokens: 'required', HttpEndpoint: 'enabled', HttpPutResponseHopLimit: 2 } },
      expected: { httpTokens: 'required', httpEndpoint: 'enabled', httpPutResponseHopLimit: 2 },
    },
    {
      name: 'endpoint disabled',
      over: { MetadataOptions: { HttpTokens: 'optional', HttpEndpoint: 'disabled' } },
      expected: { httpTokens: 'optional', httpEndpoint: 'disabled', httpPutResponseHopLimit: null },
    },
    { name: 'no metadata options in the response', over: { MetadataOptions: undefined }, expected: null },
  ]
  it.each(imds)('metadata options: $name', ({ over, expected }) => {
    expect(instances(emptyRaw([instance('i-0aaa', over)]))[0]?.attributes.metadataOptions).toEqual(expected)
  })

  it('skips terminated instances, keeps stopped ones; name falls back to the id', () => {
    const raw = emptyRaw([
      instance('i-gone', { State: { Code: 48, Name: 'terminated' } }),
      instance('i-stopped', { State: { Code: 80, Name: 'stopped' }, Tags: [], PublicIpAddress: undefined, IamInstanceProfile: undefined }),
    ])
    const out = instances(raw)
    expect(out.map((r) => r.name)).toEqual(['i-stopped'])
    expect(out[0]?.attributes).toMatchObject({ publicIp: null, instanceProfileArn: null, state: 'stopped' })
    expect(out[0]?.relations.map((r) => r.kind)).not.toContain('uses-instance-profile')
  })

  it('always emits the EBS default setting, even for an empty region', () => {
    const out = normalizeEc2(emptyRaw(), scope)
    expect(out.map((r) => r.type)).toEqual([AWS.ec2EbsEncryptionDefault])
  })

  describe('user data', () => {
    const KEY = ['wJalrXUtnFEMI/K7MDENG', '/bPxRfiCYEXAMPLEKEY'].join('')
    const script = ['#!/bin/bash', 'yum install -y httpd', `export AWS_SECRET_ACCESS_KEY=${KEY}`, 'systemctl start httpd'].join('\n')
    const b64 = (text: string) => Buffer.from(text).toString('base64')
    const secretsOf = (data: Ec2Raw['userData'][string] | undefined) =>
      instances(emptyRaw([instance('i-0aaa')], data ? { 'i-0aaa': data } : {}))[0]!.attributes.userDataSecrets

    it('finds a secret by line and never keeps the value', () => {
      const [r] = instances(emptyRaw([instance('i-0aaa')], { 'i-0aaa': { ok: true, value: b64(script) } }))
      expect(r!.attributes.userDataSecrets).toEqual([{ location: 'user data line 3', kind: expect.any(String) as string }])
      expect(JSON.stringify(r)).not.toContain(KEY)
    })

    it('reads gzip-compressed user data', () => {
      const hits = secretsOf({ ok: true, value: gzipSync(Buffer.from(script)).toString('base64') })
      expect(hits).toHaveLength(1)
    })

    it('clean user data → [], none → null', () => {
      expect(secretsOf({ ok: true, value: b64('#!/bin/bash\nyum update -y\n') })).toEqual([])
      expect(secretsOf({ ok: true, value: null })).toBeNull()
    })

    it('a failed DescribeInstanceAttribute (or none made) → Unknown', () => {
      expect(isUnknown(secretsOf({ ok: false, reason: 'AccessDenied', code: 'AccessDenied' }))).toBe(true)
      expect(isUnknown(secretsOf(undefined))).toBe(true)
    })
  })
})
