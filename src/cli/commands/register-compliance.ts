import { Option, type Command } from 'commander'
import { REPORT_FORMATS } from '../../report/render-input.js'
import { writeOutputFile } from '../output-file.js'
import { complianceCommand, frameworksList, reportCommand, type ComplianceFlags, type ReportFlags } from './compliance.js'
import { storeOptions, withStore } from './register-history.js'
import { EXIT } from '../../core/errors.js'

const SCAN_HELP = 'recorded scan: id, id prefix, sequence number or ISO-8601 time (default: the latest finished scan)'

/** Registers `posture compliance`, `posture frameworks list` and `posture report`. */
export function registerComplianceCommands(root: Command, setExit: (code: number) => void): void {
  storeOptions(root.command('compliance').description('compliance scores of a recorded scan against the frameworks'))
    .option('--framework <ids>', 'one framework in detail (sections, accounts, regions, failing requirements with evidence), e.g. pci-dss')
    .option('--scan <scan>', SCAN_HELP)
    .addOption(
      new Option('--format <format>', 'output format (csv: one row per requirement; needs --framework)')
        .choices(['table', 'json', 'csv'])
        .default('table'),
    )
    .option('--trend', 'also show the scores of recent scans of the same target, oldest first')
    .option('--limit <n>', 'scans in the trend (default 30)')
    .option('--evidence <dir>', 'write an audit evidence bundle for --framework into this new directory')
    .action(async (flags: ComplianceFlags) => setExit(await withStore(flags, (s) => complianceCommand(s, flags))))

  const frameworks = root.command('frameworks').description('compliance frameworks Posture maps checks to').exitOverride()
  frameworks
    .command('list')
    .description('list frameworks with their requirement coverage (automated, manual, unmapped)')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .exitOverride()
    .action((flags: { format?: string }) => {
      process.stdout.write(frameworksList(flags))
      setExit(EXIT.OK)
    })

  storeOptions(root.command('report').description('write the report of a recorded scan in any format'))
    .option('--scan <scan>', SCAN_HELP)
    .addOption(new Option('--format <format>', 'report format').choices([...REPORT_FORMATS]).default('table'))
    .option('--framework <ids>', 'score only these frameworks (default: all)')
    .option('--output <file>', 'write to this file instead of stdout')
    .action(async (flags: ReportFlags) =>
      setExit(
        await withStore(flags, async (s) => {
          const rendered = await reportCommand(s, flags)
          if (!flags.output) return rendered
          writeOutputFile(flags.output, rendered)
          process.stderr.write(`posture: ${flags.format ?? 'table'} report written to ${flags.output}\n`)
          return ''
        }),
      ),
    )
}
