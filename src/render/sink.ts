/** Where rendered output goes: a function that takes text chunks. */
export type Sink = (chunk: string) => void;

/** Collects chunks into a string (tests, small outputs). */
export function stringSink(): { sink: Sink; text: () => string } {
  const parts: string[] = [];
  return { sink: (c) => void parts.push(c), text: () => parts.join('') };
}
