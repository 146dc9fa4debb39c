/**
 * Where output goes, decided once: a file written atomically (-o) or standard output; the colour
 * level and the width that follow from it; progress while a large output is written; warnings on
 * standard error for the formats that do not show their own. Every command writes through here.
 */
import { resolve } from 'node:path';
import { terminalSafe } from '../render/escape.js';
import { RESULT_FORMATS, type ResultFormat } from '../render/formats.js';
import type { RenderOptions, ResultDocument } from '../render/result-document.js';
import type { Sink } from '../render/sink.js';
import { chalkPalette, plainPalette, type Palette } from '../render/style.js';
import { writeAtomicallyAsync } from './files.js';
import { t } from '../i18n/index.js';
import { colorLevel, terminalWidth, type Io } from './io.js';
import type { Progress } from './progress.js';
import { say } from '../i18n/index.js';

export interface OutputSpec {
  /** -o FILE; undefined for standard output (`-` is standard output too). */
  path: string | undefined;
  /** --no-color turns colour off; NO_COLOR, FORCE_COLOR and the terminal decide the rest. */
  color: boolean;
}

/** The output's surroundings: a file gets no colour and 100 columns, a terminal its own width. */
export interface Target {
  toFile: boolean;
  width: number;
  palette: Palette;
}

export async function outputTarget(spec: OutputSpec, io: Io): Promise<Target> {
  const toFile = spec.path !== undefined;
  const level = toFile ? 0 : colorLevel(io, spec.color);
  return { toFile, width: toFile ? 100 : terminalWidth(io), palette: await paletteFor(level) };
}

/** The palette of a colour level; chalk is loaded only for colour (most runs write plain text). */
export async function paletteFor(level: 0 | 1 | 2 | 3): Promise<Palette> {
  return level === 0 ? plainPalette : chalkPalette(new (await import('chalk')).Chalk({ level }));
}

/**
 * Writes `render`'s output to -o (atomically) or standard output, counting the bytes for the
 * progress line unless the output shares the terminal with it. A writer may be asynchronous
 * (a workbook is zipped so): the file is replaced once it has finished.
 */
export async function emit(spec: Pick<OutputSpec, 'path'>, io: Io, render: (out: Sink) => void | Promise<void>, progress?: Progress): Promise<void> {
  let written = 0;
  const counted = (sink: Sink): Sink =>
    progress
      ? (chunk) => {
          written += chunk.length;
          progress.writing(written);
          sink(chunk);
        }
      : sink;
  if (spec.path !== undefined) {
    await writeAtomicallyAsync(resolve(io.cwd, spec.path), (w) => render(counted(w)));
  } else if (io.stdout.isTTY) {
    // The output goes to the same screen: clear the progress line first, then print.
    progress?.done();
    await render((c) => void io.stdout.write(c));
  } else {
    await render(counted((c) => void io.stdout.write(c)));
  }
  progress?.done();
}

/** Warnings as `kam: warning: …` lines on standard error, stripped of control characters. */
export function warn(io: Io, warnings: readonly string[], prefix = ''): void {
  const label = t('app.output.warning');
  for (const w of warnings) io.stderr.write(`kam: ${label} ${prefix}${terminalSafe(w)}\n`);
}

/** Notes (which sheet of a workbook was read) as `kam: note: …` lines on standard error. */
export function note(io: Io, notes: ReadonlyArray<string | null>): void {
  const label = t('app.output.note');
  for (const n of notes) if (n !== null) io.stderr.write(`kam: ${label} ${terminalSafe(n)}\n`);
}

/** How a result is to be written: its format, where, and the table's, chart's, pictures' and spreadsheet CSV's options. */
export interface ResultOutput extends Pick<RenderOptions, 'top' | 'strengthAxis' | 'picture' | 'excel'> {
  format: ResultFormat;
  output: OutputSpec;
  /** --quiet: no warnings on standard error. */
  quiet?: boolean;
}

/** Writes a result in its format (the writer loaded from the registry), then the warnings the format does not show. */
export async function emitResult(o: ResultOutput, io: Io, doc: ResultDocument, progress?: Progress): Promise<void> {
  const format = RESULT_FORMATS[o.format];
  const write = await format.load();
  const t = await outputTarget(o.output, io);
  await emit(o.output, io, (out) => write(out, doc, { width: t.width, palette: t.palette, top: o.top, strengthAxis: o.strengthAxis, picture: o.picture, excel: o.excel }), progress);
  if ((!format.human || t.toFile) && !o.quiet) warn(io, doc.ev.warnings.map((w) => say(w)));
}
