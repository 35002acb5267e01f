/** Report inputs for renderer tests: a small hand-made scan (every status, muted, awkward characters) and a synthetic one of any size. */
import type { Finding, Status } from '../core/finding.js'
import type { MuteInfo } from '../core/suppression.js'
import { loadChecks } from '../checks/registry.js'
import type { CheckMeta } from '../evaluate/define-check.js'
import { FRAMEWORKS } from '../frameworks/index.js'
import { complianceIndex } from '../frameworks/types.js'
import { scoreCompliance } from '../score/score.js'
import { buildReport } from './build-report.js'
import type { RenderInput } from './render-input.js'

export const SAMPLE_ACCOUNTS = ['111111111111', '222222222222']
const SCAN_ID = '0b6f3c1e-8a54-4d0e-9a53-1f2e3d4c5b6a'
const STARTED = '2026-11-20T10:00:00.000Z'
const FINISHED = '2026-11-20T10:04:00.000Z'
const GENERATED = '2026-11-20T10:04:01.000Z'

type SampleFinding = Finding & { muted?: MuteInfo }

/** Check id → compliance references, built once (not per finding: synthetic reports have 100,000 of them). */
const COMPLIANCE = complianceIndex(FRAMEWORKS)

function finding(
  meta: CheckMeta,
  status: Status,
  uid: string,
  name: string,
  account: string,
  region: string,
  message: string,
  muted?: MuteInfo,
): SampleFinding {
  return {
    checkId: meta.id,
    title: meta.title,
    status,
    severity: meta.severity,
    resource: { uid, type: meta.resourceType, provider: 'aws', account, region, name },
    message,
    remediation: meta.remediation,
    compliance: COMPLIANCE(meta.id),
    ...(muted ? { muted } : {}),
  }
}

function input(checks: readonly CheckMeta[], findings: SampleFinding[], accounts: string[], regions: string[]): RenderInput {
  const report = buildReport(
    {
      id: SCAN_ID,
      provider: 'aws',
      startedAt: STARTED,
      finishedAt: FINISHED,
      accounts,
      regions,
      stats: { apiCalls: 1234, failedCalls: 2, durationMs: 240_000 },
      resources: new Set(findings.map((f) => f.resource.uid)).size,
      checks: new Set(findings.map((f) => f.checkId)).size,
      errors: [
        {
          provider: 'aws',
          account: accounts[0]!,
          service: 'rds',
          region: 'eu-west-1',
          api: 'DescribeDBInstances',
          reason: 'AccessDenied: not authorized to perform rds:DescribeDBInstances',
          resourceTypes: ['aws.rds.instance'],
        },
      ],
    },
    findings,
  )
  const used = new Set(findings.map((f) => f.checkId))
  return {
    report,
    checks: new Map(checks.filter((c) => used.has(c.id)).map((c) => [c.id, c])),
    compliance: scoreCompliance(report.scan, report.findings, FRAMEWORKS, GENERATED),
  }
}

/**
 * A small scan over two accounts and two regions with every status, a muted failure, an error for a type whose
 * listing was denied, and names with characters each format must escape (`<`, `&`, quotes, commas, newlines).
 */
export async function sampleRenderInput(): Promise<RenderInput> {
  const all = new Map((await loadChecks()).map((c) => [c.id, c as CheckMeta]))
  const c = (id: string): CheckMeta => {
    const meta = all.get(id)
    if (!meta) throw new Error(`sample uses unknown check ${id}`)
    return meta
  }
  const [a, b] = SAMPLE_ACCOUNTS as [string, string]
  const bucket = (name: string, acct: string) => `arn:aws:s3:::${name}${acct === b ? '-b' : ''}`
  const sg = (id: string, acct: string, region: string) => `arn:aws:ec2:${region}:${acct}:security-group/${id}`
  const muted: MuteInfo = {
    suppressionId: 'web-public-assets',
    reason: 'Static website assets, public by design (ticket SEC-142)',
    owner: 'web-team@example.com',
    expiresAt: '2026-12-31T23:59:59.999Z',
  }
  const findings: SampleFinding[] = [
    finding(
      c('aws-s3-bucket-public-access-block-enabled'),
      'fail',
      bucket('<script>alert(1)</script>', a),
      '<script>alert(1)</script>',
      a,
      'us-east-1',
      'Block Public Access is off: "BlockPublicAcls" = false, & more',
    ),
    finding(
      c('aws-s3-bucket-public-access-block-enabled'),
      'pass',
      bucket('logs,archive', a),
      'logs,archive',
      a,
      'us-east-1',
      'All four Block Public Access settings are on.',
    ),
    finding(
      c('aws-s3-bucket-public-access-block-enabled'),
      'fail',
      bucket('static-site', b),
      'static-site',
      b,
      'us-east-1',
      'Block Public Access is off.',
      muted,
    ),
    finding(
      c('aws-ec2-sg-no-ssh-from-internet'),
      'fail',
      sg('sg-0a1', a, 'eu-west-1'),
      'bastion',
      a,
      'eu-west-1',
      'Ingress allows TCP 22 from 0.0.0.0/0.\nSecond line.',
    ),
    finding(
      c('aws-ec2-sg-no-ssh-from-internet'),
      'pass',
      sg('sg-0b2', b, 'us-east-1'),
      'app',
      b,
      'us-east-1',
      'No ingress on port 22 from the Internet.',
    ),
    finding(
      c('aws-ec2-sg-no-rdp-from-internet'),
      'pass',
      sg('sg-0a1', a, 'eu-west-1'),
      'bastion',
      a,
      'eu-west-1',
      'No ingress on port 3389 from the Internet.',
    ),
    finding(c('aws-iam-root-mfa-enabled'), 'pass', `arn:aws:iam::${a}:root`, 'root', a, 'global', 'The root user has MFA.'),
    finding(c('aws-iam-root-mfa-enabled'), 'fail', `arn:aws:iam::${b}:root`, 'root', b, 'global', 'The root user has no MFA device.'),
    finding(
      c('aws-rds-instance-storage-encrypted'),
      'error',
      `aws:${a}:eu-west-1:aws.rds.instance/*`,
      'aws.rds.instance/*',
      a,
      'eu-west-1',
      'Could not list RDS instances: AccessDenied.',
    ),
    finding(c('aws-cloudtrail-multi-region-trail-enabled'), 'pass', `aws:${a}:global:account`, a, a, 'global', 'Trail "org-trail" logs all regions.'),
    finding(
      c('aws-kms-key-rotation-enabled'),
      'fail',
      `arn:aws:kms:us-east-1:${b}:key/1234abcd-12ab-34cd-56ef-1234567890ab`,
      'app-key',
      b,
      'us-east-1',
      'Automatic rotation is off.',
    ),
    finding(
      c('aws-lambda-function-env-no-secrets'),
      'fail',
      `arn:aws:lambda:us-east-1:${a}:function:payments`,
      'payments',
      a,
      'us-east-1',
      'Environment variable STRIPE_KEY holds a Stripe secret key.',
    ),
  ]
  return input([...all.values()], findings, SAMPLE_ACCOUNTS, ['eu-west-1', 'us-east-1'])
}

/** Deterministic pseudo-random generator (mulberry32), so synthetic reports are the same on every run. */
function rng(seed: number): () => number {
  let t = seed
  return () => {
    t = (t + 0x6d2b79f5) | 0
    let x = Math.imul(t ^ (t >>> 15), 1 | t)
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * A synthetic scan of `n` findings over every AWS check, 5 accounts and 4 regions: about 30 % fail, 3 % error, 2 % muted.
 * Resource uids repeat across checks (each resource gets several checks), like a real estate.
 */
export async function syntheticRenderInput(n: number, seed = 42): Promise<RenderInput> {
  const checks = (await loadChecks()).filter((c) => c.provider === 'aws') as CheckMeta[]
  const random = rng(seed)
  const accounts = Array.from({ length: 5 }, (_, i) => String(100000000000 + i * 111111111))
  const regions = ['us-east-1', 'us-west-2', 'eu-west-1', 'ap-southeast-2']
  const findings: SampleFinding[] = []
  for (let i = 0; i < n; i++) {
    const meta = checks[i % checks.length]!
    const account = accounts[Math.floor(random() * accounts.length)]!
    const region = regions[Math.floor(random() * regions.length)]!
    const r = random()
    const status: Status = r < 0.3 ? 'fail' : r < 0.33 ? 'error' : 'pass'
    const name = `${meta.service}-resource-${Math.floor(i / checks.length)}`
    const uid = `arn:aws:${meta.service}:${region}:${account}:${meta.resourceType.split('.').pop()}/${name}`
    const mute = status === 'fail' && random() < 0.07
    findings.push(
      finding(
        meta,
        status,
        uid,
        name,
        account,
        region,
        `${status === 'pass' ? 'Compliant' : status === 'fail' ? 'Not compliant' : 'Could not decide'}: synthetic finding ${i}.`,
        mute ? { suppressionId: 'synthetic', reason: 'Synthetic accepted risk', owner: 'bench@example.com', expiresAt: null } : undefined,
      ),
    )
  }
  return input(checks, findings, accounts, regions)
}
