/** What the workshop writes: the result snapshot, the brief with the team's sections, criteria.csv. */
import { dirname } from 'node:path';
import { ensureFolder, writeAtomicallyAsync } from '../app/files.js';
import { recordInputs } from '../app/paths.js';
import type { Evaluation } from '../core/engine.js';
import type { RatingsReport } from '../core/ratings.js';
import { buildResult, factorRecords, type KamResult, type ResultContext } from '../core/result.js';
import type { Factor } from '../core/types.js';
import { csvText, markdownSafe } from '../render/escape.js';
import { RESULT_FORMATS, type ResultFormat } from '../render/formats.js';
import { DEFAULT_PICTURE } from '../render/picture/options.js';
import type { BriefSection, ResultDocument } from '../render/result-document.js';
import { plainPalette } from '../render/style.js';
import type { Session } from '../session/schema.js';
import type { WorkshopData } from './context.js';

export function workshopResultContext(inputs: WorkshopData['inputs'] | Session['inputs'], generatedAt: string, kamVersion: string, ratings?: RatingsReport): ResultContext {
  return {
    generatedAt,
    kamVersion,
    inputs: {
      customers: inputs.customers,
      ...(inputs.criteria ? { criteria: inputs.criteria } : {}),
      ...(inputs.ratings ? { ratings: inputs.ratings } : {}),
    },
    ...(ratings ? { ratings } : {}),
  };
}

export function snapshot(data: WorkshopData, ev: Evaluation, ctx: ResultContext): KamResult {
  return buildResult(data.portfolio, ev, ctx);
}

/** What kam suggested and the team did not decide, as the brief marks it. */
const NOT_DECIDED = "kam's suggestion, not decided by the team";

/** The brief's sections from the team's answers, as Markdown: what the team decided, and what it did not. */
export function briefSections(session: Session): BriefSection[] {
  const a = session.answers;
  const out: BriefSection[] = [];
  if (a.objectives) {
    const list = [...a.objectives.chosen, ...a.objectives.own].map((o) => `- ${markdownSafe(o)}`);
    const undecided = a.objectives.smartDecided === false ? ` (${NOT_DECIDED})` : '';
    out.push({ title: 'Objectives', body: [...list, '', `SMART${undecided}: ${markdownSafe(a.objectives.smart)}`].join('\n') });
  }
  if (a.resources) {
    const r = a.resources;
    const modes = Object.entries(r.salesModes).map(([q, m]) => `${q}: ${markdownSafe(m)}`).join('; ');
    const key = r.keyCapacity;
    // Sessions from before step 2 asked it (no keyCapacity at all) say nothing about it.
    const split = key === undefined ? '' : key === null ? ' for key and key-development accounts together' : `: ${key} for key accounts, ${r.capacity - key} for key-development accounts`;
    const undecided = r.decided === false ? ` (${NOT_DECIDED})` : '';
    out.push({ title: 'Resources', body: `${r.managers} key-account managers × ${r.accountsEach} accounts each = capacity ${r.capacity}${split}${undecided}. Sales modes: ${modes}.` });
  }
  if (a.team && a.team.members.length > 0) {
    out.push({ title: 'Selection team', body: a.team.members.map((m) => `- ${markdownSafe(m.name)}: ${markdownSafe(m.role)}`).join('\n') });
  }
  if (a.market?.channels && a.market.channels.length > 0) {
    const note = a.market.teamNote ? ` ${markdownSafe(a.market.teamNote)}` : '';
    out.push({ title: 'Market map', body: `The channels that matter for key accounts: ${a.market.channels.map(markdownSafe).join(', ')}.${note} (${markdownSafe(a.market.note)}.)` });
  }
  const settled = [...(a.attractiveness?.settled ?? []), ...(a.strength?.settled ?? [])];
  if (settled.length > 0) {
    const lines = settled.map((s) => {
      const who = `${s.account} ${s.factor}${s.competitor === null ? '' : ` vs ${s.competitor}`}`;
      const raters = s.raters.map((r) => (r.rater === null ? String(r.score) : `${r.rater} ${r.score}`)).join(', ');
      return `- ${markdownSafe(who)}: agreed ${s.score} (the raters said ${markdownSafe(raters)}): ${markdownSafe(s.reason)}`;
    });
    out.push({ title: 'Settled disagreements', body: lines.join('\n') });
  }
  if (a.review) {
    const moved = a.review.moved.length > 0 ? `\n\nSince the last review:\n\n${a.review.moved.map((m) => `- ${markdownSafe(m)}`).join('\n')}` : '';
    out.push({ title: 'Review', body: `Next review: ${markdownSafe(a.review.nextReview)}.${moved}` });
  }
  return out;
}

/** The files of step 9 beside BASE: the brief (Markdown, and HTML for the business), the results (JSON, CSV). */
export const SELECTION_FILES: ReadonlyArray<[ResultFormat, string]> = [
  ['markdown', '.md'],
  ['json', '.json'],
  ['csv', '.csv'],
  ['html', '.html'],
];

/**
 * Writes BASE.md (the brief), BASE.json and BASE.csv (the results) and BASE.html (the brief as a
 * web page); returns the paths written. The inputs they name are recorded relative to them
 * (`from`: the folder the paths in `doc` start from — the session's, as the workshop keeps them).
 */
export async function writeSelectionFiles(base: string, doc: ResultDocument, strengthAxis: 'left' | 'right', from: string): Promise<string[]> {
  const files = SELECTION_FILES.map(([format, ext]): [ResultFormat, string] => [format, `${base}${ext}`]);
  ensureFolder(dirname(base));
  const recorded: ResultDocument = { ...doc, ctx: { ...doc.ctx, inputs: recordInputs(doc.ctx.inputs, `${base}.json`, from) } };
  for (const [format, file] of files) {
    const write = await RESULT_FORMATS[format].load();
    await writeAtomicallyAsync(file, (w) => write(w, recorded, { width: 100, palette: plainPalette, top: 200, strengthAxis, picture: DEFAULT_PICTURE }));
  }
  return files.map(([, file]) => file);
}

const CRITERIA_COLUMNS = ['factor', 'axis', 'weight', 'min', 'max', 'direction', 'normalize', 'kind', 'description'];

/** The agreed factors as a criteria.csv (METHOD.md §2) that `kam select` reads back. */
export function criteriaCsv(factors: readonly Factor[]): string {
  const rows = factorRecords(factors).map((f) =>
    [csvText(f.factor), f.axis, String(f.weight), String(f.min), String(f.max), f.direction, csvText(f.normalize), f.kind, csvText(f.description)].join(','),
  );
  return `${[CRITERIA_COLUMNS.join(','), ...rows].join('\n')}\n`;
}
