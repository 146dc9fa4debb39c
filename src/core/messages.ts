/**
 * Sentences core hands on as `Message`s (issue 18): a warning, a release detail, a gate's
 * violation, a change of method. They land in the JSON documents, which are the contract and the
 * same in every language, and on the screen in the reader's language: a core message turns into
 * its English text wherever it is written as JSON (`toJSON`), and `say(m)` gives the reader's.
 * Pure.
 */
import { message, type Message } from '../i18n/index.js';

export type { Message } from '../i18n/index.js';

/** A message that is written as its English text in any JSON document (i18n's message). */
export const note = message;


/** A document as its JSON holds it: every message its English text (what `JSON.stringify` writes of it). */
export type InJson<T> = T extends Message ? string : T extends readonly (infer U)[] ? Array<InJson<U>> : T extends object ? { [K in keyof T]: InJson<T[K]> } : T;

/** The document as its JSON holds it (the library API hands out documents exactly as kam writes them). */
export const inJson = <T>(x: T): InJson<T> => JSON.parse(JSON.stringify(x)) as InJson<T>;
