import { Option, type Command } from 'commander'
import { EXIT } from '../../core/errors.js'
import { openStore } from '../../store/open.js'
import { databaseUrl, loadConfig, warnConfigIssues } from '../config.js'
import type { Store } from '../../store/types.js'
import { baselineSet, baselineShow, diffCommand, type BaselineFlags, type DiffFlags } from './diff.js'
import { inventoryCommand, type InventoryFlags } from './inventory.js'
import { findingsList, scansList, type FindingsFlags, type ScansListFlags } from './scans-findings.js'

const DATABASE_HELP = 'store: postgres://… URL or SQLite file (default: POSTURE_DATABASE_URL, else the per-user data file)'

/** Where the store is: --database, else POSTURE_DATABASE_URL, else the config file's `database:`, else the default file. */
interface StoreFlags {
  database?: string
  config?: string
}

/** Opens the store, runs one history command, prints its output and closes the store (also on errors). */
export async function withStore(flags: StoreFlags, run: (store: Store) => Promise<string>): Promise<number> {
  // The config file is read only for `database:` when neither the flag nor the environment names the store.
  let database = databaseUrl(flags.database, {})
  if (database === undefined) {
    const config = await loadConfig(flags.config)
    warnConfigIssues(config.issues.filter((i) => i.path === 'database'))
    database = config.database
  }
  const store = await openStore(database)
  try {
    process.stdout.write(await run(store))
    return EXIT.OK
  } finally {
    await store.close()
  }
}

/** Adds the store options every command reading the history shares. */
export function storeOptions(cmd: Command): Command {
  return cmd
    .option('--database <url>', DATABASE_HELP)
    .option('--config <file>', 'config file whose `database:` is used when neither --database nor POSTURE_DATABASE_URL is set')
    .exitOverride()
}

/** Adds the options every history command shares. */
function common(cmd: Command): Command {
  return storeOptions(cmd).addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
}

/** Registers the history commands: scans list, findings, diff, baseline set|show, inventory. */
export function registerHistoryCommands(root: Command, setExit: (code: number) => void): void {
  const scans = root.command('scans').description('recorded scans').exitOverride()
  common(scans.command('list').description('list recorded scans, newest first'))
    .option('--limit <n>', 'at most this many scans (default 50)')
    .action(async (flags: ScansListFlags) => setExit(await withStore(flags, (s) => scansList(s, flags))))

  common(root.command('findings').description('findings and their lifecycle across scans'))
    .option('--status <states>', 'comma-separated: open, reopened, resolved, muted (default: open,reopened,muted)')
    .option('--severity <min>', 'only findings at or above this severity')
    .option('--since <time>', 'only findings seen at or after this ISO-8601 time or date')
    .option('--limit <n>', 'at most this many findings')
    .action(async (flags: FindingsFlags) => setExit(await withStore(flags, (s) => findingsList(s, flags))))

  common(root.command('diff').description('resources and findings that changed between two scans (default: previous → latest)'))
    .option('--from <scan|time>', 'older scan: id, id prefix, sequence number, or ISO-8601 time (default: the scan before --to)')
    .option('--to <scan|time>', 'newer scan (default: the latest finished scan)')
    .option('--baseline [name]', 'compare from the baseline (default name "default") instead of --from: drift from the approved state')
    .action(async (flags: DiffFlags) => setExit(await withStore(flags, (s) => diffCommand(s, flags))))

  const baseline = root.command('baseline').description('approved states to report drift against').exitOverride()
  common(baseline.command('set').description('mark a scan (default: the latest finished one) as the approved baseline'))
    .argument('[scan]', 'scan id, id prefix, sequence number or ISO-8601 time')
    .option('--name <name>', 'baseline name (default "default")')
    .action(async (scan: string | undefined, flags: BaselineFlags) => setExit(await withStore(flags, (s) => baselineSet(s, scan, flags))))
  common(baseline.command('show').description('show the baseline and how far the latest scan drifted from it'))
    .option('--name <name>', 'baseline name (default "default")')
    .action(async (flags: BaselineFlags) => setExit(await withStore(flags, (s) => baselineShow(s, flags))))

  common(root.command('inventory').description('the estate as recorded at a point in time'))
    .option('--at <time|scan>', 'ISO-8601 time or date (the last scan at or before it), or a scan (default: the latest)')
    .option('--type <types>', 'comma-separated resource types, e.g. aws.s3.bucket,aws.ec2.security-group')
    .option('--account <ids>', 'comma-separated accounts')
    .option('--region <regions>', 'comma-separated regions')
    .action(async (flags: InventoryFlags) => setExit(await withStore(flags, (s) => inventoryCommand(s, flags))))
}
