/** What every result writer gets, whatever its format: the one signature of the result formats. */
import type { Evaluation } from '../core/engine.js';
import type { ResultContext } from '../core/result.js';
import type { Portfolio } from '../core/types.js';
import type { SpreadsheetLocale } from '../core/vocabulary.js';
import type { PictureOptions } from './picture/options.js';
import type { Sink } from './sink.js';
import type { Palette } from './style.js';

/** A section the workshop adds to the brief (objectives, resources, team, review), already Markdown. */
export interface BriefSection {
  title: string;
  body: string;
}

/** One evaluated run: the portfolio, its evaluation and the context of the result document. */
export interface ResultDocument {
  portfolio: Portfolio;
  ev: Evaluation;
  ctx: ResultContext;
  /** The workshop's sections of the brief. */
  sections?: BriefSection[];
  /** Who set fixed boundaries, for the method line (`set by the selection team in step 6`); --split otherwise. */
  splitSetBy?: string;
}

/** How the run is shown: where it goes decides width and colour (app/output.ts). */
export interface RenderOptions {
  width: number;
  palette: Palette;
  /** Most table rows shown; the rest are counted. */
  top: number;
  /** Where high strength sits on the chart. */
  strengthAxis: 'left' | 'right';
  /** The pictures (svg, png, html): bubble column and PNG width. */
  picture: PictureOptions;
  /** `--excel`: CSV for a spreadsheet of this locale (the CSV writer); null or absent: the machine CSV. */
  excel?: SpreadsheetLocale | null;
}

/**
 * A result writer: chunks to `out`. It may be asynchronous (a workbook is zipped so); output
 * (app/output.ts) awaits it, and replaces an -o file only when it has finished.
 */
export type ResultWriter = (out: Sink, doc: ResultDocument, options: RenderOptions) => void | Promise<void>;
