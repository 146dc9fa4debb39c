/** Colours, decided once in main and passed down as one Chalk instance (chalk ignores NO_COLOR). */
import type { ChalkInstance } from 'chalk';
import type { Quadrant } from '../core/types.js';
import type { ChartStyle } from './kaism-chart.js';

export interface Palette {
  quadrant(q: Quadrant, text: string): string;
  bold(text: string): string;
  dim(text: string): string;
  good(text: string): string;
  warn(text: string): string;
  error(text: string): string;
}

const plain = (t: string): string => t;

export const plainPalette: Palette = { quadrant: (_q, t) => t, bold: plain, dim: plain, good: plain, warn: plain, error: plain };

export function chalkPalette(chalk: ChalkInstance): Palette {
  if (chalk.level === 0) return plainPalette;
  const byQuadrant: Record<Quadrant, (t: string) => string> = {
    key: (t) => chalk.green.bold(t),
    'key-development': (t) => chalk.yellow(t),
    maintenance: (t) => chalk.cyan(t),
    opportunistic: (t) => chalk.magenta(t),
  };
  return {
    quadrant: (q, t) => byQuadrant[q](t),
    bold: (t) => chalk.bold(t),
    dim: (t) => chalk.dim(t),
    good: (t) => chalk.green(t),
    warn: (t) => chalk.yellow(t),
    error: (t) => chalk.red(t),
  };
}

export function chartStyle(p: Palette): ChartStyle {
  return { quadrant: p.quadrant, axis: p.dim, dim: p.dim };
}
