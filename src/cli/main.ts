/**
 * `hallflow`: the command line. Each subcommand is a module with a `run(args)` returning an
 * exit code; errors go to stderr with a non-zero code, results to stdout. Subcommands are loaded
 * when asked for (issue 15): `hallflow --help` loads none of them, and each command only what it
 * uses (the bundle, scripts/build-cli.mjs, splits them into chunks of their own).
 */
const USAGE = `Usage: hallflow <command> [options]

Commands:
  simulate   run a scenario (replications) and print the results
  compare    run scenarios with the same seeds and print paired differences
  plan       plan windows per interval, kiosks, staggered slots, back office and a roster
  batch      run and plan many halls from a manifest (resumable), ranked by shortfall
  worker     run batch jobs from a Redis queue (hallflow batch --queue), on any machine
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
      return (await import('./simulate.ts')).runSimulateCommand(rest);
    case 'compare':
      return (await import('./compare.ts')).runCompareCommand(rest);
    case 'plan':
      return (await import('./plan.ts')).runPlanCommand(rest);
    case 'batch':
      return (await import('./batch.ts')).runBatchCommand(rest);
    case 'worker':
      return (await import('./worker.ts')).runWorkerCommand(rest);
    case 'report':
      return (await import('./report.ts')).runReportCommand(rest);
    case 'migrate':
      return (await import('./migrate.ts')).runMigrateCommand(rest);
    case 'import':
      return (await import('./import.ts')).runImportCommand(rest);
    case 'validate':
      return (await import('./validate.ts')).runValidateCommand(rest);
    case 'mmc':
      return (await import('./mmc.ts')).runMMcCommand(rest);
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
