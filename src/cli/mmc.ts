/**
 * `hallflow mmc`: the M/M/c kernel check from the command line, the same model the first page
 * runs in a Web Worker. Prints simulated means with 95% intervals beside Erlang C, or JSON.
 */
import { parseArgs } from 'node:util';
import { ParameterError } from '../sim/errors.ts';
import { runMMcExperiment, type MMcParams } from '../sim/models/mmc.ts';
import { DEFAULT_SEED } from '../sim/scenario/index.ts';

const HELP = `Usage: hallflow mmc [options]

  --lambda N     arrivals per minute (default 9)
  --service N    mean service time, minutes (default 1)
  --servers N    servers (default 10)
  --reps N       replications, >= 2 (default 20)
  --horizon N    minutes per replication (default 2000)
  --warmup N     minutes left out of the statistics (default 200)
  --seed N       random seed, an integer >= 0 (default ${DEFAULT_SEED})
  --json         print the whole report as JSON`;

/** The flag that sets each model parameter, so that errors name what the user typed. */
const FLAG_OF: Record<string, string> = {
  arrivalRate: '--lambda',
  serviceRate: '--service',
  servers: '--servers',
  replications: '--reps',
  horizon: '--horizon',
  warmup: '--warmup',
  seed: '--seed',
};

/** Parses a numeric flag; a value that is not a number is an error naming the flag. */
function numberFlag(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw.trim());
  if (raw.trim() === '' || Number.isNaN(value)) {
    throw new ParameterError(`--${name}`, raw, 'a number', '数值');
  }
  return value;
}

export function runMMcCommand(argv: string[]): number {
  try {
    const { values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        lambda: { type: 'string' },
        service: { type: 'string' },
        servers: { type: 'string' },
        reps: { type: 'string' },
        horizon: { type: 'string' },
        warmup: { type: 'string' },
        seed: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      console.log(HELP);
      return 0;
    }
    const json = Boolean(values.json);
    const service = numberFlag('service', values.service, 1);
    if (!(service > 0) || !Number.isFinite(service))
      throw new ParameterError('--service', values.service, 'a finite number > 0', '大于 0 的有限数值');
    const params: MMcParams = {
      arrivalRate: numberFlag('lambda', values.lambda, 9),
      serviceRate: 1 / service,
      servers: numberFlag('servers', values.servers, 10),
      replications: numberFlag('reps', values.reps, 20),
      horizon: numberFlag('horizon', values.horizon, 2000),
      warmup: numberFlag('warmup', values.warmup, 200),
      seed: numberFlag('seed', values.seed, DEFAULT_SEED),
    };
    const report = runMMcExperiment(params);
    if (json) {
      console.log(JSON.stringify(report, null, 2));
      return 0;
    }
    const row = (name: string, e: { mean: number; halfWidth: number }, exact: number, stable: boolean) =>
      `  ${name.padEnd(22)} ${e.mean.toFixed(4).padStart(9)} ± ${e.halfWidth.toFixed(4).padEnd(8)} ${stable ? exact.toFixed(4).padStart(9) : '  unstable'}`;
    const { simulated: s, theory: t } = report;
    console.log(
      `M/M/${params.servers}: lambda ${params.arrivalRate}/min, mean service ${service} min, rho ${((params.arrivalRate * service) / params.servers).toFixed(3)}`,
    );
    console.log(`  ${'measure'.padEnd(22)} ${'simulated (95% CI)'.padEnd(20)} ${'Erlang C'.padStart(9)}`);
    console.log(row('mean wait (min)', s.meanWait, t.meanWait, t.stable));
    console.log(row('P(wait > 0)', s.pWait, t.pWait, t.stable));
    console.log(row('utilisation', s.utilisation, t.utilisation, true));
    console.log(`  ${params.replications} replications, ${report.customers} customers, ${report.events} events`);
    return 0;
  } catch (error) {
    if (error instanceof ParameterError) {
      const flag = FLAG_OF[error.param];
      const e = flag ? new ParameterError(flag, error.value, error.allowed, error.allowedZh) : error;
      console.error(`hallflow mmc: ${e.message}\nhallflow mmc：${e.messageZh}`);
      return 2;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      console.error(`hallflow mmc: ${error.message}\n\n${HELP}`);
      return 2;
    }
    throw error;
  }
}
