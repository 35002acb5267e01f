import { Option, type Command } from 'commander'
import { alertsSend, alertsStatus, alertsTest, TEST_KINDS, type AlertsFlags } from './alerts.js'

const CONFIG_HELP = 'config file with the alerts: section (default: POSTURE_CONFIG, else ./posture.yaml)'
const DATABASE_HELP = 'store: postgres://… URL or SQLite file (default: POSTURE_DATABASE_URL, the config, else the per-user data file)'

/** Registers `posture alerts test|status|send`. */
export function registerAlertsCommands(root: Command, setExit: (code: number) => void): void {
  const alerts = root.command('alerts').description('alert channels: test them, see deliveries, deliver what is due').exitOverride()
  alerts
    .command('test <channel>')
    .description('send a sample alert to one channel now (not through the outbox) and report the outcome')
    .addOption(new Option('--kind <kind>', 'what to send').choices([...TEST_KINDS]).default('new'))
    .option('--config <file>', CONFIG_HELP)
    .exitOverride()
    .action(async (channel: string, flags: AlertsFlags) => setExit(await alertsTest(channel, flags)))
  alerts
    .command('status')
    .description('channels, pending and failed deliveries, and recent delivery history')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .option('--limit <n>', 'entries per list (default 20)')
    .option('--config <file>', CONFIG_HELP)
    .option('--database <url>', DATABASE_HELP)
    .exitOverride()
    .action(async (flags: AlertsFlags) => setExit(await alertsStatus(flags)))
  alerts
    .command('send')
    .description('deliver queued alerts that are due now (retries after an outage; scan and watch do this themselves)')
    .option('--config <file>', CONFIG_HELP)
    .option('--database <url>', DATABASE_HELP)
    .exitOverride()
    .action(async (flags: AlertsFlags) => setExit(await alertsSend(flags)))
}
