/** The pictures' flags, parsed once by planRun: --bubble, --width, --scale, and no PNG on a terminal. */
import { describe, expect, it } from 'vitest';
import type { SelectFlags } from '../../src/app/flags.js';
import { planRun } from '../../src/app/plan.js';
import { UsageError } from '../../src/core/errors.js';
import { checkedMain as main, ROOT } from '../helpers/run-kam.js';
import { ttyIo } from '../workshop/helpers.js';

const flags = (more: Partial<SelectFlags>): SelectFlags => ({
  format: 'table',
  missing: 'error',
  split: 'midpoint',
  sort: 'quadrant',
  strengthAxis: 'left',
  top: '200',
  interactive: false,
  color: false,
  ...more,
});
const plan = (more: Partial<SelectFlags>, tty = false) => planRun('examples/customers.csv', flags(more), ttyIo(ROOT, tty).io);
const usage = (more: Partial<SelectFlags>, tty = false): string => {
  try {
    plan(more, tty);
  } catch (e) {
    if (e instanceof UsageError) return e.message;
    throw e;
  }
  throw new Error('no usage error');
};

describe('planRun: the pictures', () => {
  it('defaults: bubbles by revenue when the file has it (null), a PNG 1920 px wide', () => {
    expect(plan({ format: 'svg' }).picture).toEqual({ bubble: null, pngWidth: 1920 });
    expect(plan({}).picture).toEqual({ bubble: null, pngWidth: 1920 });
  });

  it('--bubble takes a value of its vocabulary, in any case', () => {
    expect(plan({ format: 'html', bubble: ' Potential ' }).picture.bubble).toBe('potential');
    expect(plan({ format: 'png', bubble: 'none', output: 'm.png' }).picture.bubble).toBe('none');
    expect(usage({ format: 'svg', bubble: 'margin' })).toBe('--bubble "margin" is not valid; use revenue, potential, none.');
    expect(usage({ format: 'csv', bubble: 'revenue' })).toBe('--bubble sizes the bubbles of the pictures: use it with --format svg, png or html.');
  });

  it('--width in pixels (a px suffix allowed), --scale as a multiple of 1280 px', () => {
    expect(plan({ format: 'png', width: '1000px', output: 'm.png' }).picture.pngWidth).toBe(1000);
    expect(plan({ format: 'png', scale: '1.5', output: 'm.png' }).picture.pngWidth).toBe(1920);
    expect(plan({ format: 'png', scale: '2,5x', output: 'm.png' }).picture.pngWidth).toBe(3200);
    expect(usage({ format: 'png', width: '319', output: 'm.png' })).toBe('--width "319" must be a whole number of pixels from 320 to 8000.');
    expect(usage({ format: 'png', scale: '7', output: 'm.png' })).toBe('--scale "7" must be a number from 0.25 to 6.25.');
    expect(usage({ format: 'png', width: '800', scale: '2', output: 'm.png' })).toBe('Give --width or --scale, not both.');
    expect(usage({ format: 'html', scale: '2' })).toBe('--scale sets the size of a PNG: use it with --format png.');
  });

  it('refuses a PNG to a terminal, not to a file or a pipe', () => {
    expect(usage({ format: 'png' }, true)).toBe('--format png writes a binary image: give -o FILE.png (or redirect standard output).');
    expect(plan({ format: 'png', output: 'm.png' }, true).format).toBe('png');
    expect(plan({ format: 'png' }, false).format).toBe('png');
  });

  it('--explain goes with json and html only', () => {
    expect(plan({ format: 'html', explain: true }).explain).toBe(true);
    expect(usage({ format: 'svg', explain: true })).toMatch(/^--explain adds explanations to the JSON result, the HTML brief or the workbook/);
  });

  it('through main(): a PNG to the terminal is a usage error (exit 2) and writes nothing', async () => {
    const { io, out, err } = ttyIo(ROOT, true);
    expect(await main(['select', 'examples/customers.csv', '--format', 'png', '--no-interactive'], io)).toBe(2);
    expect(out()).toBe('');
    expect(err()).toBe('kam: --format png writes a binary image: give -o FILE.png (or redirect standard output).\n');
  });
});
