/**
 * Where sessions live and how they are written: beside the customers file by default,
 * atomically, with every path they record relative to the session file (app/paths.ts). In
 * memory the workshop keeps paths as the user typed them (from the working folder); they are
 * rebased when the session is written and read back (`localizeSession`) when it is opened.
 */
import { dirname, join, resolve } from 'node:path';
import type { InputFile } from '../core/result.js';
import type { Session } from '../session/schema.js';
import { writeAtomically } from './files.js';
import { fromRecorder, recordedExists, recordInputs, recordPath, shownPath } from './paths.js';

/** `--session FILE`, or kam-session.json beside the customers file (absolute). */
export function sessionPath(customersPath: string, flag: string | undefined, cwd: string): string {
  if (flag !== undefined) return resolve(cwd, flag);
  const dir = customersPath === '-' ? cwd : dirname(resolve(cwd, customersPath));
  return join(dir, 'kam-session.json');
}

/** The session as its file records it: every path relative to the session file, with `/`. */
export function sessionForFile(session: Session, file: string, cwd: string): Session {
  const rec = (p: string): string => recordPath(p, file, cwd);
  const a = session.answers;
  return {
    ...session,
    inputs: recordInputs<InputFile | null | undefined>(session.inputs, file, cwd) as Session['inputs'],
    answers: {
      ...a,
      ...(a.selection ? { selection: { ...a.selection, outputBase: a.selection.outputBase === null ? null : rec(a.selection.outputBase), written: a.selection.written.map(rec) } } : {}),
      ...(a.review ? { review: { ...a.review, compare: a.review.compare === null ? null : rec(a.review.compare), criteriaWrittenTo: a.review.criteriaWrittenTo === null ? null : rec(a.review.criteriaWrittenTo) } } : {}),
    },
    result: session.result === null ? null : { ...session.result, inputs: recordInputs(session.result.inputs, file, cwd) },
  };
}

/** Writes the session atomically, its paths recorded relative to the file (`cwd` is where the paths in memory start). */
export function writeSession(path: string, session: Session, cwd: string): void {
  const recorded = sessionForFile(session, path, cwd);
  writeAtomically(path, (w) => w(`${JSON.stringify(recorded, null, 2)}\n`));
}

/**
 * A recorded input (`{ path, sha256 }`) as the working folder sees it: the file found again
 * (app/paths.ts `recordedCandidates`), shown from the working folder; the recorded path itself
 * when the file is no longer there.
 */
export function localInput(input: InputFile, recorder: string, cwd: string): InputFile {
  const found = input.path === '-' ? null : recordedExists(input.path, recorder, cwd);
  return found === null ? input : { ...input, path: shownPath(found, cwd) };
}

/** A session read from `file`, its recorded paths back as paths from the working folder (what the workshop keeps in memory). */
export function localizeSession(session: Session, file: string, cwd: string): Session {
  const back = (p: string): string => fromRecorder(p, file, cwd);
  const a = session.answers;
  const inputs = session.inputs;
  return {
    ...session,
    inputs: {
      customers: localInput(inputs.customers, file, cwd),
      criteria: inputs.criteria ? localInput(inputs.criteria, file, cwd) : null,
      ...(inputs.ratings ? { ratings: localInput(inputs.ratings, file, cwd) } : {}),
    },
    answers: {
      ...a,
      ...(a.selection ? { selection: { ...a.selection, outputBase: a.selection.outputBase === null ? null : back(a.selection.outputBase), written: a.selection.written.map(back) } } : {}),
      ...(a.review ? { review: { ...a.review, compare: a.review.compare === null ? null : back(a.review.compare), criteriaWrittenTo: a.review.criteriaWrittenTo === null ? null : back(a.review.criteriaWrittenTo) } } : {}),
    },
  };
}
