import { describe, expect, it } from 'vitest'
import { isUnknown } from '../../core/unknown.js'
import type { GlueRaw } from '../../collect/aws/glue.js'
import { normalizeGlue } from './glue.js'
import { AWS, settingUid, type GlueJobAttributes } from './types.js'

const scope = { account: '111122223333', region: 'eu-west-1', regions: ['eu-west-1'] }
const SECRET = 'Xk9#pL2$vQ7wR4mZ'

// Shapes as GetDataCatalogEncryptionSettings, GetSecurityConfigurations, GetJobs and GetConnections (HidePassword) return them.
const raw = (over: Partial<GlueRaw> = {}): GlueRaw => ({
  catalogEncryption: {
    ok: true,
    value: {
      EncryptionAtRest: { CatalogEncryptionMode: 'SSE-KMS', SseAwsKmsKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/0a1b' },
      ConnectionPasswordEncryption: { ReturnConnectionPasswordEncrypted: false },
    },
  },
  securityConfigurations: {
    ok: true,
    value: [
      {
        Name: 'etl-encrypted',
        EncryptionConfiguration: {
          S3Encryption: [{ S3EncryptionMode: 'SSE-KMS', KmsKeyArn: 'arn:aws:kms:eu-west-1:111122223333:key/0a1b' }],
          CloudWatchEncryption: { CloudWatchEncryptionMode: 'DISABLED' },
          JobBookmarksEncryption: { JobBookmarksEncryptionMode: 'CSE-KMS', KmsKeyArn: 'arn:aws:kms:eu-west-1:111122223333:key/0a1b' },
        },
      },
    ],
  },
  jobs: [
    {
      Name: 'nightly-etl',
      Role: 'arn:aws:iam::111122223333:role/glue',
      Command: { Name: 'glueetl', ScriptLocation: 's3://scripts/etl.py' },
      SecurityConfiguration: 'etl-encrypted',
      DefaultArguments: { '--db_secret_id': 'prod/etl/db', '--enable-metrics': 'true' },
    },
    {
      Name: 'legacy-export',
      Role: 'arn:aws:iam::111122223333:role/glue',
      Command: { Name: 'pythonshell' },
      DefaultArguments: { '--db_password': SECRET },
    },
  ],
  connections: [
    {
      Name: 'orders-db',
      ConnectionType: 'JDBC',
      ConnectionProperties: { JDBC_CONNECTION_URL: 'jdbc:postgresql://db:5432/app', JDBC_ENFORCE_SSL: 'true' },
    },
    { Name: 'vpc', ConnectionType: 'NETWORK', ConnectionProperties: {} },
  ],
  ...over,
})

describe('normalizeGlue', () => {
  it('catalog setting, jobs with their security configuration, connections', () => {
    const out = normalizeGlue(raw(), scope)
    expect(out.map((r) => [r.type, r.uid])).toEqual([
      [AWS.glueDataCatalogEncryption, settingUid('111122223333', 'eu-west-1', 'glue-data-catalog-encryption')],
      [AWS.glueJob, 'arn:aws:glue:eu-west-1:111122223333:job/nightly-etl'],
      [AWS.glueJob, 'arn:aws:glue:eu-west-1:111122223333:job/legacy-export'],
      [AWS.glueConnection, 'arn:aws:glue:eu-west-1:111122223333:connection/orders-db'],
      [AWS.glueConnection, 'arn:aws:glue:eu-west-1:111122223333:connection/vpc'],
    ])
    expect(out[0]!.attributes).toMatchObject({ settings: { catalogEncryptionMode: 'SSE-KMS', connectionPasswordEncrypted: false } })
    expect(out[1]!.attributes).toMatchObject({
      securityConfiguration: 'etl-encrypted',
      encryption: { s3: 'SSE-KMS', cloudWatch: 'DISABLED', jobBookmarks: 'CSE-KMS' },
      argumentSecrets: [],
    })
    expect(out[3]!.attributes).toMatchObject({ sslRequired: true })
    expect(out[4]!.attributes).toMatchObject({ connectionType: 'NETWORK', sslRequired: false })
  })

  it('a password in job arguments is found, and only its name is kept', () => {
    const job = normalizeGlue(raw(), scope)[2]!
    const a = job.attributes as GlueJobAttributes
    expect(a.encryption).toBeNull()
    expect(a.argumentNames).toEqual(['--db_password'])
    expect(a.argumentSecrets).toEqual([{ location: 'job argument db_password', kind: 'high-entropy value assigned to db_password' }])
    expect(JSON.stringify(job)).not.toContain(SECRET)
  })

  it('failed calls leave the catalog setting and job encryption Unknown', () => {
    const failed = { ok: false as const, reason: 'AccessDenied', code: 'AccessDenied' }
    const out = normalizeGlue(raw({ catalogEncryption: failed, securityConfigurations: failed }), scope)
    expect(isUnknown((out[0]!.attributes as { settings: unknown }).settings)).toBe(true)
    expect(isUnknown((out[1]!.attributes as GlueJobAttributes).encryption)).toBe(true)
    // A job without a security configuration needs no lookup.
    expect((out[2]!.attributes as GlueJobAttributes).encryption).toBeNull()
  })
})
