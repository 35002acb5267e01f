/**
 * Secrets in configuration, end to end through the real CLI on the emulator: a Lambda function whose environment
 * holds an AWS access key and a password, and an EC2 instance whose user data exports the same key. The scan must
 * flag both locations, and neither the printed table, the JSON report nor the store (SQLite file) may contain
 * the values.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CreateRoleCommand, IAMClient } from '@aws-sdk/client-iam'
import { CreateFunctionCommand, LambdaClient } from '@aws-sdk/client-lambda'
import { EC2Client, RunInstancesCommand } from '@aws-sdk/client-ec2'
import { startMoto, type MotoServer } from '../../scripts/lib/moto.js'
import { DEMO_CREDENTIALS } from '../../scripts/lib/seed-demo.js'
import { loadChecks } from '../../src/checks/registry.js'
import type { Report } from '../../src/report/model.js'
import { runPosture } from '../support/cli.js'

const EMULATOR_ENV = { AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing', AWS_REGION: 'us-east-1' }
const REGION = 'us-east-1'
const dir = mkdtempSync(join(tmpdir(), 'posture-secrets-it-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

// Assembled at run time so that the repository holds no token-shaped string.
const PLANTED_KEY = ['AKIA', 'QX7TB4N2PLM5RZ3K'].join('')
const PLANTED_PASSWORD = ['p9$Vq2#', 'xR7!mL4tZ'].join('')
// The smallest valid zip archive (an end-of-central-directory record only): the emulator stores the code, never runs it.
const EMPTY_ZIP = Uint8Array.from([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)])

describe('secrets in configuration are reported by location and never stored or printed (moto)', () => {
  let moto: MotoServer
  let report: Report
  let stdout: string
  const database = join(dir, 'store.db')
  const jsonPath = join(dir, 'report.json')

  beforeAll(async () => {
    moto = await startMoto()
    const config = { region: REGION, endpoint: moto.url, credentials: DEMO_CREDENTIALS }
    const role = await new IAMClient(config).send(
      new CreateRoleCommand({
        RoleName: 'billing-api-lambda',
        AssumeRolePolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
        }),
      }),
    )
    await new LambdaClient(config).send(
      new CreateFunctionCommand({
        FunctionName: 'billing-api',
        Runtime: 'nodejs22.x',
        Role: role.Role!.Arn!,
        Handler: 'index.handler',
        Code: { ZipFile: EMPTY_ZIP },
        Environment: { Variables: { AWS_ACCESS_KEY_ID: PLANTED_KEY, DB_PASSWORD: PLANTED_PASSWORD, LOG_LEVEL: 'info' } },
      }),
    )
    await new EC2Client(config).send(
      new RunInstancesCommand({
        ImageId: 'ami-12c6146b',
        MinCount: 1,
        MaxCount: 1,
        UserData: Buffer.from(`#!/bin/bash\nexport AWS_ACCESS_KEY_ID=${PLANTED_KEY}\nyum install -y nginx\n`).toString('base64'),
      }),
    )
    const configFile = join(dir, 'posture.yaml')
    writeFileSync(configFile, '')
    const run = await runPosture(
      ['scan', 'aws', '--endpoint', moto.url, '--regions', REGION, '--database', database, '--json', jsonPath, '--checks', 'aws-lambda-*,aws-ec2-*'],
      { ...EMULATOR_ENV, POSTURE_CONFIG: configFile },
    )
    expect([0, 1], run.stderr).toContain(run.code)
    stdout = run.stdout + run.stderr
    report = JSON.parse(readFileSync(jsonPath, 'utf8')) as Report
  }, 180_000)
  afterAll(async () => {
    await moto?.stop()
  })

  it('fails a secrets check on the function and on the instance, naming the location', async () => {
    const secretsChecks = new Set((await loadChecks()).filter((c) => c.categories?.includes('secrets')).map((c) => c.id))
    const failed = report.findings.filter((f) => secretsChecks.has(f.checkId) && f.status === 'fail')
    const onFunction = failed.find((f) => f.resource.uid.includes(':function:billing-api'))
    expect(onFunction?.message).toMatch(/AWS_ACCESS_KEY_ID/)
    expect(onFunction?.message).toMatch(/DB_PASSWORD/)
    expect(onFunction?.message).not.toMatch(/LOG_LEVEL/)
    const onInstance = failed.find((f) => f.resource.type === 'aws.ec2.instance')
    expect(onInstance?.message).toMatch(/user data line 2/)
  })

  it('keeps the values out of the table, the JSON report and the store', () => {
    const files = readdirSync(dir).filter((f) => f.startsWith('store.db'))
    expect(files.length).toBeGreaterThan(0)
    const stored = files.map((f) => readFileSync(join(dir, f)).toString('latin1')).join('')
    expect(existsSync(database)).toBe(true)
    for (const value of [PLANTED_KEY, PLANTED_PASSWORD]) {
      expect(stdout.includes(value), 'printed output').toBe(false)
      expect(readFileSync(jsonPath, 'utf8').includes(value), 'JSON report').toBe(false)
      expect(stored.includes(value), 'store').toBe(false)
    }
  })
})
