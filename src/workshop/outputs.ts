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
import { language, say, t } from '../i18n/index.js';
import { movementMessages } from '../render/review/wording.js';
import { QUADRANT, SALES_MODE } from '../core/vocabulary.js';
import { quadrantName, salesModeName } from '../render/text.js';
import { longDate, plain } from '../i18n/numbers.js';
import type { WorkshopData } from './context.js';
import { marketNoteText } from './steps-portfolio.js';
import { objectiveText, roleName, smartText } from './steps-setup.js';

/** The next review date as the reader's language writes a day: ISO in English (as kam always wrote it), Kamis, 04 Maret 2027 in Indonesian. */
export const reviewDate = (iso: string): string => (language() === 'en' ? iso : longDate(iso));

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

/**
 * The brief's sections from the team's answers, as Markdown in the reader's language: what the
 * team decided, and what it did not. (kam's own words recorded in the session in English — its
 * objectives, its SMART suggestion, the market note — are shown in the reader's language.)
 * The movement since the comparison is said in the reader's language from what step 10 recorded
 * (sessions of older versions recorded only its English sentences, shown as they are).
 */
export function briefSections(session: Session): BriefSection[] {
  const a = session.answers;
  const out: BriefSection[] = [];
  const notDecided = t('workshop.brief.notDecided');
  if (a.objectives) {
    const list = [...a.objectives.chosen.map(objectiveText), ...a.objectives.own].map((o) => `- ${markdownSafe(o)}`);
    const undecided = a.objectives.smartDecided === false ? ` (${notDecided})` : '';
    out.push({ title: t('workshop.brief.objectives'), body: [...list, '', `SMART${undecided}: ${markdownSafe(smartText(a.objectives.smart))}`].join('\n') });
  }
  if (a.resources) {
    const r = a.resources;
    const modes = Object.entries(r.salesModes)
      .map(([q, m]) => `${QUADRANT.includes(q) ? quadrantName(q) : q}: ${markdownSafe(SALES_MODE.includes(m) ? salesModeName(m) : m)}`)
      .join('; ');
    const key = r.keyCapacity;
    // Sessions from before step 2 asked it (no keyCapacity at all) say nothing about it.
    const split = key === undefined ? '' : key === null ? t('workshop.brief.together') : t('workshop.brief.apart', { key, development: r.capacity - key });
    const undecided = r.decided === false ? ` (${notDecided})` : '';
    out.push({
      title: t('workshop.brief.resources'),
      body: t('workshop.brief.resourcesBody', { managers: r.managers, each: r.accountsEach, capacity: r.capacity, split, undecided, modes }),
    });
  }
  if (a.team && a.team.members.length > 0) {
    out.push({ title: t('workshop.brief.team'), body: a.team.members.map((m) => `- ${markdownSafe(m.name)}: ${markdownSafe(roleName(m.role))}`).join('\n') });
  }
  if (a.market?.channels && a.market.channels.length > 0) {
    const note = a.market.teamNote ? ` ${markdownSafe(a.market.teamNote)}` : '';
    out.push({
      title: t('workshop.brief.market'),
      body: t('workshop.brief.marketBody', { channels: a.market.channels.map(markdownSafe).join(', '), note, market: markdownSafe(marketNoteText(a.market.note)) }),
    });
  }
  const settled = [...(a.attractiveness?.settled ?? []), ...(a.strength?.settled ?? [])];
  if (settled.length > 0) {
    const lines = settled.map((s) => {
      const who = `${s.account} ${s.factor}${s.competitor === null ? '' : ` vs ${s.competitor}`}`;
      const raters = s.raters.map((r) => (r.rater === null ? plain(r.score) : `${r.rater} ${plain(r.score)}`)).join(', ');
      return t('workshop.brief.settledLine', { who: markdownSafe(who), score: plain(s.score), raters: markdownSafe(raters), reason: markdownSafe(s.reason) });
    });
    out.push({ title: t('workshop.brief.settled'), body: lines.join('\n') });
  }
  if (a.review) {
    const moved = a.review.movement ? movementMessages(a.review.movement).map((m) => say(m)) : a.review.moved;
    const since = moved.length > 0 ? `\n\n${t('workshop.brief.since')}\n\n${moved.map((m) => `- ${markdownSafe(m)}`).join('\n')}` : '';
    out.push({ title: t('workshop.brief.review'), body: `${t('workshop.finished.nextReview', { date: markdownSafe(reviewDate(a.review.nextReview)) })}${since}` });
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
