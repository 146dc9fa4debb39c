/**
 * The real Prompter: @inquirer/prompts on the terminal, loaded only when a workshop or `kam
 * weights` asks. It owns the screen: `screen()` clears it and writes the header on the top line;
 * what is shown and answered is kept, so a resized terminal gets the whole screen drawn again at
 * its new size with the open question asked anew. Esc in a question is a StepMenuRequest; Ctrl-C
 * becomes kam's CancelledError (the one place).
 */
import { emitKeypressEvents } from 'node:readline';
import { CancelledError } from '../core/errors.js';
import { language, t as msg } from '../i18n/index.js';
import { withoutBidi } from '../render/escape.js';
import { cut, textWidth, wrap } from '../render/text-width.js';
import { keysPrompt, comparisonsPrompt } from './custom-prompts.js';
import { StepMenuRequest, type Prompter, type Size } from './prompter.js';

type Inquirer = typeof import('@inquirer/prompts');

/** The terminal the prompts run on. */
export interface PromptTerminal {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  write(text: string): void;
  columns(): number;
  rows(): number;
  /** Calls back when the terminal is resized; returns the way to stop listening. */
  onResize?(callback: () => void): () => void;
}

type Entry = { lines: string[] } | { render: (size: Size) => string[] };

const CLEAR = '\u001b[H\u001b[2J\u001b[3J';
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;

/** Rows a line takes at `columns` (long lines wrap). */
const rowsOf = (line: string, columns: number): number => Math.max(1, Math.ceil(textWidth(line.replace(ANSI, '')) / Math.max(1, columns)));

/** A question with its message and choices stripped of bidi controls (the last guard before the terminal). */
function clean<X extends { message: string; choices?: ReadonlyArray<{ name: string; description?: string }> }>(x: X): X {
  const out: X = { ...x, message: withoutBidi(x.message) };
  if (x.choices) {
    const choices = x.choices.map((c) => ({ ...c, name: withoutBidi(c.name), ...(c.description === undefined ? {} : { description: withoutBidi(c.description) }) }));
    Object.assign(out, { choices });
  }
  return out;
}

const KEY_WORDS: Readonly<Record<string, Parameters<typeof msg>[0]>> = {
  navigate: 'workshop.keys.navigate',
  select: 'workshop.keys.select',
  all: 'workshop.keys.all',
  invert: 'workshop.keys.invert',
  submit: 'workshop.keys.submit',
};

/**
 * Inquirer's words in the reader's language: the key help under a list or a checkbox, drawn as
 * inquirer draws it (the key bold, its action dim).
 */
function listTheme() {
  const bold = (x: string) => `\u001b[1m${x}\u001b[22m`;
  const dim = (x: string) => `\u001b[2m${x}\u001b[22m`;
  const word = (x: string) => (KEY_WORDS[x] ? msg(KEY_WORDS[x]) : x);
  return {
    style: {
      keysHelpTip: (keys: Array<[string, string]>) => keys.map(([k, action]) => (k === 'space' ? `${bold(msg('workshop.keys.space'))} ${dim(msg('workshop.keys.tick'))}` : `${bold(k)} ${dim(word(action))}`)).join(dim(' • ')),
      // @inquirer/search writes its one message of its own, "No results found", through the theme's error style.
      error: (text: string) => `\u001b[31m> ${text === 'No results found' ? msg('workshop.search.none') : text}\u001b[39m`,
    },
  };
}

/** The confirm's Yes/No in the reader's language (y and n are accepted in every language). */
function yesNoTheme() {
  return { keywords: { yes: msg('workshop.confirm.yesWord'), no: msg('workshop.confirm.noWord'), error: ({ yes, no }: { yes: string; no: string }) => `${yes} / ${no}?` } };
}

/** Why a prompt was aborted by kam rather than by the person. */
type Interruption = 'menu' | 'resize';

export async function inquirerPrompter(t: PromptTerminal): Promise<Prompter> {
  const q: Inquirer = await import('@inquirer/prompts');
  // The width tables (emoji sequences, East Asian Width) are compiled on first use: pay that
  // here, before the first screen, so no question appears a moment after its header.
  textWidth('◉ 日 \u{1F468}\u200D\u{1F469}');
  emitKeypressEvents(t.input as NodeJS.ReadStream);
  let header: string | null = null;
  let intro: string[] = [];
  let entries: Entry[] = [];
  let rowsUsed = 0;
  const size = (): Size => ({ columns: t.columns(), rows: t.rows() });

  /** Prose longer than the terminal is wrapped at words; tables and charts already fit. */
  const fitLines = (lines: string[]): string[] => {
    const width = t.columns();
    return lines.flatMap((l) => (textWidth(l) > width && !l.includes('\u001b') ? wrap(l, width, '  ') : [l]));
  };
  const print = (lines: string[]): void => {
    const width = t.columns();
    for (const l of lines) {
      t.write(`${withoutBidi(l)}\n`);
      rowsUsed += rowsOf(l, width);
    }
  };
  const draw = (): void => {
    rowsUsed = 0;
    if (header === null) return;
    t.write(CLEAR);
    print([header, ...fitLines(intro)]);
    for (const e of entries) print(fitLines('lines' in e ? e.lines : e.render(size())));
  };

  /**
   * Runs one inquirer prompt: Esc opens the step menu, a resize draws the screen again and asks
   * again; the answered line stays on the screen (and is drawn again after a resize).
   */
  async function ask<T>(noMenu: boolean | undefined, run: (signal: AbortSignal) => Promise<T>, answered: (value: T) => string): Promise<T> {
    for (;;) {
      const controller = new AbortController();
      let why: Interruption | null = null;
      const interrupt = (reason: Interruption) => {
        why = reason;
        controller.abort();
      };
      const onKey = (_s: string, key: { name?: string; ctrl?: boolean; meta?: boolean } | undefined) => {
        if (!noMenu && key?.name === 'escape') interrupt('menu');
      };
      t.input.on('keypress', onKey);
      const stopResize = t.onResize?.(() => interrupt('resize'));
      try {
        const value = await run(controller.signal);
        // The prompt is cleared when answered; one line (cut to the width) records the answer.
        const line = cut(answered(value), t.columns());
        entries.push({ lines: [line] });
        print([line]);
        return value;
      } catch (e) {
        if (e instanceof Error && e.name === 'ExitPromptError') throw new CancelledError();
        if (e instanceof Error && e.name === 'AbortPromptError' && why !== null) {
          if (why === 'menu') {
            t.write('\n');
            throw new StepMenuRequest();
          }
          draw();
          continue;
        }
        throw e;
      } finally {
        t.input.removeListener('keypress', onKey);
        stopResize?.();
      }
    }
  }
  const context = (signal: AbortSignal) => ({ input: t.input, output: t.output, signal, clearPromptOnDone: true });
  /** Rows left for a list under what the screen shows (at least 5). */
  const pageSize = (reserve = 3): number => Math.max(5, t.rows() - rowsUsed - reserve);
  const done = (message: string, answer: string): string => `✔ ${message} ${answer}`.replace(/\s+/g, ' ');
  // Inquirer's own words (the key help under a list, Yes/No) in the reader's language; English keeps inquirer's defaults.
  const local = language() !== 'en';
  const theme = local ? { theme: listTheme() } : {};
  const confirmTheme = local ? { theme: yesNoTheme() } : {};

  return {
    input: (x0) => {
      const x = clean(x0);
      return ask(x.noMenu, (signal) => q.input({ message: x.message, default: x.default, validate: x.validate }, context(signal)), (v) => done(x.message, v));
    },
    select: (x0) => {
      const x = clean(x0);
      const nameOf = (v: unknown) => x.choices.find((c) => c.value === v)?.name ?? String(v);
      if (x.searchable) {
        return ask(
          x.noMenu,
          (signal) =>
            q.search(
              {
                message: x.message,
                ...theme,
                pageSize: pageSize(4),
                source: (term) => {
                  const words = (term ?? '').toLowerCase().split(/\s+/).filter((w) => w !== '');
                  return x.choices.filter((c) => words.every((w) => c.name.toLowerCase().includes(w))).map((c) => ({ value: c.value, name: c.name }));
                },
              },
              context(signal),
            ),
          (v) => done(x.message, nameOf(v)),
        );
      }
      return ask(
        x.noMenu,
        (signal) => q.select({ message: x.message, ...theme, choices: x.choices, default: x.default, pageSize: x.showAll ? x.choices.length : Math.min(x.choices.length, pageSize()), loop: false }, context(signal)),
        (v) => done(x.message, nameOf(v)),
      );
    },
    checkbox: (x0) => {
      const x = clean(x0);
      return ask(
        x.noMenu,
        (signal) =>
          q.checkbox(
            {
              message: x.message,
              ...theme,
              choices: x.choices.map((c) => ({ value: c.value, name: c.name, checked: c.checked ?? false, description: c.description === undefined ? undefined : wrap(c.description, Math.max(20, t.columns() - 1)).join('\n') })),
              validate: x.validate ? (items) => x.validate!(items.map((i) => i.value)) : undefined,
              pageSize: Math.min(x.choices.length, pageSize(x.choices.some((c) => c.description) ? 5 : 3)),
              loop: false,
            },
            context(signal),
          ),
        (vs) => done(x.message, x.choices.filter((c) => vs.includes(c.value)).map((c) => c.name).join(', ')),
      );
    },
    confirm: (x0) => {
      const x = clean(x0);
      return ask(
        x.noMenu,
        (signal) => q.confirm({ message: x.message, default: x.default, ...confirmTheme }, context(signal)),
        (v) => done(x.message, v ? msg('workshop.confirm.yes') : msg('workshop.confirm.no')),
      );
    },
    keys: (x0) => {
      const x = clean(x0);
      return ask(
        x.noMenu,
        (signal) => keysPrompt({ message: x.message, choices: x.choices, default: x.default, enterName: x.enterName, width: t.columns() }, context(signal)),
        (v) => done(x.message, v === x.default ? x.enterName : (x.choices.find((c) => c.value === v)?.name ?? String(v))),
      );
    },
    comparisons: (x) =>
      ask(
        x.noMenu,
        (signal) =>
          comparisonsPrompt(
            { message: x.message, pairs: x.pairs, values: x.values, start: x.focus?.[0] ?? 0, status: x.status, width: t.columns(), pageSize: Math.max(3, Math.min(x.pairs.length, t.rows() - rowsUsed - 7)) },
            context(signal),
          ),
        () => done(x.message, msg('workshop.pairs.compared', { n: x.pairs.length })),
      ),
    say: (lines) => {
      const list = Array.isArray(lines) ? lines : [lines];
      entries.push({ lines: list });
      print(fitLines(list));
    },
    screen: (h, why = []) => {
      header = h;
      intro = why;
      entries = [];
      draw();
    },
    show: (render) => {
      entries.push({ render });
      print(fitLines(render(size())));
    },
    size,
    used: () => rowsUsed,
  };
}
