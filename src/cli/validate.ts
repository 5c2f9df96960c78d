/** `hallflow validate SCENARIO.json`: checks a scenario without running it. */
import { loadScenario } from './scenario-file.ts';

export function runValidateCommand(argv: string[]): number {
  const files = argv.filter((a) => !a.startsWith('-'));
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(
      'Usage: hallflow validate SCENARIO.json [...]\n\nChecks scenario files; prints every problem in English and Chinese. Exit code 1 when one is invalid.',
    );
    return 0;
  }
  if (files.length === 0) {
    console.error('hallflow validate: give a scenario file / 请指定方案文件');
    return 2;
  }
  let bad = 0;
  for (const f of files) {
    const loaded = loadScenario(f);
    if (loaded.ok) console.log(`${f}: valid / 有效`);
    else {
      bad++;
      for (const line of loaded.lines) console.error(line);
    }
  }
  return bad > 0 ? 1 : 0;
}
