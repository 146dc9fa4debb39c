/**
 * Text on the terminal, on the built binary: names in CJK, emoji ZWJ sequences, flags and
 * combining marks keep the table's columns in line and the chart's labels inside the chart, no
 * cut splits a character, and bidi controls from any source never reach the terminal.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { beforeAll, describe, expect, it } from 'vitest';
import { kam, tempDir } from '../helpers/run-kam.js';

const FAMILY = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}';
const FLAGS = '\u{1F1EE}\u{1F1E9}\u{1F1EF}\u{1F1F5}'; // 🇮🇩🇯🇵
const HEART = '\u2764\uFE0F';

/** Key, name, segment, a1, s1: every kind of cluster that is not one column per code unit. */
const ACCOUNTS: Array<[string, string, string, number, number]> = [
  ['東京本社', '株式会社トヨタ自動車販売東京本社営業部門', '製造業', 9, 8],
  [FAMILY, `${FAMILY} Keluarga Besar ${FAMILY.repeat(12)}`, 'Ritel 🛒', 8, 3],
  [FLAGS, `PT Nusantara ${'🇩🇪🇫🇷🇧🇷🇮🇳🇰🇷🇺🇸🇬🇧🇳🇱🇸🇬🇲🇾🇹🇭🇻🇳'}`, 'Logistik 🇮🇩', 2, 9],
  ['Cafe\u0301', 'Cafe\u0301 Nguye\u0302\u0303n Tra\u0300 Vie\u0323\u0302t Nam Co\u0302ng Ty Tra\u0301ch Nhie\u0323\u0302m Hu\u031b\u0303u Ha\u0323n', 'A\u0306n uo\u0302\u0301ng', 3, 2],
  ['서울', '대한민국 서울특별시 강남구 테헤란로 주식회사 삼성전자판매', '전자', 7, 7],
  [HEART, `${HEART.repeat(3)} Love Brand ${HEART.repeat(20)}`, 'Mode', 5, 5],
  ['株式会社トヨタ自動車販売東京', 'A key wider than a chart label', 'Retail', 6, 4],
  ['C007', 'Plain ASCII Company Limited With A Long Name', 'Retail', 4, 6],
];

const csvField = (s: string): string => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const CRITERIA = 'factor,axis,weight,min,max,direction,normalize,kind,description\na1,attractiveness,100,0,10,higher,none,pure,A\ns1,strength,100,0,10,higher,none,pure,S\n';

function writeCase(dir: string, rows: typeof ACCOUNTS, criteria = CRITERIA): string {
  const lines = ['id,name,segment,revenue,a1,s1', ...rows.map(([id, name, seg, a, s], i) => [id, name, seg, String(1000 * (i + 1)), String(a), String(s)].map(csvField).join(','))];
  writeFileSync(join(dir, 'customers.csv'), `${lines.join('\n')}\n`);
  writeFileSync(join(dir, 'criteria.csv'), criteria);
  return join(dir, 'customers.csv');
}

/** No lone surrogate (String.prototype.isWellFormed, which Node 20's type library lacks). */
const wellFormed = (s: string): boolean => !/\p{Cs}/u.test(s);
const segmenter = new Intl.Segmenter();
/** Whether `part` is a prefix of `whole` ending between two of its grapheme clusters. */
function clusterPrefix(part: string, whole: string): boolean {
  if (!whole.startsWith(part)) return false;
  let at = 0;
  for (const { segment } of segmenter.segment(whole)) {
    if (at === part.length) return true;
    at += segment.length;
  }
  return at === part.length;
}

/** `shown` is `full`, or `full` cut between clusters with an ellipsis. */
function wholeOrCut(shown: string, full: string): boolean {
  return shown === full || (shown.endsWith('…') && clusterPrefix(shown.slice(0, -1), full));
}

describe('the ranked table and the KAISM chart with wide and combining characters', () => {
  let dir: string;
  let stdout: string;
  beforeAll(() => {
    dir = tempDir();
    writeCase(dir, ACCOUNTS);
    const r = kam(['select', 'customers.csv', '--format', 'table'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    stdout = r.stdout;
  });

  it('gives every row of the table the same display width (80 columns), names cut between clusters', () => {
    const lines = stdout.split('\n');
    const table = lines.slice(0, lines.indexOf(''));
    expect(table.length).toBe(2 + ACCOUNTS.length);
    for (const line of table) expect(stringWidth(line)).toBe(80);
    const header = table[0];
    const accountAt = header.indexOf('Account');
    const segmentAt = header.indexOf('Segment');
    const accountW = stringWidth(header.slice(accountAt, segmentAt)) - 1;
    const shown = new Set<string>();
    for (const row of table.slice(2)) {
      // The account cell: the clusters after the rank that fit its columns.
      const rest = row.slice(row.indexOf(' ') + 1);
      let cell = '';
      for (const { segment } of segmenter.segment(rest)) {
        if (stringWidth(cell + segment) > accountW) break;
        cell += segment;
      }
      const account = ACCOUNTS.find(([id, name]) => wholeOrCut(cell.trimEnd(), `${id} ${name}`));
      expect(account, `${JSON.stringify(cell)} is no account's label, whole or cut`).toBeDefined();
      shown.add(account![0]);
    }
    expect(shown.size).toBe(ACCOUNTS.length);
    expect(wellFormed(stdout)).toBe(true);
    expect(stdout).not.toContain('\uFFFD');
  });

  it('keeps the chart and its labels inside 80 columns, each label a whole key or a key cut between clusters', () => {
    const lines = stdout.split('\n');
    const top = lines.findIndex((l) => l.includes('┌─ KEY'));
    const bottom = lines.findIndex((l) => l.includes('└─ MAINTENANCE'));
    expect(top).toBeGreaterThan(0);
    expect(bottom).toBeGreaterThan(top);
    const chart = lines.slice(top - 1, bottom + 3);
    for (const line of chart) expect(stringWidth(line)).toBeLessThanOrEqual(80);
    // Every plot row is exactly as wide as the frame: a label never pushes the right border out.
    const frameW = stringWidth(lines[top]);
    for (const line of lines.slice(top, bottom + 1)) expect(stringWidth(line)).toBe(frameW);
    const keys = ACCOUNTS.map(([id]) => id);
    const labels = lines
      .slice(top + 1, bottom)
      .flatMap((l) => l.replace(/^[ \d]*[│├]/, '').split(/[│┼─┤●○◆*]+/))
      .map((t) => t.trim())
      .filter((t) => t !== '');
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(keys.some((k) => wholeOrCut(label, k)), label).toBe(true);
    expect(labels.some((l) => l.startsWith('株式会') && l.endsWith('…'))).toBe(true); // the long key, cut
    for (const k of [FAMILY, FLAGS, HEART, '서울']) expect(labels).toContain(k);
  });

  it('lines up the ranked rows of kam review and the factor rows of kam explain', () => {
    const cjkCriteria = CRITERIA.replace('a1,attractiveness', '日本語の売上高成長率と利益率の評価,attractiveness');
    const rows = ACCOUNTS;
    const lines = ['id,name,segment,revenue,日本語の売上高成長率と利益率の評価,s1', ...rows.map(([id, name, seg, a, s], i) => [id, name, seg, String(1000 * (i + 1)), String(a), String(s)].map(csvField).join(','))];
    writeFileSync(join(dir, 'cjk.csv'), `${lines.join('\n')}\n`);
    writeFileSync(join(dir, 'cjk-criteria.csv'), cjkCriteria);
    const e = kam(['explain', FAMILY, 'cjk.csv', '--criteria', 'cjk-criteria.csv'], { cwd: dir });
    expect(e.stderr).toBe('');
    expect(e.code).toBe(0);
    const factorRows = e.stdout.split('\n').filter((l) => l.startsWith('Factor') || l.startsWith('日本語') || l.startsWith('s1 ') || l.startsWith('Total'));
    expect(factorRows.some((l) => l.startsWith('日本語の売上高成長率と利益率…'))).toBe(true);
    // The u column ends at the same display column in every row of a factor table.
    const uEnd = (l: string): number => {
      const m = l.startsWith('Factor') ? / u /.exec(l) : /\d\.\d{3}/.exec(l);
      return stringWidth(l.slice(0, m!.index + m![0].length));
    };
    const data = factorRows.filter((l) => !l.startsWith('Total'));
    expect(data.length).toBe(4);
    for (const l of data) expect(uEnd(l) - (l.startsWith('Factor') ? 1 : 0), l).toBe(uEnd(data[1]));

    expect(kam(['select', 'customers.csv', '--format', 'json', '-o', 'q1.json'], { cwd: dir }).code).toBe(0);
    expect(kam(['select', 'customers.csv', '--format', 'json', '-o', 'q2.json'], { cwd: dir }).code).toBe(0);
    const r = kam(['review', 'q1.json', 'q2.json'], { cwd: dir });
    expect(r.code).toBe(0);
    const review = r.stdout.split('\n');
    const head = review.findIndex((l) => /^# Account/.test(l));
    const ranked = review.slice(head, head + 1 + ACCOUNTS.length);
    // The Quadrant column starts at one column in every row.
    const quadrantAt = (l: string): number => stringWidth(l.slice(0, l.search(/ (Quadrant|key|key-development|maintenance|opportunistic) /) + 1));
    for (const l of ranked) expect(quadrantAt(l), l).toBe(quadrantAt(ranked[0]));
    expect(wellFormed(r.stdout)).toBe(true);
  });
});

/** Every bidirectional control: embeddings, overrides, isolates, marks. */
const BIDI = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'];
const BIDI_RE = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/u;

describe('bidi controls never reach the terminal', () => {
  const evil = (s: string): string => `${BIDI.join('')}${s}\u202E${s}\u2066x\u2069`;
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
    const rows = ACCOUNTS.slice(0, 5).map(([id, name, seg, a, s]): [string, string, string, number, number] => [evil(id), evil(name), evil(seg), a, s]);
    writeCase(dir, rows, CRITERIA.replace('a1,attractiveness', `${evil('a1')},attractiveness`).replace('\na1', `\n${evil('a1')}`));
    // The customers' header must name the factor as the criteria do.
    const text = readFileSync(join(dir, 'customers.csv'), 'utf8');
    writeFileSync(join(dir, 'customers.csv'), text.replace('revenue,a1,s1', `revenue,${evil('a1')},s1`));
  });

  it.each([
    ['the ranked table, the chart and the quadrant lines', ['select', 'customers.csv']],
    ['the stability list', ['select', 'customers.csv', '--stability']],
    ['an explanation', ['explain', evil(ACCOUNTS[0][0]), 'customers.csv']],
    ['an unknown option', ['select', 'customers.csv', `--wid\u202Eth`]],
    ['a missing file', ['select', `no\u2067such\u2069.csv`]],
    ['an account that is not there', ['explain', `no\u202Eone`, 'customers.csv']],
  ])('%s', (_what, args) => {
    const r = kam(args, { cwd: dir });
    expect(r.stdout + r.stderr).not.toMatch(BIDI_RE);
    expect(r.stdout + r.stderr).not.toBe('');
  });

  it('in an error quoting a cell', () => {
    writeFileSync(join(dir, 'bad.csv'), `id,name,segment,revenue,${evil('a1')},s1\nC1,n,s,1,${evil('7')},3\n`);
    const r = kam(['select', 'bad.csv', '--criteria', 'criteria.csv'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.csv, line 2/);
    expect(r.stderr).not.toMatch(BIDI_RE);
  });

  it('in a review of snapshots whose labels and names carry them', () => {
    expect(kam(['select', 'customers.csv', '--format', 'json', '-o', `q1${BIDI.join('')}.json`], { cwd: dir }).code).toBe(0);
    expect(kam(['select', 'customers.csv', '--format', 'json', '-o', 'q2.json'], { cwd: dir }).code).toBe(0);
    expect(kam(['select', 'customers.csv', '--format', 'json', '-o', 'q3.json'], { cwd: dir }).code).toBe(0);
    for (const args of [[`q1${BIDI.join('')}.json`, 'q2.json'], [`q1${BIDI.join('')}.json`, 'q2.json', 'q3.json', '--account', evil(ACCOUNTS[0][0])]]) {
      const r = kam(['review', ...args], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout + r.stderr).not.toMatch(BIDI_RE);
    }
  });
});
