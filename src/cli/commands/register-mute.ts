import { Option, type Command } from 'commander'
import { muteAdd, muteList, muteRemove, type MuteAddFlags, type MuteCommonFlags, type MuteListFlags } from './mute.js'

/** Commander collector for repeatable flags (--tag a=b --tag c=d). */
function repeat(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value]
}

/** Adds the flags every mute command takes. */
function withCommon(cmd: Command): Command {
  return cmd
    .option(
      '--database <url>',
      'store: postgres://… URL or SQLite file (default: POSTURE_DATABASE_URL, the config file, else the per-user data file)',
    )
    .option('--config <file>', 'config file (default: ./posture.yaml, or POSTURE_CONFIG)')
    .exitOverride()
}

/** Registers `posture mute add|list|remove` (suppressions: knowingly accepted findings) on the root program. */
export function registerMuteCommands(root: Command, setExit: (code: number) => void): void {
  const mute = root
    .command('mute')
    .description('manage suppressions: accepted findings stay evaluated and stored, but are shown as muted and do not fail the scan')
    .exitOverride()
  withCommon(
    mute
      .command('add')
      .description('add (or update) a suppression; prints its id')
      .requiredOption('--checks <globs>', 'check id glob(s), comma-separated, e.g. "aws-s3-bucket-public-*"')
      .option('--account <id>', 'only this account')
      .option('--region <region>', 'only this region (glob allowed, e.g. "eu-*")')
      .option('--resource <glob>', 'only resources whose uid matches (repeatable)', repeat)
      .option('--tag <key=value>', 'only resources with this tag (repeatable; all must match; value glob allowed)', repeat)
      .requiredOption('--reason <text>', 'why the risk is accepted (at least 10 characters)')
      .requiredOption('--owner <who>', 'who is accountable for it')
      .option('--expires <date>', 'when it stops applying: YYYY-MM-DD (end of that day, UTC) or an ISO-8601 date-time with zone')
      .option('--id <id>', 'id to give it (default: derived from its scope, so the same scope updates the same suppression)'),
  ).action(async (flags: MuteAddFlags) => setExit(await muteAdd(flags)))
  withCommon(
    mute
      .command('list')
      .description('list suppressions (store and config file) with expiry, matches, and those that matched nothing lately')
      .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table')),
  ).action(async (flags: MuteListFlags) => setExit(await muteList(flags)))
  withCommon(mute.command('remove').description('remove a suppression added with `posture mute add`').argument('<id>', 'suppression id')).action(
    async (id: string, flags: MuteCommonFlags) => setExit(await muteRemove(id, flags)),
  )
}
