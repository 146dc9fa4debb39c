/**
 * `--format png`: the matrix SVG drawn by resvg (@resvg/resvg-js, whose binary ships in the npm
 * package) with kam's embedded DejaVu Sans files only, never the system's fonts, so a PNG comes
 * out the same on every machine. This module imports resvg, and only the png entry of
 * render/formats.ts loads this module (dynamically): no other run loads resvg.
 */
import { Resvg } from '@resvg/resvg-js';
import { matrixModel } from './picture/matrix-model.js';
import { matrixSvg } from './picture/matrix-svg.js';
import type { Rasterizer } from './picture/options.js';
import type { RenderOptions, ResultDocument } from './result-document.js';
import type { Sink } from './sink.js';

/** The fonts the PNG is drawn with: assets/fonts, two folders up from src/render and dist/render alike. */
export const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => `${import.meta.dirname}/../../assets/fonts/${f}`);

/** resvg with kam's fonts and nothing from the system. */
export const rasterize: Rasterizer = (svg, width) =>
  new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    background: '#FFFFFF',
    font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
    shapeRendering: 2,
    textRendering: 1,
    logLevel: 'off',
  })
    .render()
    .asPng();

/** `--format png`: a ResultWriter (the matrix SVG, rasterised at the plan's width). */
export function writeMatrixPng(out: Sink, doc: ResultDocument, o: RenderOptions): void {
  out(rasterize(matrixSvg(matrixModel(doc, o)), o.picture.pngWidth));
}
