import { describe, expect, it } from 'vitest'
import { decodeUserData, entropy, findSecretsInText, findSecretsInVariables } from './secrets.js'

// Test values are assembled at run time so that the repository itself holds no token-shaped strings.
const AWS_KEY_ID = ['AKIA', 'Z7Q4XKTB3N5PLM2R'].join('')
const AWS_SECRET = ['wJalrXUtnFEMI', 'K7MDENGbPxRfiCYzx9Kq2vB7w3'].join('/')
const GITHUB = ['ghp', '_', '1a2B3c4D5e6F7g8H9i0JkLmNoPqRsTuVwXyZ'].join('')
const SLACK_HOOK = ['https://hooks.slack.com/services/', 'T0A1B2C3D/B0A1B2C3D/', 'q8Xz2LmN4pR6sT9vW1yZ3aBc'].join('')
const PEM = ['-----BEGIN RSA ', 'PRIVATE KEY-----'].join('')
const STRIPE = ['sk', '_live_', '4eC39HqLyjWDarjtT1zdp7dc'].join('')

describe('findSecretsInVariables', () => {
  const cases: { name: string; vars: Record<string, string>; kind: string | null }[] = [
    { name: 'AWS access key id under any name', vars: { FOO: AWS_KEY_ID }, kind: 'AWS access key ID' },
    { name: 'AWS secret key assigned in a value', vars: { CFG: `aws_secret_access_key=${AWS_SECRET}` }, kind: 'AWS secret access key' },
    { name: 'GitHub token', vars: { CI_HELPER: GITHUB }, kind: 'GitHub token' },
    { name: 'Slack webhook', vars: { NOTIFY: SLACK_HOOK }, kind: 'Slack webhook URL' },
    { name: 'private key', vars: { TLS: `${PEM}\nMIIEow...` }, kind: 'private key' },
    { name: 'Stripe live key', vars: { PAYMENTS: STRIPE }, kind: 'Stripe secret key' },
    {
      name: 'password in a connection URL',
      vars: { DATABASE_URL: 'postgres://app:S3cr3t-Pw!@db.internal:5432/app' },
      kind: 'password in a connection URL',
    },
    { name: 'high-entropy password', vars: { DB_PASSWORD: 'x9$Lq2#vR7!mZ4pT' }, kind: 'high-entropy value assigned to DB_PASSWORD' },
    { name: 'high-entropy client secret', vars: { oauthClientSecret: 'Zr8q2LmV0xPc7sNw' }, kind: 'high-entropy value assigned to oauthClientSecret' },
    {
      name: 'secret name but a Secrets Manager ARN',
      vars: { DB_PASSWORD: 'arn:aws:secretsmanager:us-east-1:111122223333:secret:db-AbCdEf' },
      kind: null,
    },
    { name: 'secret name but an SSM path', vars: { API_TOKEN: '/prod/api/token' }, kind: null },
    { name: 'secret name but a reference variable', vars: { DB_PASSWORD: '${DB_PASSWORD_FROM_VAULT}' }, kind: null },
    { name: 'secret name holding a pointer (…_ARN)', vars: { DB_PASSWORD_ARN: 'Zr8q2LmV0xPc7sNw' }, kind: null },
    { name: 'secret name with a low-entropy value', vars: { TOKEN_TTL: '3600' }, kind: null },
    { name: 'secret name with a boolean', vars: { USE_PASSWORD: 'true' }, kind: null },
    { name: 'ordinary settings', vars: { NODE_ENV: 'production', LOG_LEVEL: 'info', REGION: 'eu-west-1' }, kind: null },
    { name: 'random id under a non-secret name', vars: { REQUEST_ID: 'Zr8q2LmV0xPc7sNw' }, kind: null },
    { name: 'URL without a password', vars: { DATABASE_URL: 'postgres://db.internal:5432/app' }, kind: null },
  ]
  it.each(cases)('$name', ({ vars, kind }) => {
    const hits = findSecretsInVariables(vars, 'environment variable')
    expect(hits.map((h) => h.kind)).toEqual(kind ? [kind] : [])
    if (kind) expect(hits[0]!.location).toBe(`environment variable ${Object.keys(vars)[0]}`)
  })

  it('never returns the value', () => {
    const hits = findSecretsInVariables([{ name: 'AWS_KEY', value: AWS_KEY_ID }], 'build variable')
    expect(hits).toEqual([{ location: 'build variable AWS_KEY', kind: 'AWS access key ID' }])
    expect(JSON.stringify(hits)).not.toContain(AWS_KEY_ID)
  })
})

describe('findSecretsInText', () => {
  it('reports each line holding a secret, by line number only', () => {
    const script = [
      '#!/bin/bash',
      'yum install -y nginx',
      `export AWS_ACCESS_KEY_ID=${AWS_KEY_ID}`,
      'export DB_HOST=db.internal',
      "export DB_PASSWORD='x9$Lq2#vR7!mZ4pT'",
      'mysql --password=Qw7!zR2#pL9$mN4v -h db.internal',
      PEM,
    ].join('\n')
    const hits = findSecretsInText(script, 'user data')
    expect(hits).toEqual([
      { location: 'user data line 3', kind: 'AWS access key ID' },
      { location: 'user data line 5', kind: 'high-entropy value assigned to DB_PASSWORD' },
      { location: 'user data line 6', kind: 'high-entropy value assigned to password' },
      { location: 'user data line 7', kind: 'private key' },
    ])
    expect(JSON.stringify(hits)).not.toMatch(/x9\$Lq2|Qw7!zR2|AKIA/)
  })

  it('finds nothing in an ordinary cloud-init script', () => {
    const script = ['#cloud-config', 'packages:', '  - nginx', 'runcmd:', '  - systemctl enable --now nginx', 'password: ${VAULT_PASSWORD}'].join(
      '\n',
    )
    expect(findSecretsInText(script, 'user data')).toEqual([])
  })
})

describe('decodeUserData', () => {
  it('decodes base64 text and skips gzip', () => {
    expect(decodeUserData(Buffer.from('#!/bin/sh\necho hi').toString('base64'))).toBe('#!/bin/sh\necho hi')
    expect(decodeUserData(Buffer.from([0x1f, 0x8b, 0x08, 0x00]).toString('base64'))).toBeNull()
    expect(decodeUserData(undefined)).toBeNull()
  })
})

describe('entropy', () => {
  it('is 0 for one repeated character and higher for varied text', () => {
    expect(entropy('aaaaaaaa')).toBe(0)
    expect(entropy('x9$Lq2#vR7!mZ4pT')).toBeGreaterThan(3.5)
  })
})
