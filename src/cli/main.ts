/**
 * `hallflow`: the command line. Each subcommand is a module with a `run(args)` returning an
 * exit code; errors go to stderr with a non-zero code, results to stdout.
 */
import { runMMcCommand } from './mmc.ts';
import { runSimulateCommand } from './simulate.ts';
import { runValidateCommand } from './validate.ts';
import { runCompareCommand } from './compare.ts';
import { runPlanCommand } from './plan.ts';
import { runImportCommand } from './import.ts';
import { runReportCommand } from './report.ts';
import { runMigrateCommand } from './migrate.ts';

const USAGE = `Usage: hallflow <command> [options]

Commands:
  simulate   run a scenario (replications) and print the results
  compare    run scenarios with the same seeds and print paired differences
  plan       plan windows per interval, kiosks, staggered slots, back office and a roster
  report     write the leadership report (HTML, or PDF with Chromium)
  migrate    what-if: windows and 12366 agents as matters move online
  import     read a history CSV (volumes or ticket log), fit it into a scenario, backtest
  validate   check scenario files without running them
  mmc        simulate an M/M/c queue and compare it with Erlang C (the kernel check)

Run "hallflow <command> --help" for the options of a command.`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'simulate':
      return runSimulateCommand(rest);
    case 'compare':
      return runCompareCommand(rest);
    case 'plan':
      return runPlanCommand(rest);
    case 'report':
      return runReportCommand(rest);
    case 'migrate':
      return runMigrateCommand(rest);
    case 'import':
      return runImportCommand(rest);
    case 'validate':
      return runValidateCommand(rest);
    case 'mmc':
      return runMMcCommand(rest);
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      console.log(USAGE);
      return command === undefined ? 2 : 0;
    default:
      console.error(`hallflow: unknown command "${command}"\n\n${USAGE}`);
      return 2;
  }
}
