// criteria.csv for the Node peers (METHOD.md §2 defaults: min 1, max 10, direction higher,
// normalize none), read with the benchmark's own small CSV reader.
import { readFileSync } from 'node:fs';
import { readObjects } from '../lib/csv.mjs';

export function readCriteria(file) {
  return readObjects(readFileSync(file, 'utf8')).map((r) => ({
    factor: r.factor.trim(),
    axis: r.axis.trim(),
    weight: Number(r.weight),
    min: r.min?.trim() ? Number(r.min) : 1,
    max: r.max?.trim() ? Number(r.max) : 10,
    direction: r.direction?.trim() || 'higher',
    normalize: r.normalize?.trim() || 'none',
  }));
}
