import { Command, CommanderError, Option } from 'commander'
import { EXIT, PostureError, describeError } from '../core/errors.js'
import { VERSION } from '../core/version.js'
import { CHECK_CATEGORIES } from '../evaluate/define-check.js'
import { scanAws, scanAzure, scanGcp, type ScanAwsFlags, type ScanAzureFlags, type ScanGcpFlags } from './commands/scan.js'
import { checksList, type ChecksListFlags } from './commands/checks.js'
import { registerHistoryCommands } from './commands/register-history.js'
import { registerMuteCommands } from './commands/register-mute.js'
import { registerWatchCommands } from './commands/register-watch.js'
import { registerComplianceCommands } from './commands/register-compliance.js'
import { registerAlertsCommands } from './commands/register-alerts.js'
import { REPORT_FORMATS } from '../report/render-input.js'
import { collect, iacScan, IAC_FORMATS, type IacFlags } from './commands/iac.js'

const debug = process.argv.includes('--debug')

/** Prints an error as one line plus a hint (stack only with --debug) and returns the exit code. */
function report(err: unknown): number {
  if (err instanceof PostureError) {
    process.stderr.write(`posture: error: ${err.message}\n`)
    if (err.hint) process.stderr.write(`posture: hint: ${err.hint}\n`)
    if (debug) process.stderr.write(`${err.stack ?? ''}\n${err.cause instanceof Error ? `cause: ${err.cause.stack ?? err.cause.message}\n` : ''}`)
    return err.exitCode
  }
  process.stderr.write(`posture: internal error: ${describeError(err)}\n`)
  process.stderr.write(debug ? `${(err as Error)?.stack ?? ''}\n` : 'posture: hint: re-run with --debug and report the issue.\n')
  return EXIT.CANNOT_RUN
}

/** Builds the Commander program (exported for tests). */
export function program(setExit: (code: number) => void): Command {
  const root = new Command('posture')
    .description('Cloud Security Posture Management: find and fix cloud misconfigurations.')
    .version(VERSION, '-V, --version')
    .option('--debug', 'print stack traces and SDK details on errors')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s.startsWith('error:') ? `posture: ${s}` : s) })

  const scan = root.command('scan').description('scan a cloud account, subscription or project').exitOverride()
  /** Options every `scan <cloud>` takes after its own. */
  const common = (c: Command): Command =>
    c
      .option('--checks <globs>', 'comma-separated check id globs, e.g. "aws-s3-*,aws-iam-root-*"')
      .option('--severity <min>', 'only run checks at or above this severity')
      .option('--framework <ids>', 'only the checks these frameworks map, and their scores (e.g. cis-aws,pci-dss)')
      .addOption(new Option('--format <format>', 'output format').choices([...REPORT_FORMATS]).default('table'))
      .option('--output <file>', 'write the report to a file instead of stdout')
      .option('--json <file>', 'also write the JSON report to this file')
      .option('--fail-on <severity>', 'exit 1 when a failure at or above this severity exists')
      .option('--show-passed', 'list passing findings in the table')
      .option('--quiet', 'no progress output')
      .option('--no-color', 'disable colours')
      .option('--database <url>', 'store: postgres://… URL or SQLite file (default: POSTURE_DATABASE_URL, else the per-user data file)')
      .option('--no-store', 'do not record the scan (no history, no lifecycle)')
      .option('--config <file>', 'config file with suppressions and database (default: POSTURE_CONFIG, else ./posture.yaml if present)')
      .exitOverride()
  common(
    scan
      .command('aws')
      .description('scan an AWS account (read-only)')
      .option('--profile <name>', 'AWS shared config/credentials profile (default: the SDK default chain)')
      .option('--role-arn <arn>', 'assume this role before scanning')
      .option('--external-id <id>', 'external id for --role-arn')
      .option('--regions <list>', 'comma-separated regions (default: all enabled regions)')
      .option('--endpoint <url>', 'custom endpoint for every service, e.g. an emulator (also AWS_ENDPOINT_URL)'),
  ).action(async (flags: ScanAwsFlags) => setExit(await scanAws(flags)))
  common(
    scan
      .command('azure')
      .description('scan Azure subscriptions (read-only; DefaultAzureCredential: az login, service principal, managed or workload identity)')
      .option('--subscriptions <ids>', 'comma-separated subscription ids (default: every enabled subscription the credentials can read)')
      .option('--tenant <id>', 'Entra tenant id or domain to sign in to and scan')
      .option('--endpoint <url>', 'Resource Manager endpoint (sovereign clouds, Azure Stack); default https://management.azure.com'),
  ).action(async (flags: ScanAzureFlags) => setExit(await scanAzure(flags)))
  common(
    scan
      .command('gcp')
      .description('scan Google Cloud projects (read-only; application default credentials, or GOOGLE_OAUTH_ACCESS_TOKEN)')
      .option('--projects <ids>', 'comma-separated project ids (default: every active project the credentials can see)')
      .option('--organization <id>', 'scan every project under this organization, through its folders')
      .option('--folder <id>', 'scan every project under this folder, through its sub-folders')
      .option('--endpoint <url>', 'one root URL for every Google API (e.g. a Private Service Connect endpoint)'),
  ).action(async (flags: ScanGcpFlags) => setExit(await scanGcp(flags)))

  root
    .command('iac')
    .description('scan Terraform (HCL, plan JSON) and CloudFormation before deploy, with the checks of the cloud scan')
    .argument('<paths...>', 'directories or files; Terraform, plan JSON and CloudFormation are detected automatically')
    .addOption(new Option('--format <format>', 'output format').choices([...IAC_FORMATS]).default('table'))
    .option('--output <file>', 'write the report to a file instead of stdout')
    .option('--json <file>', 'also write the JSON report to this file')
    .option('--fail-on <severity>', 'exit 1 when an unmuted failure at or above this severity exists')
    .option('--checks <globs>', 'comma-separated check id globs, e.g. "aws-s3-*"')
    .option('--severity <min>', 'only run checks at or above this severity')
    .option('--var-file <file>', 'Terraform variables file, as terraform plan -var-file (repeatable)', collect)
    .option('--var <name=value>', 'Terraform variable, as terraform plan -var (repeatable)', collect)
    .option('--cfn-parameter <key=value>', 'CloudFormation parameter value (repeatable)', collect)
    .option('--region <region>', 'region to assume where the code does not set one')
    .option('--account <id>', 'account id to assume where the code does not pin one')
    .option('--config <file>', 'config file whose suppressions apply (default: POSTURE_CONFIG, else ./posture.yaml if present)')
    .option('--show-passed', 'list passing findings in the table')
    .option('--show-not-evaluated', 'list the checks that need values known only after deploy')
    .option('--quiet', 'no progress output')
    .option('--no-color', 'disable colours')
    .exitOverride()
    .action(async (paths: string[], flags: IacFlags) => setExit(await iacScan(paths, flags)))

  const checks = root.command('checks').description('inspect the check catalogue').exitOverride()
  checks
    .command('list')
    .description('list checks with their severity and title')
    .option('--provider <provider>', 'aws, azure or gcp')
    .option('--checks <globs>', 'comma-separated check id globs')
    .option('--severity <min>', 'only checks at or above this severity')
    .option('--category <categories>', `comma-separated categories (${CHECK_CATEGORIES.join(', ')})`)
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .exitOverride()
    .action(async (flags: ChecksListFlags) => setExit(await checksList(flags)))
  registerHistoryCommands(root, setExit)
  registerMuteCommands(root, setExit)
  registerWatchCommands(root, setExit)
  registerComplianceCommands(root, setExit)
  registerAlertsCommands(root, setExit)
  return root
}

/** Runs the CLI and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  let code: number = EXIT.OK
  try {
    await program((c) => (code = c)).parseAsync(argv)
    return code
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version are successful exits; every other parse problem is a usage error (exit 2).
      return err.exitCode === 0 ? EXIT.OK : EXIT.USAGE
    }
    return report(err)
  }
}
