import { describe, expect, it } from 'vitest'
import type { Resource } from '../../core/resource.js'
import type { SqlInstanceRaw } from '../../collect/gcp/sql.js'
import { normalizeSql, sqlEngine } from './sql.js'
import type { SqlInstanceAttributes } from './types-data.js'

const scope = { project: 'posture-test-project', projectNumber: '123456789012' }
const one = (raw: SqlInstanceRaw) => normalizeSql({ instances: [raw] }, scope)[0] as Resource<SqlInstanceAttributes>

describe('normalizeSql', () => {
  it.each([
    ['MYSQL_5_7', 'mysql'],
    ['POSTGRES_9_6', 'postgres'],
    ['SQLSERVER_2017_EXPRESS', 'sqlserver'],
    ['', 'unknown'],
  ])('%s is %s', (version, engine) => {
    expect(sqlEngine(version)).toBe(engine)
  })

  it('fills documented defaults for omitted fields', () => {
    const r = one({
      name: 'db1',
      databaseVersion: 'MYSQL_8_0',
      region: 'us-central1',
      settings: { ipConfiguration: { sslMode: 'SSL_MODE_UNSPECIFIED' } },
    })
    expect(r).toMatchObject({ uid: '//sqladmin.googleapis.com/projects/posture-test-project/instances/db1', region: 'us-central1', relations: [] })
    expect(r.attributes).toMatchObject({
      instanceType: 'CLOUD_SQL_INSTANCE',
      ipv4Enabled: false,
      requireSsl: false,
      sslMode: null,
      authorizedNetworks: [],
      backupEnabled: false,
      databaseFlags: {},
      kmsKeyName: null,
      createTime: null,
    })
  })

  it('sees a public IP from an assigned PRIMARY address when ipv4Enabled is omitted', () => {
    const r = one({
      name: 'db1',
      ipAddresses: [
        { type: 'PRIMARY', ipAddress: '34.1.2.3' },
        { type: 'OUTGOING', ipAddress: '34.9.9.9' },
      ],
    })
    expect(r.attributes).toMatchObject({ ipv4Enabled: true, publicIpAddresses: ['34.1.2.3'] })
  })

  it('keeps flags by name and relates the network path and the key (not its version)', () => {
    const r = one({
      name: 'db1',
      settings: {
        databaseFlags: [
          { name: 'log_connections', value: 'on' },
          { name: 'cloudsql.iam_authentication', value: 'on' },
        ],
        ipConfiguration: { privateNetwork: '/projects/net-host/global/networks/shared' },
      },
      diskEncryptionConfiguration: { kmsKeyName: 'projects/kms-p/locations/us/keyRings/r/cryptoKeys/k/cryptoKeyVersions/3' },
    })
    expect(r.attributes.databaseFlags).toEqual({ log_connections: 'on', 'cloudsql.iam_authentication': 'on' })
    expect(r.relations).toEqual([
      { kind: 'in-network', target: '//compute.googleapis.com/projects/net-host/global/networks/shared' },
      { kind: 'encrypted-by', target: '//cloudkms.googleapis.com/projects/kms-p/locations/us/keyRings/r/cryptoKeys/k' },
    ])
  })
})
