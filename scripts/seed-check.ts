/**
 * Seeds one part of the demo estate into a fresh emulator, scans it with every check and compares the findings
 * with that part's manifest. For developing a seed file on its own:
 *   npx tsx scripts/seed-check.ts <part>     (loads scripts/lib/seed-demo-<part>.ts, export `seed`)
 *   npx tsx scripts/seed-check.ts all        (the whole demo estate)
 */
import { startMoto } from './lib/moto.js'
import { SeedContext, manifestMismatches, seedDemoEstate, DEMO_REGIONS, DEMO_CREDENTIALS } from './lib/seed-demo.js'
import { collectAws } from '../src/scan/aws.js'
import { loadChecks } from '../src/checks/registry.js'
import { evaluate } from '../src/evaluate/engine.js'
import { Inventory } from '../src/core/inventory.js'

const part = process.argv[2]
if (!part || !/^[a-z0-9-]+$/.test(part)) {
  console.error('usage: npx tsx scripts/seed-check.ts <part>  (scripts/lib/seed-demo-<part>.ts exporting seed(ctx))')
  process.exit(2)
}
Object.assign(process.env, {
  AWS_ACCESS_KEY_ID: DEMO_CREDENTIALS.accessKeyId,
  AWS_SECRET_ACCESS_KEY: DEMO_CREDENTIALS.secretAccessKey,
  AWS_REGION: 'us-east-1',
})
delete process.env.AWS_PROFILE
const moto = await startMoto()
try {
  const ctx = new SeedContext(moto.url)
  if (part === 'all') Object.assign(ctx.manifest, await seedDemoEstate(moto.url))
  else await ((await import(`./lib/seed-demo-${part}.ts`)) as { seed(ctx: SeedContext): Promise<void> }).seed(ctx)
  const collection = await collectAws({ endpoint: moto.url, regions: [...DEMO_REGIONS] })
  const findings = evaluate(await loadChecks(), new Inventory(collection.resources, collection.errors))
  const mismatches = manifestMismatches(ctx.manifest, findings)
  const seededTypes = new Set(collection.resources.map((r) => r.type))
  console.log(
    `seeded ${ctx.manifest.created} resources; ${ctx.manifest.expectFail.length} expected fails, ${ctx.manifest.expectNoFail.length} expected non-fails`,
  )
  console.log(`collected types: ${[...seededTypes].sort().join(', ')}`)
  for (const e of collection.errors) console.log(`collection error: ${e.service}:${e.api} ${e.region} ${e.resource ?? ''} ${e.reason}`)
  for (const m of mismatches) console.log(`MISMATCH ${m}`)
  console.log(mismatches.length === 0 ? 'all expectations met' : `${mismatches.length} mismatches`)
  process.exitCode = mismatches.length === 0 ? 0 : 1
} finally {
  await moto.stop()
}
