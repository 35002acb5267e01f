import { describe, expect, it } from 'vitest'
import { isUnknown } from '../../core/unknown.js'
import type { EcrRaw, Repository } from '../../collect/aws/ecr.js'
import { normalizeEcr } from './ecr.js'
import { AWS } from './types.js'

const ACCOUNT = '111122223333'
const scope = { account: ACCOUNT, region: 'us-east-1', regions: ['us-east-1'] }
const ARN = `arn:aws:ecr:us-east-1:${ACCOUNT}:repository/team/api`
const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`

const repo = (over: Partial<Repository> = {}): Repository => ({
  repositoryArn: ARN,
  registryId: ACCOUNT,
  repositoryName: 'team/api',
  repositoryUri: `${ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/team/api`,
  createdAt: new Date('2025-01-10T00:00:00Z'),
  imageTagMutability: 'IMMUTABLE',
  imageScanningConfiguration: { scanOnPush: true },
  encryptionConfiguration: { encryptionType: 'KMS', kmsKey: KEY },
  ...over,
})
const POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'pull',
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::444455556666:root' },
      Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'],
    },
  ],
})
const LIFECYCLE = JSON.stringify({
  rules: [
    {
      rulePriority: 1,
      selection: { tagStatus: 'untagged', countType: 'sinceImagePushed', countUnit: 'days', countNumber: 14 },
      action: { type: 'expire' },
    },
  ],
})

describe('normalizeEcr', () => {
  it('a KMS-encrypted immutable repository with policies, and the registry scanning rules', () => {
    const raw: EcrRaw = {
      repositories: [{ repository: repo(), policy: { ok: true, value: POLICY }, lifecyclePolicy: { ok: true, value: LIFECYCLE } }],
      registryScanning: {
        ok: true,
        value: {
          scanType: 'ENHANCED',
          rules: [{ scanFrequency: 'CONTINUOUS_SCAN', repositoryFilters: [{ filter: 'team/*', filterType: 'WILDCARD' }] }],
        },
      },
    }
    const [r] = normalizeEcr(raw, scope)
    expect(r).toMatchObject({
      uid: ARN,
      type: AWS.ecrRepository,
      name: 'team/api',
      relations: [{ kind: 'uses-kms-key', target: KEY }],
      attributes: {
        repositoryName: 'team/api',
        imageTagMutability: 'IMMUTABLE',
        scanOnPush: true,
        encryptionType: 'KMS',
        kmsKey: KEY,
        policy: { Statement: [{ Sid: 'pull' }] },
        lifecyclePolicy: { ruleCount: 1 },
        registryScanning: { scanType: 'ENHANCED', rules: [{ frequency: 'CONTINUOUS_SCAN', filters: ['team/*'] }] },
      },
    })
  })

  it('defaults: no policies, AES256, basic scanning without rules', () => {
    const raw: EcrRaw = {
      repositories: [
        {
          repository: repo({
            imageTagMutability: 'MUTABLE',
            imageScanningConfiguration: { scanOnPush: false },
            encryptionConfiguration: { encryptionType: 'AES256' },
          }),
          policy: { ok: true, value: null },
          lifecyclePolicy: { ok: true, value: null },
        },
      ],
      registryScanning: { ok: true, value: { scanType: 'BASIC', rules: [] } },
    }
    const [r] = normalizeEcr(raw, scope)
    expect(r!.attributes).toMatchObject({ scanOnPush: false, encryptionType: 'AES256', kmsKey: null, policy: null, lifecyclePolicy: null })
    expect(r!.attributes.registryScanning).toEqual({ scanType: 'BASIC', rules: [] })
  })

  it('failed per-repository and registry calls → Unknown attributes', () => {
    const denied = { ok: false as const, reason: 'AccessDeniedException', code: 'AccessDeniedException' }
    const [r] = normalizeEcr({ repositories: [{ repository: repo(), policy: denied, lifecyclePolicy: denied }], registryScanning: denied }, scope)
    expect(isUnknown(r!.attributes.policy)).toBe(true)
    expect(isUnknown(r!.attributes.lifecyclePolicy)).toBe(true)
    expect(isUnknown(r!.attributes.registryScanning)).toBe(true)
    expect(r!.attributes.scanOnPush).toBe(true)
  })
})
