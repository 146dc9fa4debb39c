/**
 * kam as a user gets it outside the clone: the tarball `npm pack` makes (the suite has just built
 * dist/, so no scripts run), installed with `npm install --global` into a clean temporary prefix:
 * kam's dependencies, none of its devDependencies.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT, tempDir } from './run-kam.js';

export const VERSION = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;
export const DEV_DEPENDENCIES = Object.keys(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).devDependencies as Record<string, string>);

/** `npm pack` of the working copy into a temporary folder; the tarball's path. */
export function packKam(): string {
  const out = tempDir();
  const r = spawnSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', out], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm pack failed: ${r.stderr}`);
  const tarball = join(out, `kam-${VERSION}.tgz`);
  if (!existsSync(tarball)) throw new Error(`npm pack made no ${tarball}`);
  return tarball;
}

/** A PATH with node and the system's tools but no kam (the prefix's bin first), and npm taking kam's dependencies from its cache when it can. */
export function cleanEnv(prefix: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: [join(prefix, 'bin'), dirname(process.execPath), '/usr/local/bin', '/usr/bin', '/bin'].join(':'),
    HOME: process.env.HOME ?? '/tmp',
    NPM_CONFIG_PREFIX: prefix,
    npm_config_prefer_offline: 'true',
    npm_config_update_notifier: 'false',
    ...extra,
  };
}

/** `npm install --global TARBALL` into a fresh prefix; the prefix. */
export function installKam(tarball: string): string {
  const prefix = tempDir();
  const r = spawnSync('npm', ['install', '--global', '--no-audit', '--no-fund', tarball], { env: cleanEnv(prefix), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm install failed: ${r.stderr}`);
  return prefix;
}

/** The packages installed beside kam in a prefix. */
export function installedPackages(prefix: string): string[] {
  const dir = join(prefix, 'lib/node_modules/kam/node_modules');
  return readdirSync(dir).filter((n) => !n.startsWith('.')).flatMap((n) => (n.startsWith('@') ? readdirSync(join(dir, n)).map((m) => `${n}/${m}`) : [n]));
}

/**
 * kam's devDependencies installed in a prefix that nothing installed needs: what a tarball must
 * never bring. (A devDependency that is also a runtime dependency of one of kam's dependencies —
 * `@types/node`, which exceljs's fast-csv depends on — is installed for that package, not for kam.)
 */
export function devOnlyInstalled(prefix: string): string[] {
  const dir = join(prefix, 'lib/node_modules/kam/node_modules');
  const installed = installedPackages(prefix);
  const needed = new Set<string>();
  for (const name of installed) {
    const p = JSON.parse(readFileSync(join(dir, name, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> };
    for (const dep of [...Object.keys(p.dependencies ?? {}), ...Object.keys(p.optionalDependencies ?? {})]) needed.add(dep);
  }
  return installed.filter((p) => DEV_DEPENDENCIES.includes(p) && !needed.has(p));
}
