/**
 * What the pictures (svg, png, html) take besides the result: the bubble column and the PNG's
 * size. `--bubble`'s values are a vocabulary here, beside the writers that draw them; the plan
 * (app/plan.ts) parses the flags into a PictureOptions once.
 */
import { vocabulary, type ValueOf } from '../../core/vocabulary.js';

/** `--bubble`: what a bubble's area shows. */
export const BUBBLE = vocabulary({
  revenue: "the account's revenue (the default when customers.csv has a revenue column)",
  potential: "the account's potential (customers.csv's potential column)",
  none: 'every bubble the same size',
});
export type Bubble = ValueOf<typeof BUBBLE>;

/** Default PNG width: a full-HD slide. */
export const DEFAULT_PNG_WIDTH = 1920;

/** PNG widths kam draws (a thumbnail to a poster). */
export const PNG_WIDTH = { min: 320, max: 8000 } as const;

export interface PictureOptions {
  /** Bubble area by this column; null: revenue when the portfolio has it, else none. */
  bubble: Bubble | null;
  /** The PNG's width in pixels (the SVG's own size is 1280 × 720). */
  pngWidth: number;
}

export const DEFAULT_PICTURE: PictureOptions = { bubble: null, pngWidth: DEFAULT_PNG_WIDTH };

/** The SVG, drawn as a PNG `width` pixels wide (render/png.ts makes one with resvg). */
export type Rasterizer = (svg: string, width: number) => Uint8Array;
