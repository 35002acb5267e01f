import { describe, expect, it } from 'vitest'
import { scanFixtures, verdicts } from '../../scan/iac-testing.js'
import { judge, tf } from '../../scan/iac-adapter-testing.js'

const NOW = new Date('2026-04-15T00:00:00Z')

const ENCRYPTION_CHECKS = ['aws-glue-job-bookmark-encryption', 'aws-glue-job-cloudwatch-encryption', 'aws-glue-job-s3-encryption']

describe('Glue from CloudFormation', async () => {
  const { findings, report } = await scanFixtures('test/fixtures/iac/glue/cloudformation', { now: NOW })

  it('follows a job to its security configuration by Ref or by name', () => {
    const weak = { 'aws-glue-job-bookmark-encryption': 'fail', 'aws-glue-job-cloudwatch-encryption': 'fail', 'aws-glue-job-s3-encryption': 'pass' }
    for (const checkId of ENCRYPTION_CHECKS) {
      expect(verdicts(findings, checkId), checkId).toEqual([
        ['BadJob', 'fail', 27],
        ['GoodJob', 'pass', 38],
        ['WeakJob', weak[checkId as keyof typeof weak], 51],
      ])
    }
  })

  it('does not judge a job whose security configuration is declared outside the template', () => {
    const skipped = report.iac.notEvaluated.map((n) => [n.checkId, n.location.address, n.location.startLine])
    expect(skipped).toEqual(ENCRYPTION_CHECKS.map((id) => [id, 'SharedConfigJob', 61]).sort())
    expect(report.iac.notEvaluated[0]?.reason).toContain('shared-config')
  })

  it('scans default arguments for credentials', () => {
    expect(verdicts(findings, 'aws-glue-job-arguments-no-secrets')).toEqual([
      ['BadJob', 'fail', 27],
      ['GoodJob', 'pass', 38],
      ['WeakJob', 'pass', 51],
      ['SharedConfigJob', 'pass', 61],
    ])
  })

  it('requires SSL on JDBC connections only', () => {
    expect(verdicts(findings, 'aws-glue-connection-ssl-required')).toEqual([
      ['PlainConnection', 'fail', 71],
      ['SslConnection', 'pass', 82],
    ])
  })

  it('reads the Data Catalog encryption settings of each template', () => {
    const expected = [
      ['CatalogEncryption', 'fail', 4],
      ['CatalogEncryption', 'pass', 102],
    ]
    expect(verdicts(findings, 'aws-glue-data-catalog-encrypted')).toEqual(expected)
    expect(verdicts(findings, 'aws-glue-connection-password-encrypted')).toEqual(expected)
    expect(findings.filter((f) => f.checkId === 'aws-glue-data-catalog-encrypted').map((f) => f.file)).toEqual([
      'test/fixtures/iac/glue/cloudformation/catalog-unencrypted.yaml',
      'test/fixtures/iac/glue/cloudformation/glue.yaml',
    ])
    expect(report.iac.unsupportedTypes).toEqual({})
  })
})

describe('Glue from Terraform HCL', async () => {
  const { findings, report } = await scanFixtures('test/fixtures/iac/glue/terraform', { now: NOW })

  it('judges jobs, connections and the catalog settings of each region', () => {
    const weak = { 'aws-glue-job-bookmark-encryption': 'fail', 'aws-glue-job-cloudwatch-encryption': 'fail', 'aws-glue-job-s3-encryption': 'pass' }
    for (const checkId of ENCRYPTION_CHECKS) {
      expect(verdicts(findings, checkId), checkId).toEqual([
        ['aws_glue_job.bad', 'fail', 60],
        ['aws_glue_job.good', 'pass', 74],
        ['aws_glue_job.weak', weak[checkId as keyof typeof weak], 90],
      ])
    }
    // weak passes "--db_password" = var.db_password: a variable without default, so the value is not in the code.
    expect(verdicts(findings, 'aws-glue-job-arguments-no-secrets')).toEqual([
      ['aws_glue_job.bad', 'fail', 60],
      ['aws_glue_job.good', 'pass', 74],
      ['aws_glue_job.shared_config', 'pass', 105],
    ])
    expect(report.iac.notEvaluated.map((n) => [n.checkId, n.location.address]).sort()).toEqual([
      ['aws-glue-job-arguments-no-secrets', 'aws_glue_job.weak'],
      ...ENCRYPTION_CHECKS.map((id) => [id, 'aws_glue_job.shared_config']),
    ])
    expect(verdicts(findings, 'aws-glue-connection-ssl-required')).toEqual([
      ['aws_glue_connection.plain', 'fail', 116],
      ['aws_glue_connection.ssl', 'pass', 126],
    ])
    for (const checkId of ['aws-glue-data-catalog-encrypted', 'aws-glue-connection-password-encrypted']) {
      expect(verdicts(findings, checkId), checkId).toEqual([
        ['aws_glue_data_catalog_encryption_settings.eu', 'pass', 145],
        ['aws_glue_data_catalog_encryption_settings.us', 'fail', 159],
      ])
    }
  })
})

describe('Glue Terraform adapters (planned values)', () => {
  it('treats encryption modes left out as DISABLED and a job without configuration as unencrypted', async () => {
    const judged = await judge([
      tf('aws_glue_security_configuration', 's3_only', {
        name: 's3-only',
        encryption_configuration: [{ s3_encryption: [{ s3_encryption_mode: 'SSE-KMS' }] }],
      }),
      tf('aws_glue_job', 'uses', {
        name: 'uses',
        command: [{ script_location: 's3://b/k.py' }],
        security_configuration: { $ref: 'aws_glue_security_configuration.s3_only', attribute: 'name' },
      }),
      tf('aws_glue_job', 'none', { name: 'none', command: [{ script_location: 's3://b/k.py' }] }),
    ])
    expect(judged.verdicts('aws-glue-job-s3-encryption')).toEqual([
      ['aws_glue_job.uses', 'pass'],
      ['aws_glue_job.none', 'fail'],
    ])
    expect(judged.verdicts('aws-glue-job-cloudwatch-encryption')).toEqual([
      ['aws_glue_job.uses', 'fail'],
      ['aws_glue_job.none', 'fail'],
    ])
  })

  it('leaves connection properties known only after apply unjudged', async () => {
    const judged = await judge([
      tf('aws_glue_connection', 'opaque', { name: 'opaque', connection_properties: { $unknown: 'var.connection_properties' } }),
      tf('aws_glue_connection', 'ssl_var', { name: 'ssl-var', connection_properties: { JDBC_ENFORCE_SSL: { $unknown: 'var.enforce_ssl' } } }),
      tf('aws_glue_connection', 'network', { name: 'network', connection_type: 'NETWORK' }),
    ])
    expect(judged.verdicts('aws-glue-connection-ssl-required')).toEqual([])
    expect(judged.notEvaluated.map(([id, address]) => [id, address])).toEqual([
      ['aws-glue-connection-ssl-required', 'aws_glue_connection.opaque'],
      ['aws-glue-connection-ssl-required', 'aws_glue_connection.ssl_var'],
    ])
  })

  it('leaves catalog settings with an unknown mode unjudged', async () => {
    const judged = await judge([
      tf('aws_glue_data_catalog_encryption_settings', 'this', {
        data_catalog_encryption_settings: [
          {
            connection_password_encryption: [{ return_connection_password_encrypted: true }],
            encryption_at_rest: [{ catalog_encryption_mode: { $unknown: 'var.mode' } }],
          },
        ],
      }),
    ])
    expect(judged.verdicts('aws-glue-data-catalog-encrypted')).toEqual([])
    expect(judged.notEvaluated.map(([id]) => id).sort()).toEqual(['aws-glue-connection-password-encrypted', 'aws-glue-data-catalog-encrypted'])
  })
})
