/**
 * The shell of kam's HTML documents (the selection brief, the review): one self-contained file
 * with inline CSS, inline SVG and a small inline script, a Content-Security-Policy that allows
 * no network at all, and print rules for A4 landscape. Pure string building.
 */
import { language, t } from '../i18n/index.js';
import { xmlText } from './picture/svg.js';

/** Text from the data, escaped for HTML content and attribute values. */
export const h = (text: string): string => xmlText(text);

export interface Column {
  label: string;
  /** How the column sorts: as numbers or as text; none: not sortable. */
  type: 'number' | 'text' | 'none';
  /** The first click's direction (numbers: highest first). */
  first?: 'ascending' | 'descending';
  align?: 'right';
}

export interface Cell {
  /** HTML (already escaped). */
  html: string;
  /** The value the column sorts by (a number or text); defaults to the cell's text. */
  sort?: string | number;
}

export function sortableTable(id: string, columns: readonly Column[], rows: ReadonlyArray<{ attrs: string; cells: readonly Cell[] }>, caption?: string): string {
  const head = columns
    .map((c) => {
      const cls = c.align === 'right' ? ' class="num"' : '';
      if (c.type === 'none') return `<th scope="col"${cls}>${h(c.label)}</th>`;
      const first = c.first ?? (c.type === 'number' ? 'descending' : 'ascending');
      return `<th scope="col"${cls} data-type="${c.type}" data-first="${first}" aria-sort="none"><button type="button">${h(c.label)}<span class="arrow" aria-hidden="true"></span></button></th>`;
    })
    .join('');
  const body = rows
    .map(
      (r) =>
        `<tr${r.attrs}>${r.cells
          .map((c, i) => {
            const cls = columns[i].align === 'right' ? ' class="num"' : '';
            const sort = c.sort === undefined ? '' : ` data-sort="${typeof c.sort === 'number' ? String(c.sort) : h(c.sort)}"`;
            return `<td${cls}${sort}>${c.html}</td>`;
          })
          .join('')}</tr>`,
    )
    .join('\n');
  return `<table id="${id}" class="data sortable">${caption ? `<caption>${h(caption)}</caption>` : ''}<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table>`;
}

/** A plain table (not sortable). */
export function plainTable(head: readonly string[], rows: ReadonlyArray<readonly string[]>, numeric: readonly number[] = []): string {
  const cls = (i: number): string => (numeric.includes(i) ? ' class="num"' : '');
  return `<table class="data"><thead><tr>${head.map((x, i) => `<th scope="col"${cls(i)}>${h(x)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c, i) => `<td${cls(i)}>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

const CSS = `
:root { --ink: #1a1a1a; --muted: #5c5c5c; --rule: #d0d0d0; --key: #0072B2; --dev: #E69F00; --maint: #009E73; --opp: #8A8A8A; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--ink); background: #fff; font: 15px/1.45 "DejaVu Sans", Verdana, "Segoe UI", system-ui, sans-serif; }
main { max-width: 1240px; margin: 0 auto; padding: 24px 28px 48px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 32px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--ink); }
h3 { font-size: 16px; margin: 18px 0 6px; }
p { margin: 6px 0; }
.meta { color: var(--muted); font-size: 13px; margin: 0 0 16px; }
.figures { display: flex; flex-wrap: wrap; gap: 10px; margin: 14px 0 8px; padding: 0; list-style: none; }
.figures li { border: 1px solid var(--rule); border-radius: 6px; padding: 8px 14px; min-width: 150px; }
.figures b { display: block; font-size: 22px; }
.figures span { color: var(--muted); font-size: 12.5px; }
figure { margin: 8px 0; }
figure svg { display: block; width: 100%; height: auto; border: 1px solid var(--rule); }
figcaption { color: var(--muted); font-size: 13px; margin-top: 4px; }
table.data { border-collapse: collapse; width: 100%; margin: 6px 0 10px; font-size: 13.5px; }
table.data th, table.data td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--rule); vertical-align: top; }
table.data th { border-bottom: 2px solid var(--ink); white-space: nowrap; }
table.data .num { text-align: right; font-variant-numeric: tabular-nums; }
table.data caption { text-align: left; color: var(--muted); font-size: 13px; padding-bottom: 4px; }
th button { font: inherit; font-weight: bold; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; }
th button:focus-visible { outline: 2px solid var(--key); }
th .arrow::after { content: " \\2195"; color: #aaa; }
th[aria-sort="ascending"] .arrow::after { content: " \\25B2"; color: var(--ink); }
th[aria-sort="descending"] .arrow::after { content: " \\25BC"; color: var(--ink); }
tr.selected td:first-child { box-shadow: inset 4px 0 0 var(--ink); }
tbody tr:hover, tbody tr.hl { background: #fff6cc; }
.q { display: inline-block; padding: 0 7px; border-radius: 9px; font-size: 12.5px; border: 1px solid; white-space: nowrap; }
.q-key { color: #00507D; background: #EAF2F9; }
.q-key-development { color: #8F5A00; background: #FDF5E6; }
.q-maintenance { color: #006B4E; background: #E8F5F0; }
.q-opportunistic { color: #505050; background: #F3F3F3; }
.controls { display: flex; flex-wrap: wrap; gap: 8px 18px; align-items: center; margin: 8px 0; font-size: 14px; }
.controls label { white-space: nowrap; cursor: pointer; }
.controls output { color: var(--muted); }
.warn { border-left: 4px solid var(--dev); background: #FDF5E6; padding: 6px 10px; margin: 8px 0; }
.note { color: var(--muted); font-size: 13px; }
details { border-bottom: 1px solid var(--rule); padding: 4px 0; }
summary { cursor: pointer; }
code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 12.5px; }
pre { background: #f6f6f6; padding: 8px 10px; overflow-x: auto; font-size: 12.5px; }
svg .account.filtered-out { opacity: 0.12; }
svg .label.filtered-out, svg .leader.filtered-out { opacity: 0.15; }
svg .account.hl .mark { stroke: #d00; stroke-width: 3.5; }
@media print {
  @page { size: A4 landscape; margin: 11mm; }
  body { font-size: 10.5pt; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  main { max-width: none; padding: 0; }
  .controls, th .arrow { display: none; }
  h2 { break-after: avoid; margin-top: 14pt; }
  figure { break-inside: avoid; }
  figure svg { max-height: 165mm; width: auto; max-width: 100%; margin: 0 auto; }
  tr, details { break-inside: avoid; }
  thead { display: table-header-group; }
  tbody tr[hidden] { display: none; }
  details:not([open]) { display: none; }
  .page-break { break-before: page; }
}
`;

/**
 * Sorting (header buttons: text in code-point order, numbers numerically; ties keep the rank
 * order), and filtering of every `table.filterable` by quadrant and selection, echoed on the
 * matrix's marks and labels; hovering a row lights its mark.
 */
const SCRIPT = `
(function () {
  'use strict';
  function cellValue(row, i, type) {
    var c = row.cells[i];
    var v = c.hasAttribute('data-sort') ? c.getAttribute('data-sort') : c.textContent;
    if (type === 'number') { var x = parseFloat(v); return isNaN(x) ? -Infinity : x; }
    return v;
  }
  Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), function (table) {
    var heads = table.tHead.rows[0].cells;
    var body = table.tBodies[0];
    Array.prototype.forEach.call(body.rows, function (r, k) { r.setAttribute('data-order', String(k)); });
    Array.prototype.forEach.call(heads, function (th, i) {
      var button = th.querySelector('button');
      if (!button) return;
      button.addEventListener('click', function () {
        var type = th.getAttribute('data-type');
        var now = th.getAttribute('aria-sort');
        var dir = now === 'none' ? th.getAttribute('data-first') : now === 'ascending' ? 'descending' : 'ascending';
        Array.prototype.forEach.call(heads, function (other) { if (other.hasAttribute('aria-sort')) other.setAttribute('aria-sort', 'none'); });
        th.setAttribute('aria-sort', dir);
        var sign = dir === 'ascending' ? 1 : -1;
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = cellValue(a, i, type), y = cellValue(b, i, type);
          var d = x < y ? -1 : x > y ? 1 : 0;
          return d !== 0 ? sign * d : Number(a.getAttribute('data-order')) - Number(b.getAttribute('data-order'));
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });
  var controls = document.querySelector('.controls[data-for]');
  if (controls) {
    var table = document.getElementById(controls.getAttribute('data-for'));
    var boxes = controls.querySelectorAll('input[data-quadrant]');
    var selectedOnly = controls.querySelector('input[data-selected-only]');
    var shown = controls.querySelector('output');
    var apply = function () {
      var on = {};
      Array.prototype.forEach.call(boxes, function (b) { on[b.getAttribute('data-quadrant')] = b.checked; });
      var only = selectedOnly && selectedOnly.checked;
      var visible = function (q, sel) { return on[q] && (!only || sel === 'true'); };
      var n = 0;
      Array.prototype.forEach.call(table.tBodies[0].rows, function (r) {
        var v = visible(r.getAttribute('data-quadrant'), r.getAttribute('data-selected'));
        r.hidden = !v;
        if (v) n++;
      });
      if (shown) shown.textContent = n + ROWS_OF + table.tBodies[0].rows.length + ROWS_SHOWN;
      Array.prototype.forEach.call(document.querySelectorAll('svg .account'), function (g) {
        var v = visible(g.getAttribute('data-quadrant'), g.getAttribute('data-selected'));
        g.classList.toggle('filtered-out', !v);
        (labelsOf[g.getAttribute('data-id')] || []).forEach(function (l) { l.classList.toggle('filtered-out', !v); });
      });
    };
    var labelsOf = {};
    Array.prototype.forEach.call(document.querySelectorAll('svg [data-for]'), function (l) {
      var id = l.getAttribute('data-for');
      (labelsOf[id] = labelsOf[id] || []).push(l);
    });
    Array.prototype.forEach.call(controls.querySelectorAll('input'), function (b) { b.addEventListener('change', apply); });
    apply();
  }
  var marks = {};
  Array.prototype.forEach.call(document.querySelectorAll('svg .account'), function (g) { marks[g.getAttribute('data-id')] = g; });
  Array.prototype.forEach.call(document.querySelectorAll('tr[data-id]'), function (r) {
    var g = marks[r.getAttribute('data-id')];
    if (!g) return;
    r.addEventListener('mouseenter', function () { g.classList.add('hl'); g.parentNode.appendChild(g); });
    r.addEventListener('mouseleave', function () { g.classList.remove('hl'); });
    g.addEventListener('mouseenter', function () { r.classList.add('hl'); });
    g.addEventListener('mouseleave', function () { r.classList.remove('hl'); });
  });
})();
`;

/** A JavaScript string literal of a text (single-quoted, as the script writes its own). */
const jsString = (text: string): string => `'${text.replace(/[\\'<>\n\r\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}'`;

/** The page's script with the words of the run's language in it. */
const script = (): string => SCRIPT.replace('ROWS_OF', () => jsString(t('picture.page.rows.of'))).replace('ROWS_SHOWN', () => jsString(t('picture.page.rows.shown')));

export function htmlPage(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="${language()}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="kam">
<title>${h(title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
${body}
</main>
<script>${script()}</script>
</body>
</html>
`;
}

/**
 * The few Markdown forms the workshop's sections use (paragraphs, "- " lists, ```text blocks),
 * as HTML; backslash escapes are undone and everything else is shown as text.
 */
export function markdownSectionHtml(md: string): string {
  const unescape = (s: string): string => s.replace(/\\(.)/g, '$1');
  const out: string[] = [];
  const lines = md.split('\n');
  let list: string[] = [];
  let para: string[] = [];
  const flush = (): void => {
    if (para.length > 0) out.push(`<p>${h(unescape(para.join(' ')))}</p>`);
    if (list.length > 0) out.push(`<ul>${list.map((l) => `<li>${h(unescape(l))}</li>`).join('')}</ul>`);
    para = [];
    list = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fence = /^(`{3,})/.exec(line);
    if (fence) {
      flush();
      const block: string[] = [];
      for (i++; i < lines.length && !lines[i].startsWith(fence[1]); i++) block.push(lines[i]);
      out.push(`<pre>${block.map(h).join('\n')}</pre>`);
      continue;
    }
    const item = /^\s*[-*] (.*)$/.exec(line);
    if (item) {
      if (para.length > 0) flush();
      list.push(item[1]);
    } else if (line.trim() === '') flush();
    else {
      if (list.length > 0) flush();
      para.push(line.trim());
    }
  }
  flush();
  return out.join('\n');
}
