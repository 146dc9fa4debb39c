/**
 * The pictures' look: a canvas of 1280 × 720 (16:9, a slide), colours per quadrant from the
 * Okabe–Ito palette (told apart with colour blindness), and marks that still read in grey.
 */
import type { Quadrant } from '../../core/types.js';
import { t } from '../../i18n/index.js';

export const CANVAS = { width: 1280, height: 720 } as const;

export const FONT_FAMILY = "'DejaVu Sans', Verdana, 'Bitstream Vera Sans', sans-serif";

export interface QuadrantColours {
  /** Bubble fill. */
  fill: string;
  /** Outline and text. */
  ink: string;
  /** The quadrant's background. */
  tint: string;
}

export const QUADRANT_COLOURS: Record<Quadrant, QuadrantColours> = {
  key: { fill: '#0072B2', ink: '#00507D', tint: '#EAF2F9' },
  'key-development': { fill: '#E69F00', ink: '#8F5A00', tint: '#FDF5E6' },
  maintenance: { fill: '#009E73', ink: '#006B4E', tint: '#E8F5F0' },
  opportunistic: { fill: '#8A8A8A', ink: '#505050', tint: '#F3F3F3' },
};

export const INK = '#1A1A1A';
export const MUTED = '#5C5C5C';
export const FAINT = '#9A9A9A';
export const RULE = '#7A7A7A';

/** Quadrant names as the pictures write them (read when drawn, so in the run's language). */
export const QUADRANT_TITLE: Record<Quadrant, string> = {
  get key() {
    return t('picture.quadrant.key');
  },
  get 'key-development'() {
    return t('picture.quadrant.key-development');
  },
  get maintenance() {
    return t('picture.quadrant.maintenance');
  },
  get opportunistic() {
    return t('picture.quadrant.opportunistic');
  },
};
