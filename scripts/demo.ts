/**
 * `npm run demo`: starts the moto emulator, seeds the demo estate, runs the real CLI against it (the CLI prints
 * its table) and writes posture-demo-report.json. Exits 0 when the scan ran, findings or not.
 */
import { spawn } from 'node:child_process'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { PROJECT_ROOT, ensureMoto, startMoto, type MotoServer } from './lib/moto.js'
import { DEMO_REGIONS, seedDemoEstate } from './lib/seed-demo.js'

const REPORT = join(PROJECT_ROOT, 'posture-demo-report.json')
/** The demo's own store (git-ignored), so its scans never mix with the user's real history. */
const DATABASE = join(PROJECT_ROOT, '.posture', 'demo.db')
/** CLI exit codes that mean "the scan ran": 0 = no failure at --fail-on, 1 = failures found (expected here). */
const SCAN_RAN = [0, 1]

/** Runs the CLI with inherited stdout/stderr; resolves with its exit code. */
function runCli(endpoint: string): Promise<number> {
  const args = [
    join(PROJECT_ROOT, 'bin', 'posture.js'),
    'scan',
    'aws',
    '--endpoint',
    endpoint,
    '--regions',
    DEMO_REGIONS.join(','),
    '--json',
    REPORT,
    '--database',
    DATABASE,
  ]
  // Emulator credentials only: a developer's real AWS profile or session must never be used by the demo.
  const env: NodeJS.ProcessEnv = { ...process.env, AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing', AWS_REGION: 'us-east-1' }
  delete env.AWS_PROFILE
  delete env.AWS_SESSION_TOKEN
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: PROJECT_ROOT, stdio: 'inherit', env })
    child.on('error', fail)
    child.on('exit', (code, signal) => done(code ?? (signal ? 128 : 1)))
  })
}

/** The demo, start to end; always stops the emulator. */
async function main(): Promise<number> {
  await ensureMoto()
  let moto: MotoServer | undefined
  try {
    moto = await startMoto()
    console.log(`moto emulator listening on ${moto.url}`)
    const started = Date.now()
    const manifest = await seedDemoEstate(moto.url)
    console.log(
      `seeded ${manifest.created} resources in ${DEMO_REGIONS.join(' and ')} (${((Date.now() - started) / 1000).toFixed(1)} s): ` +
        `${manifest.expectFail.length} planted misconfigurations, ${manifest.expectNoFail.length} correctly configured twins\n`,
    )
    // Each demo seeds a fresh emulator, so its history starts fresh too.
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${DATABASE}${suffix}`, { force: true })
    const code = await runCli(moto.url)
    if (!SCAN_RAN.includes(code)) {
      console.error(`demo: the scan failed (exit code ${code})`)
      return code
    }
    console.log(`\nJSON report: ${REPORT}`)
    console.log(`Scan history: npx posture scans list --database ${DATABASE}`)
    return 0
  } finally {
    await moto?.stop()
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`demo: ${err instanceof Error ? err.message : String(err)}`)
    process.exit(1)
  },
)
