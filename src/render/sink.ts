/**
 * Where rendered output goes: a function that takes chunks of text, or of UTF-8 bytes (the bulk
 * writers build bytes and hand them on without a round trip through strings). A sink must not
 * keep a byte chunk it is given beyond the call unless it copies it.
 */
export type Sink = (chunk: string | Uint8Array) => void;

const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** Text of a chunk (for sinks that collect text). */
export const chunkText = (c: string | Uint8Array): string => (typeof c === 'string' ? c : decoder.decode(c));

/** Collects chunks into a string (tests, small outputs). */
export function stringSink(): { sink: Sink; text: () => string } {
  const parts: string[] = [];
  return { sink: (c) => void parts.push(chunkText(c)), text: () => parts.join('') };
}
