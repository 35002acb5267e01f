/**
 * `npm run bench`: (1) seeds ~5,000 resources into the moto emulator and times a full collection;
 * (2) evaluates 100,000 synthetic resources through every check; (3) stores 100,000-resource snapshots on SQLite
 * and PostgreSQL (bench/store.ts). Each phase runs in its own child process so its peak RSS is its own. Prints the
 * figures and writes docs/benchmarks.md.
 */
import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { IAMClient, CreateAccessKeyCommand, CreateRoleCommand, CreateUserCommand } from '@aws-sdk/client-iam'
import { S3Client, CreateBucketCommand } from '@aws-sdk/client-s3'
import { EC2Client, AuthorizeSecurityGroupIngressCommand, CreateSecurityGroupCommand, CreateVolumeCommand } from '@aws-sdk/client-ec2'
import { KMSClient, CreateKeyCommand } from '@aws-sdk/client-kms'
import { CloudWatchLogsClient, CreateLogGroupCommand } from '@aws-sdk/client-cloudwatch-logs'
import { mapLimit } from '../src/collect/limiter.js'
import { collectAws } from '../src/scan/aws.js'
import { loadChecks } from '../src/checks/registry.js'
import { evaluate } from '../src/evaluate/engine.js'
import { Inventory } from '../src/core/inventory.js'
import { PROJECT_ROOT, MOTO_VERSION, startMoto } from '../scripts/lib/moto.js'
import { syntheticInventory } from './synthetic.js'
import { machine } from './machine.js'
import { measureStores, phaseStore, storeSection, type StoreDialect } from './store.js'
import { phaseReports, reportsSection, type ReportFigures } from './reports.js'
import { alertsSection, phaseAlerts, type AlertFigures } from './alerts.js'
import { iacSection, measureIac, phaseIac, type IacCase, type IacFigures } from './iac.js'
import { cloudSection, measureCloud, phaseCloud, type CloudCase } from './cloud.js'

const REGIONS = ['us-east-1', 'eu-west-1'] as const
/** Resources seeded into the emulator: per account (IAM) or per region. Sums to 5,000. */
const PLAN = { users: 600, roles: 300, buckets: 200, sgPerRegion: 1000, volumesPerRegion: 700, keysPerRegion: 150, logGroupsPerRegion: 100 }
const SEED_CONCURRENCY = 16
/** The services of the foundation (issue 2), collected alone first to show what the later services add. */
const FOUNDATION_SERVICES = [
  'iam',
  's3',
  'ec2',
  'cloudtrail',
  'kms',
  'rds',
  'logs',
  'cloudwatch',
  'config',
  'accessanalyzer',
  'securityhub',
  'guardduty',
  'efs',
  'sns',
  'sqs',
]
const SYNTHETIC = 100_000
const CREDENTIALS = { accessKeyId: 'testing', secretAccessKey: 'testing' }

const mib = (kib: number): number => Math.round(kib / 1024)
const peakRssMiB = (): number => mib(process.resourceUsage().maxRSS)

/** Builds the list of creation calls for the bulk estate (each returns once its resource exists). */
function seedTasks(endpoint: string): { tasks: (() => Promise<unknown>)[]; close: () => void } {
  const cfg = (region: string): Record<string, unknown> => ({ region, endpoint, credentials: CREDENTIALS, forcePathStyle: true, maxAttempts: 5 })
  const iam = new IAMClient(cfg('us-east-1'))
  const clients = REGIONS.map((r) => ({
    r,
    s3: new S3Client(cfg(r)),
    ec2: new EC2Client(cfg(r)),
    kms: new KMSClient(cfg(r)),
    logs: new CloudWatchLogsClient(cfg(r)),
  }))
  const trust = JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
  })
  const n = (count: number): number[] => Array.from({ length: count }, (_, i) => i)
  const tasks: (() => Promise<unknown>)[] = [
    ...n(PLAN.users).map((i) => async () => {
      await iam.send(new CreateUserCommand({ UserName: `bench-user-${i}` }))
      if (i % 3 === 0) await iam.send(new CreateAccessKeyCommand({ UserName: `bench-user-${i}` }))
    }),
    ...n(PLAN.roles).map((i) => () => iam.send(new CreateRoleCommand({ RoleName: `bench-role-${i}`, AssumeRolePolicyDocument: trust }))),
    ...n(PLAN.buckets).map((i) => {
      const { r, s3 } = clients[i % REGIONS.length]!
      return () =>
        s3.send(
          new CreateBucketCommand({
            Bucket: `posture-bench-${i}`,
            ...(r === 'us-east-1' ? {} : { CreateBucketConfiguration: { LocationConstraint: r } }),
          }),
        )
    }),
    ...clients.flatMap(({ r, ec2, kms, logs }) => [
      ...n(PLAN.sgPerRegion).map((i) => async () => {
        const sg = await ec2.send(new CreateSecurityGroupCommand({ GroupName: `bench-sg-${i}`, Description: 'bench' }))
        const cidr = i % 5 === 0 ? '0.0.0.0/0' : '10.0.0.0/8'
        await ec2.send(
          new AuthorizeSecurityGroupIngressCommand({
            GroupId: sg.GroupId!,
            IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: cidr }] }],
          }),
        )
      }),
      ...n(PLAN.volumesPerRegion).map((i) => () => ec2.send(new CreateVolumeCommand({ AvailabilityZone: `${r}a`, Size: 8, Encrypted: i % 2 === 0 }))),
      ...n(PLAN.keysPerRegion).map(() => () => kms.send(new CreateKeyCommand({ Description: 'bench' }))),
      ...n(PLAN.logGroupsPerRegion).map((i) => () => logs.send(new CreateLogGroupCommand({ logGroupName: `/bench/app-${i}` }))),
    ]),
  ]
  const close = (): void => [iam, ...clients.flatMap((c) => [c.s3, c.ec2, c.kms, c.logs])].forEach((c) => c.destroy())
  return { tasks, close }
}

/** Child phase: collect the emulator's account and print the measures as JSON. */
async function phaseCollect(endpoint: string): Promise<Record<string, number | string>> {
  // First the foundation's services alone, on the same estate: the difference is what the other services add.
  const baseStarted = Date.now()
  const base = await collectAws({ endpoint, regions: [...REGIONS], services: FOUNDATION_SERVICES })
  const baseMs = Date.now() - baseStarted
  const started = Date.now()
  // Per (service, region) unit durations: the slowest ones are the critical path of the collection.
  const begun = new Map<string, number>()
  const took: { unit: string; ms: number }[] = []
  const c = await collectAws({
    endpoint,
    regions: [...REGIONS],
    onProgress: (e) => {
      const unit = `${e.service}/${e.region}`
      if (e.phase === 'start') begun.set(unit, Date.now())
      else took.push({ unit, ms: Date.now() - (begun.get(unit) ?? started) })
    },
  })
  took.sort((a, b) => b.ms - a.ms)
  return {
    units: took.length,
    slowest: took
      .slice(0, 4)
      .map((t) => `${t.unit} ${(t.ms / 1000).toFixed(1)} s`)
      .join(', '),
    baseMs,
    baseCalls: base.stats.apiCalls,
    baseResources: base.resources.length,
    wallMs: Date.now() - started,
    apiCalls: c.stats.apiCalls,
    resources: c.resources.length,
    errors: c.errors.length,
    peakRssMiB: peakRssMiB(),
  }
}

/** Child phase: evaluate the synthetic inventory through every check and print the measures as JSON. */
async function phaseEvaluate(total: number): Promise<Record<string, number>> {
  const checks = await loadChecks()
  const t0 = performance.now()
  const resources = syntheticInventory(total)
  const t1 = performance.now()
  const findings = evaluate(checks, new Inventory(resources), () => [], new Date('2026-06-01T00:00:00Z'))
  const evalMs = performance.now() - t1
  return {
    resources: resources.length,
    checks: checks.length,
    findings: findings.length,
    generateMs: Math.round(t1 - t0),
    evalMs: Math.round(evalMs),
    resourcesPerSecond: Math.round(resources.length / (evalMs / 1000)),
    peakRssMiB: peakRssMiB(),
  }
}

/** Runs this script in a child process for one phase; resolves with the JSON it prints last. */
function child(args: string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<Record<string, number>> {
  return new Promise((done, fail) => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...extraEnv,
      AWS_ACCESS_KEY_ID: 'testing',
      AWS_SECRET_ACCESS_KEY: 'testing',
      AWS_REGION: 'us-east-1',
    }
    delete env.AWS_PROFILE
    const p = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    p.stdout.on('data', (d: Buffer) => (out += d.toString()))
    p.stderr.on('data', (d: Buffer) => (err += d.toString()))
    p.on('exit', (code) => {
      const last = out.trim().split('\n').pop() ?? ''
      if (code === 0 && last.startsWith('{')) done(JSON.parse(last) as Record<string, number>)
      else fail(new Error(`bench phase ${args[0]} failed (exit ${code}):\n${err.slice(-2000)}`))
    })
  })
}

/** Markdown for docs/benchmarks.md. */
function report(seed: { resources: number; ms: number }, col: Record<string, number | string>, ev: Record<string, number>): string {
  const m = machine()
  const s = (ms: number): string => `${(ms / 1000).toFixed(1)} s`
  const rows: [string, string][] = [
    ['Emulator estate seeded', `${seed.resources.toLocaleString('en')} resources in ${s(seed.ms)} (moto ${MOTO_VERSION}, 2 regions)`],
    ['Collection wall time', `${s(col.wallMs as number)} for ${col.units} (service, region) units; slowest: ${col.slowest}`],
    ['Collection API calls (HTTP attempts)', col.apiCalls!.toLocaleString('en')],
    [
      'Same estate, foundation services only',
      `${s(col.baseMs as number)}, ${col.baseCalls!.toLocaleString('en')} calls, ${col.baseResources!.toLocaleString('en')} resources ` +
        `(all services: ${((col.wallMs as number) / (col.baseMs as number)).toFixed(2)}× the time for ${((col.resources as number) / (col.baseResources as number)).toFixed(2)}× the resources)`,
    ],
    ['Resources collected', `${col.resources!.toLocaleString('en')} (${col.errors} collection errors)`],
    ['Collection peak RSS', `${col.peakRssMiB} MiB`],
    ['Synthetic resources evaluated', `${ev.resources!.toLocaleString('en')} × ${ev.checks} checks → ${ev.findings!.toLocaleString('en')} findings`],
    ['Evaluation time', `${s(ev.evalMs!)} (inventory generation ${s(ev.generateMs!)} not included)`],
    ['Evaluation throughput', `${ev.resourcesPerSecond!.toLocaleString('en')} resources/s`],
    ['Evaluation peak RSS', `${ev.peakRssMiB} MiB`],
  ]
  return [
    '# Benchmarks',
    '',
    'Produced by `npm run bench` (bench/run.ts); re-run it to refresh this page.',
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.ramGiB} GiB RAM; Node ${m.node}; ${m.date}.`,
    '',
    '| Measure | Result |',
    '| --- | --- |',
    ...rows.map(([k, v]) => `| ${k} | ${v} |`),
    '',
    '## What is measured',
    '',
    `- **Collection**: ${PLAN.users} IAM users (a third with an access key), ${PLAN.roles} roles, ${PLAN.buckets} S3 buckets, and per region ` +
      `${PLAN.sgPerRegion} security groups, ${PLAN.volumesPerRegion} EBS volumes, ${PLAN.keysPerRegion} KMS keys and ${PLAN.logGroupsPerRegion} log groups ` +
      '(plus what moto creates by itself: default VPCs, subnets, network ACLs, security groups), collected with the default concurrency ' +
      '(4 calls per service and region). The emulator is a single Python process on the same machine, so the wall time is mostly ' +
      'its response time: it bounds what Posture can do here, and says little about real AWS latency or throttling.',
    '- **Evaluation**: every registered check over an in-memory inventory of synthetic resources (security groups, volumes, ' +
      'instances, snapshots, IAM users/roles/policies, buckets, subnets, VPCs, network ACLs, AMIs, KMS keys and account settings, ' +
      'spread over five regions, about a third misconfigured). No I/O.',
    '- Each phase runs in its own Node process; peak RSS is `process.resourceUsage().maxRSS` of that process.',
    '',
  ].join('\n')
}

/** The whole benchmark. */
async function main(): Promise<void> {
  const moto = await startMoto()
  try {
    const { tasks, close } = seedTasks(moto.url)
    const started = Date.now()
    console.log(`seeding ${tasks.length.toLocaleString('en')} resources into ${moto.url} ...`)
    await mapLimit(tasks, SEED_CONCURRENCY, (t) => t())
    close()
    const seed = { resources: tasks.length, ms: Date.now() - started }
    console.log(`seeded in ${(seed.ms / 1000).toFixed(1)} s; collecting ...`)
    const col = await child(['collect', moto.url])
    console.log('collection:', col)
    await moto.stop()
    console.log(`evaluating ${SYNTHETIC.toLocaleString('en')} synthetic resources ...`)
    const ev = await child(['evaluate', String(SYNTHETIC)])
    console.log('evaluation:', ev)
    const stores = await measureStores((dialect) => child(['store', dialect]))
    console.log('scoring and rendering 100,000 synthetic findings ...')
    const reports = (await child(['reports'])) as unknown as ReportFigures
    console.log('alerts: planning 100,000 findings in the scan transaction, draining the outbox ...')
    const alerts = (await child(['alerts'])) as unknown as AlertFigures
    const iac = await measureIac(async (which) => (await child(['iac', which])) as unknown as IacFigures)
    const cloud = await measureCloud(child)
    const md = `${report(seed, col, ev)}\n${storeSection(stores.results, stores.note)}\n\n${reportsSection(reports)}\n\n${alertsSection(alerts)}\n\n${iacSection(iac.results, iac.note)}\n\n${cloudSection(cloud)}\n`
    writeFileSync(join(PROJECT_ROOT, 'docs', 'benchmarks.md'), md)
    console.log(`\n${md}\nwritten to docs/benchmarks.md`)
  } finally {
    await moto.stop()
  }
}

const [phase, arg] = process.argv.slice(2)
const run =
  phase === 'collect'
    ? phaseCollect(arg!)
    : phase === 'evaluate'
      ? phaseEvaluate(Number(arg))
      : phase === 'store'
        ? phaseStore(arg as StoreDialect, SYNTHETIC)
        : phase === 'reports'
          ? phaseReports()
          : phase === 'alerts'
            ? phaseAlerts()
            : phase === 'iac'
              ? phaseIac(arg as IacCase)
              : phase === 'cloud'
                ? phaseCloud(arg as CloudCase)
                : undefined
if (run) {
  run.then(
    (r) => {
      console.log(JSON.stringify(r))
      process.exit(0)
    },
    (err: unknown) => {
      console.error(err)
      process.exit(1)
    },
  )
} else {
  main().catch((err: unknown) => {
    console.error(`bench: ${err instanceof Error ? err.message : String(err)}`)
    process.exit(1)
  })
}
