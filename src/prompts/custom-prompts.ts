/**
 * kam's own terminal prompts, built with @inquirer/core: a one-line menu of keys (the step-9
 * decision, the step menu), and the AHP comparisons, one compact line per pair on Saaty's
 * scale with arrows to move, "pair 4 of 15" and the consistency ratio as it stands.
 */
import { createPrompt, isDownKey, isEnterKey, isUpKey, useKeypress, usePrefix, useState } from '@inquirer/core';
import { t } from '../i18n/index.js';
import { textWidth, wrap } from '../render/text-width.js';
import { describeValue, pairLine, scalePosition, scaleValue } from './pair-scale.js';
import type { KeyChoice } from './prompter.js';

const bold = (t: string): string => `\u001b[1m${t}\u001b[22m`;
const dim = (t: string): string => `\u001b[2m${t}\u001b[22m`;
const inverse = (t: string): string => `\u001b[7m${t}\u001b[27m`;

interface KeysConfig<T> {
  message: string;
  choices: KeyChoice<T>[];
  default: T;
  enterName: string;
  width: number;
}

/** `? Change the selection?  Enter finish · a add · r remove · …` — one key answers. */
export function keysPrompt<T>(config: KeysConfig<T>, context?: object): Promise<T> {
  const prompt = createPrompt<T, KeysConfig<T>>((c, done) => {
    const [answer, setAnswer] = useState<string | null>(null);
    const prefix = usePrefix({ status: answer === null ? 'idle' : 'done' });
    useKeypress((key) => {
      if (answer !== null) return;
      if (isEnterKey(key)) {
        setAnswer(c.enterName);
        done(c.default);
        return;
      }
      const hit = c.choices.find((k) => k.key === key.name);
      if (hit) {
        setAnswer(hit.name);
        done(hit.value);
      }
    });
    if (answer !== null) return `${prefix} ${bold(c.message)} ${answer}`;
    const items: Array<[string, string]> = [['Enter', c.enterName], ...c.choices.map((k): [string, string] => [k.key, k.name])];
    const lines: string[] = [];
    let line = '';
    let used = 0;
    for (const [k, name] of items) {
      const w = textWidth(k) + 1 + textWidth(name);
      if (used > 0 && used + 3 + w > c.width) {
        lines.push(line);
        line = '';
        used = 0;
      }
      line += `${used > 0 ? ' · ' : '  '}${bold(k)} ${name}`;
      used += (used > 0 ? 3 : 2) + w;
    }
    lines.push(line);
    const head = `${prefix} ${bold(c.message)}`;
    // The keys on the question's line when they fit.
    if (lines.length === 1 && textWidth(c.message) + 3 + used <= c.width) return `${head}${line}`;
    return `${head}\n${lines.join('\n')}`;
  });
  return prompt(config as KeysConfig<T>, context) as Promise<T>;
}

interface ComparisonsConfig {
  message: string;
  pairs: ReadonlyArray<readonly [string, string]>;
  values: readonly number[];
  start: number;
  status(values: readonly number[]): string[];
  width: number;
  pageSize: number;
}

/** Every pair on one screen: ↑↓ choose the pair, ←→ move towards the more important factor, Enter accepts. */
export function comparisonsPrompt(config: ComparisonsConfig, context?: object): Promise<number[]> {
  const prompt = createPrompt<number[], ComparisonsConfig>((c, done) => {
    const [values, setValues] = useState<number[]>([...c.values]);
    const [cursor, setCursor] = useState(Math.max(0, Math.min(c.pairs.length - 1, c.start)));
    const [finished, setFinished] = useState(false);
    const prefix = usePrefix({ status: finished ? 'done' : 'idle' });
    useKeypress((key) => {
      if (finished) return;
      if (isEnterKey(key)) {
        setFinished(true);
        done(values);
      } else if (isUpKey(key)) setCursor(Math.max(0, cursor - 1));
      else if (isDownKey(key) || key.name === 'tab') setCursor(Math.min(c.pairs.length - 1, cursor + 1));
      else if (key.name === 'left' || key.name === 'right') {
        const pos = scalePosition(values[cursor]) + (key.name === 'left' ? -1 : 1);
        const next = [...values];
        next[cursor] = scaleValue(pos);
        setValues(next);
      } else if (key.name === '1') {
        const next = [...values];
        next[cursor] = 1;
        setValues(next);
      }
    });
    const n = c.pairs.length;
    if (finished) return `${prefix} ${bold(c.message)} ${t('workshop.pairs.compared', { n })}`;
    const page = Math.max(1, Math.min(n, c.pageSize));
    const first = Math.max(0, Math.min(n - page, cursor - Math.floor(page / 2)));
    const lines = [`${prefix} ${bold(c.message)}${t('workshop.pairs.position', { i: cursor + 1, n })}`];
    for (let i = first; i < first + page; i++) {
      const [a, b] = c.pairs[i];
      const line = pairLine(a, b, values[i], c.width - 2, inverse);
      lines.push(i === cursor ? `❯ ${bold(line)}` : `  ${line}`);
    }
    const [a, b] = c.pairs[cursor];
    lines.push(...c.status(values).flatMap((l) => wrap(l, c.width, '  ')), bold(describeValue(a, b, values[cursor])), dim(t('workshop.pairs.hint')));
    return lines.join('\n');
  });
  return prompt(config, context);
}
