/**
 * The formats of `kam weights`, in a registry of their own so that a run loads the writers only
 * when it weighs (render/weights.ts holds them).
 */
import type { ValueOf } from '../core/vocabulary.js';
import { formats, formatVocabulary } from './formats.js';
import type { WeightsWriter } from './weights.js';

export const WEIGHTS_FORMATS = formats<WeightsWriter>()({
  table: {
    help: 'the new weights beside the old, λmax, CI, RI and CR',
    human: true,
    load: async () => {
      const { weightsLines } = await import('./weights.js');
      return (out, o, { palette }) => out(`${weightsLines(o, palette).join('\n')}\n`);
    },
  },
  json: {
    help: 'the kam/weights@1 document',
    human: false,
    load: async () => {
      const { weightsDocument } = await import('./weights.js');
      return (out, o) => out(`${JSON.stringify(weightsDocument(o), null, 2)}\n`);
    },
  },
});

export const WEIGHTS_FORMAT = formatVocabulary(WEIGHTS_FORMATS);
export type WeightsFormat = ValueOf<typeof WEIGHTS_FORMAT>;
