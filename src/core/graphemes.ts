/**
 * User-perceived characters (Unicode grapheme clusters, UAX #29, by the runtime's own
 * Intl.Segmenter): the one place text is split into characters, so no cut of a name, a message
 * or a label ever splits an emoji sequence, a flag, a base letter from its accents or a
 * surrogate pair. Terminal column widths build on it in render/text-width.ts.
 */

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Printable ASCII only: every character is its own cluster, one code unit long. */
export const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** The grapheme clusters of `text`, in order, one at a time (a long text is segmented only as far as it is read). */
export function* eachGrapheme(text: string): Generator<string> {
  for (const { segment } of segmenter.segment(text)) yield segment;
}

/** The grapheme clusters of `text`, in order. */
export function graphemes(text: string): string[] {
  if (PRINTABLE_ASCII.test(text)) return text.split('');
  const out: string[] = [];
  for (const { segment } of segmenter.segment(text)) out.push(segment);
  return out;
}

/**
 * The longest prefix of `text` of at most `units` UTF-16 code units that ends at a grapheme
 * boundary (a length cap for messages, which never splits a character).
 */
export function prefixWithin(text: string, units: number): string {
  if (text.length <= units) return text;
  if (units <= 0) return '';
  if (PRINTABLE_ASCII.test(text.slice(0, units + 1))) return text.slice(0, units);
  let end = 0;
  // Clusters of the head only: a cluster cannot reach further back than where it starts.
  for (const { segment, index } of segmenter.segment(text.slice(0, units + 64))) {
    if (index + segment.length > units) break;
    end = index + segment.length;
  }
  return text.slice(0, end);
}
