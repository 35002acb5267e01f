import { describe, expect, it } from 'vitest'
import { isUnknown } from '../../core/unknown.js'
import type { SsmRaw } from '../../collect/aws/ssm.js'
import { normalizeSsm } from './ssm.js'
import { AWS } from './types.js'

const scope = { account: '111122223333', region: 'us-east-1', regions: ['us-east-1'] }
// ListDocuments DocumentIdentifier and DescribeParameters ParameterMetadata shapes (SSM API reference).
const document = {
  Name: 'restart-web',
  Owner: '111122223333',
  DocumentType: 'Command' as const,
  DocumentFormat: 'JSON' as const,
  SchemaVersion: '2.2',
  Tags: [],
}
const parameters = [
  {
    Name: '/prod/db/password',
    ARN: 'arn:aws:ssm:us-east-1:111122223333:parameter/prod/db/password',
    Type: 'SecureString' as const,
    KeyId: 'alias/aws/ssm',
    LastModifiedDate: new Date('2026-01-01T00:00:00Z'),
    Version: 3,
    Tier: 'Standard' as const,
    DataType: 'text',
  },
  { Name: 'log-level', Type: 'String' as const, Version: 1, Tier: 'Standard' as const, DataType: 'text' },
]

describe('normalizeSsm', () => {
  it('documents, parameters (no values) and the sharing setting', () => {
    const raw: SsmRaw = {
      documents: [{ document, sharedWith: { ok: true, value: ['all', '444455556666'] } }],
      parameters,
      publicSharing: { ok: true, value: 'Disable' },
    }
    const out = normalizeSsm(raw, scope)
    expect(out.map((r) => [r.type, r.uid])).toEqual([
      [AWS.ssmDocument, 'arn:aws:ssm:us-east-1:111122223333:document/restart-web'],
      [AWS.ssmParameter, 'arn:aws:ssm:us-east-1:111122223333:parameter/prod/db/password'],
      [AWS.ssmParameter, 'arn:aws:ssm:us-east-1:111122223333:parameter/log-level'],
      [AWS.ssmDocumentSharingSetting, 'aws:111122223333:us-east-1:ssm-document-public-sharing'],
    ])
    expect(out[0]!.attributes).toEqual({ documentName: 'restart-web', documentType: 'Command', sharedWith: ['all', '444455556666'] })
    expect(out[1]!.attributes).toMatchObject({ parameterType: 'SecureString', keyId: 'alias/aws/ssm', lastModifiedDate: '2026-01-01T00:00:00.000Z' })
    expect(out[2]!.attributes).toMatchObject({ parameterType: 'String', keyId: null })
    expect(out[3]!.attributes).toEqual({ publicSharingPermission: 'Disable' })
  })

  it('failed DescribeDocumentPermission and GetServiceSetting → Unknown', () => {
    const denied = { ok: false as const, reason: 'AccessDeniedException', code: 'AccessDeniedException' }
    const out = normalizeSsm({ documents: [{ document, sharedWith: denied }], parameters: [], publicSharing: denied }, scope)
    expect(isUnknown((out[0]!.attributes as { sharedWith: unknown }).sharedWith)).toBe(true)
    expect(isUnknown((out[1]!.attributes as { publicSharingPermission: unknown }).publicSharingPermission)).toBe(true)
  })
})
