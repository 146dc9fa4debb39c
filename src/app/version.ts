import { readFileSync } from 'node:fs';

let cached: string | null = null;

/** kam's version, from package.json (two folders up from both src/cli and dist/cli). */
export function kamVersion(): string {
  cached ??= (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  return cached;
}
