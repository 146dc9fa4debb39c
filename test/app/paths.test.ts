/** app/paths.ts: recorded paths relative to the recording file, and found again after a move, on another machine or from Windows. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { findRecorded, fromRecorder, recordedCandidates, recordInputs, recordPath, shownPath, slashed } from '../../src/app/paths.js';
import { tempDir } from '../helpers/run-kam.js';

const origin = { what: 'ratings file', from: 'recorded in s.json (inputs.ratings)', override: 'give --ratings FILE to read another' };

describe('recordPath: relative to the file that records it, with /', () => {
  test('beside, below and above the recording file', () => {
    expect(recordPath('customers.csv', 'kam-session.json', '/w')).toBe('customers.csv');
    expect(recordPath('customers.csv', 'runs/q3.json', '/w')).toBe('../customers.csv');
    expect(recordPath('data/q1/ratings.csv', 'out/result.json', '/w')).toBe('../data/q1/ratings.csv');
    expect(recordPath('/data/q1.csv', '/w/r/result.json', '/elsewhere')).toBe('../../data/q1.csv');
    expect(recordPath('q1.json', 'q1.json', '/w')).toBe('q1.json');
  });
  test('standard input stays -, and without a recording file (standard output) the path is kept as named, with /', () => {
    expect(recordPath('-', 'out.json', '/w')).toBe('-');
    expect(recordPath('data\\customers.csv', undefined, '/w')).toBe('data/customers.csv');
    expect(recordPath('../x/customers.csv', undefined, '/w')).toBe('../x/customers.csv');
  });
  test('recordInputs rebases every input and leaves absent ones alone', () => {
    expect(recordInputs({ customers: { path: 'a/c.csv', sha256: 'x' }, ratings: null }, 'b/r.json', '/w')).toEqual({ customers: { path: '../a/c.csv', sha256: 'x' }, ratings: null });
  });
  test('slashed, shownPath, fromRecorder', () => {
    expect(slashed('a\\b\\c.csv')).toBe('a/b/c.csv');
    expect(shownPath('/w/a/b.csv', '/w')).toBe('a/b.csv');
    expect(shownPath('/x/b.csv', '/w')).toBe('../x/b.csv');
    expect(shownPath('/a/b.csv', '/w/y/z')).toBe('/a/b.csv');
    expect(fromRecorder('kam-selection', 'runs/q3.json', '/w')).toBe('runs/kam-selection');
    expect(fromRecorder('../out/brief', 'runs/q3.json', '/w')).toBe('out/brief');
  });
});

describe('recordedCandidates and findRecorded: where a recorded path may be', () => {
  test('a relative path: beside the recording file first, then from the working folder (older versions)', () => {
    expect(recordedCandidates('ratings.csv', '/w/q1/s.json', '/w')).toEqual(['/w/q1/ratings.csv', '/w/ratings.csv']);
    expect(recordedCandidates('data\\ratings.csv', '/w/q1/s.json', '/w/q1')).toEqual(['/w/q1/data/ratings.csv']);
  });
  test("an absolute path: as written, then its tails beside the recording file (another machine's folder)", () => {
    expect(recordedCandidates('/home/ana/kam/q1/ratings.csv', '/srv/ci/q1/s.json', '/srv')).toEqual([
      '/home/ana/kam/q1/ratings.csv',
      '/srv/ci/q1/ana/kam/q1/ratings.csv',
      '/srv/ci/q1/kam/q1/ratings.csv',
      '/srv/ci/q1/q1/ratings.csv',
      '/srv/ci/q1/ratings.csv',
    ]);
  });
  test('a Windows path with a drive letter or a share: its tails beside the recording file', () => {
    expect(recordedCandidates('C:\\Users\\ana\\kam\\ratings.csv', '/srv/q1/s.json', '/srv')).toEqual([
      '/srv/q1/Users/ana/kam/ratings.csv',
      '/srv/q1/ana/kam/ratings.csv',
      '/srv/q1/kam/ratings.csv',
      '/srv/q1/ratings.csv',
    ]);
    expect(recordedCandidates('\\\\server\\share\\ratings.csv', '/srv/q1/s.json', '/srv').at(-1)).toBe('/srv/q1/ratings.csv');
  });
  test('findRecorded returns the first file that exists, or one error naming where the path came from, what was tried and how to override it', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'q1'));
    writeFileSync(join(dir, 'q1/ratings.csv'), 'account,factor,score\n');
    const session = join(dir, 'q1/s.json');
    expect(findRecorded('ratings.csv', session, dir, origin)).toBe(join(dir, 'q1/ratings.csv'));
    expect(findRecorded('C:\\Users\\ana\\kam\\q1\\ratings.csv', session, dir, origin)).toBe(join(dir, 'q1/ratings.csv'));
    expect(findRecorded('/gone/machine/q1/ratings.csv', session, dir, origin)).toBe(join(dir, 'q1/ratings.csv'));
    let error: unknown;
    try {
      findRecorded('old.csv', session, dir, origin);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).lines()).toEqual([
      'old.csv: the ratings file recorded in s.json (inputs.ratings) cannot be found (looked for q1/old.csv, old.csv); give --ratings FILE to read another.',
    ]);
  });
});
