/**
 * The repository's root, found from this module's place: the nearest folder above it with the
 * project's package.json. The CLI runs from src/cli (tsx, tests) or from a bundle chunk in .cli/
 * (scripts/build-cli.mjs), so a fixed relative path would be right in one of them only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let found: string | null = null;

export function repoRoot(): string {
  if (found) return found;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'hallflow')
      return (found = dir);
    const up = dirname(dir);
    if (up === dir) throw new Error('the hallflow repository root was not found above the CLI');
    dir = up;
  }
}
