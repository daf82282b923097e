/** A snapshot's cell styles as ExcelJS styles (fill, font, alignment) and back. */
import type ExcelJS from 'exceljs';
import type { StyleSnapshot } from '../emulator';

/**
 * The font ExcelJS declares as the workbook default, which PIXELS_PER_WIDTH_UNIT assumes too. A styled
 * font repeats it, so that a bold header keeps the size of the cells around it; a size read back equal
 * to it is the default, not a size someone set.
 */
const DEFAULT_FONT = { name: 'Calibri', size: 11 } as const;

/** '#1f3a5f' as ExcelJS's 'FF1F3A5F' (opaque ARGB). */
export function argbOf(color: string): string {
  return `FF${color.slice(1).toUpperCase()}`;
}

/**
 * 'FF1F3A5F' as '#1f3a5f'. The alpha byte is dropped (Sheets has none); a theme or indexed colour, which
 * has no ARGB, reads as no colour.
 */
export function colorOf(color: Partial<ExcelJS.Color> | undefined): string | undefined {
  const argb = color?.argb;
  return argb !== undefined && /^[0-9a-f]{8}$/i.test(argb) ? `#${argb.slice(2).toLowerCase()}` : undefined;
}

/** The ExcelJS style parts of `style`; the number format is the caller's. */
export function toExcelStyle(style: StyleSnapshot): Partial<ExcelJS.Style> {
  const { background, fontColor, bold, italic, fontSize, wrap, horizontalAlignment, verticalAlignment } = style;
  const hasFont = fontColor !== undefined || bold === true || italic === true || fontSize !== undefined;
  const hasAlignment = wrap === true || horizontalAlignment !== undefined || verticalAlignment !== undefined;
  return {
    ...(background === undefined ? {} : { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: argbOf(background) } } }),
    ...(hasFont
      ? {
          font: {
            ...DEFAULT_FONT,
            ...(fontSize === undefined ? {} : { size: fontSize }),
            ...(bold ? { bold } : {}),
            ...(italic ? { italic } : {}),
            ...(fontColor === undefined ? {} : { color: { argb: argbOf(fontColor) } }),
          },
        }
      : {}),
    ...(hasAlignment
      ? {
          alignment: {
            ...(wrap ? { wrapText: true } : {}),
            ...(horizontalAlignment === undefined ? {} : { horizontal: horizontalAlignment }),
            ...(verticalAlignment === undefined ? {} : { vertical: verticalAlignment }),
          },
        }
      : {}),
  };
}

/**
 * The snapshot style of a cell read by ExcelJS, or undefined when it has none. Only what a snapshot holds
 * is read: borders, font names, underline and fill patterns other than solid are left out, and so are
 * values equal to the defaults (white fill, black font, size 11, bottom alignment).
 */
export function fromExcelStyle(style: Partial<ExcelJS.Style>): StyleSnapshot | undefined {
  const { fill, font, alignment } = style;
  const background = fill?.type === 'pattern' && fill.pattern === 'solid' ? colorOf(fill.fgColor) : undefined;
  const fontColor = colorOf(font?.color);
  const horizontal = alignment?.horizontal;
  const vertical = alignment?.vertical;
  const read: StyleSnapshot = {
    ...(background === undefined || background === '#ffffff' ? {} : { background }),
    ...(fontColor === undefined || fontColor === '#000000' ? {} : { fontColor }),
    ...(font?.bold ? { bold: true } : {}),
    ...(font?.italic ? { italic: true } : {}),
    ...(font?.size === undefined || font.size === DEFAULT_FONT.size ? {} : { fontSize: font.size }),
    ...(alignment?.wrapText ? { wrap: true } : {}),
    ...(horizontal === 'left' || horizontal === 'center' || horizontal === 'right' ? { horizontalAlignment: horizontal } : {}),
    ...(vertical === 'top' || vertical === 'middle' ? { verticalAlignment: vertical } : {}),
  };
  return Object.keys(read).length > 0 ? read : undefined;
}
