// A small RFC 4180 reader for the benchmark's own checks (criteria files, result files): quoted
// fields with "" escapes and embedded delimiters or line breaks, LF or CRLF. Not kam's reader:
// the benchmark must not trust the program it measures to check that program's output.

/**
 * Calls onRow(fields, rowIndex) for every record of `text` (a header is just row 0). Returns the
 * number of records. A final line break does not make an empty record.
 */
export function forEachRecord(text, onRow, delimiter = ',') {
  let count = 0;
  for (const fields of records(text, delimiter)) onRow(fields, count++);
  return count;
}

/** The records of `text` one at a time, each an array of its fields. */
export function* records(text, delimiter = ',') {
  const d = delimiter.charCodeAt(0);
  const n = text.length;
  let i = 0;
  let row = 0;
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  while (i < n) {
    const fields = [];
    for (;;) {
      let value;
      if (text.charCodeAt(i) === 34) {
        // quoted field
        let j = i + 1;
        let parts = '';
        for (;;) {
          const q = text.indexOf('"', j);
          if (q === -1) throw new Error(`unterminated quoted field in record ${row + 1}`);
          parts += text.slice(j, q);
          if (text.charCodeAt(q + 1) === 34) {
            parts += '"';
            j = q + 2;
          } else {
            i = q + 1;
            break;
          }
        }
        value = parts;
      } else {
        let j = i;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === d || c === 10 || c === 13) break;
          j++;
        }
        value = text.slice(i, j);
        i = j;
      }
      fields.push(value);
      const c = text.charCodeAt(i);
      if (c === d) {
        i++;
        continue;
      }
      if (c === 13 && text.charCodeAt(i + 1) === 10) i += 2;
      else if (c === 10 || c === 13) i++;
      else if (i < n) throw new Error(`unexpected character after a quoted field in record ${row + 1}`);
      break;
    }
    row++;
    yield fields;
  }
}

/** All records of `text` as objects keyed by the header's names. */
export function readObjects(text, delimiter = ',') {
  let header = null;
  const rows = [];
  forEachRecord(text, (fields, r) => {
    if (r === 0) header = fields.map((h) => h.trim());
    else rows.push(Object.fromEntries(header.map((h, k) => [h, fields[k] ?? ''])));
  }, delimiter);
  return rows;
}
