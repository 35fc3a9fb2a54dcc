// Where a chart's direct labels go, in pixels: one text-width estimate and the placement solvers every chart shares
// (chip labels around their dots and in their regions, trade-chart names in rows above the frame, status-bar names
// wrapped to their column). Pure: charts measure nothing in the DOM, so a chart renders the same in tests and browsers.

/** Text weights the estimate knows: bold glyphs are wider. */
export type TextWeight = "normal" | "bold";

/**
 * The estimated width of a text line in system sans-serif, in px: an average character width of 0.575 em (0.62 em
 * bold), measured on our labels (letters, digits, spaces) and rounded up, so estimated labels do not touch.
 */
export function textWidth(text: string, fontSize: number, weight: TextWeight = "normal"): number {
  return text.length * fontSize * CHAR_EM[weight];
}

/** The average character width as a share of the font size (see textWidth). */
const CHAR_EM: Record<TextWeight, number> = {normal: 0.575, bold: 0.62};
/** Line height as a share of the font size (Plot's default lineHeight is 1). */
const LINE_EM = 1.2;

/** How many characters fit in a width at a font size (textWidth the other way). */
export function charsThatFit(width: number, fontSize: number, weight: TextWeight = "normal"): number {
  return Math.max(1, Math.floor(width / (fontSize * CHAR_EM[weight])));
}

/** An axis-aligned box in px (y down). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The size of a block of text lines, in px. */
export function textBox(
  lines: readonly string[],
  fontSize: number,
  weight: TextWeight = "normal"
): {w: number; h: number} {
  return {w: Math.max(0, ...lines.map((l) => textWidth(l, fontSize, weight))), h: lines.length * fontSize * LINE_EM};
}

/** Whether a box lies inside a frame (half a pixel of slack for rounding). */
export function inside(b: Box, frame: Box): boolean {
  return (
    b.left >= frame.left - 0.5 &&
    b.right <= frame.right + 0.5 &&
    b.top >= frame.top - 0.5 &&
    b.bottom <= frame.bottom + 0.5
  );
}

/** The area two boxes share, in px² (0 when they do not touch). */
export function overlap(a: Box, b: Box): number {
  return (
    Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
    Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top))
  );
}

/** A label placed by a solver: its anchor point (text-anchor and a vertically centred line block) and its box. */
export interface PlacedLabel {
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
  box: Box;
}

/**
 * Places a block of text next to a point: the first of right, left, above, below, the four diagonals, then the same
 * twice as far, that stays inside the frame and overlaps the taken boxes least (`self`, the point's own box, is not
 * counted). Adds the chosen box to `taken` and returns the label.
 */
export function placeBesidePoint(
  point: {x: number; y: number},
  size: {w: number; h: number},
  {frame, taken, self}: {frame: Box; taken: Box[]; self?: Box}
): PlacedLabel {
  const {w, h} = size;
  const candidates = [9, 18].flatMap((d) =>
    (
      [
        [d, 0, "start"],
        [-d, 0, "end"],
        [0, -d, "middle"],
        [0, d, "middle"],
        [d - 2, -d + 2, "start"],
        [d - 2, d - 2, "start"],
        [-d + 2, -d + 2, "end"],
        [-d + 2, d - 2, "end"]
      ] as const
    ).map(([dx, dy, anchor]): PlacedLabel => {
      const left = anchor === "start" ? point.x + dx : anchor === "end" ? point.x + dx - w : point.x - w / 2;
      const top = dy < 0 ? point.y + dy - h : dy > 0 ? point.y + dy : point.y - h / 2;
      return {x: point.x + dx, y: top + h / 2, anchor, box: {left, right: left + w, top, bottom: top + h}};
    })
  );
  const cost = (b: Box) =>
    (inside(b, frame) ? 0 : 1e6) + taken.filter((t) => t !== self).reduce((sum, t) => sum + overlap(b, t), 0);
  const best = candidates.reduce((a, b) => (cost(b.box) < cost(a.box) ? b : a));
  taken.push(best.box);
  return best;
}

/**
 * Places a block of text in a corner of the first region (largest first, as given) where it fits without touching a
 * taken box, `pad` px in from the region's edges; adds its box to `taken`. Undefined when no corner is free.
 */
export function placeInRegion(
  regions: readonly Box[],
  size: {w: number; h: number},
  {taken, pad = {x: 5, y: 4}}: {taken: Box[]; pad?: {x: number; y: number}}
): PlacedLabel | undefined {
  const {w, h} = size;
  for (const region of regions) {
    const [l, r, t, b] = [region.left + pad.x, region.right - pad.x, region.top + pad.y, region.bottom - pad.y];
    const corners: PlacedLabel[] = [
      {x: l, y: t + h / 2, anchor: "start", box: {left: l, right: l + w, top: t, bottom: t + h}},
      {x: r, y: t + h / 2, anchor: "end", box: {left: r - w, right: r, top: t, bottom: t + h}},
      {x: l, y: b - h / 2, anchor: "start", box: {left: l, right: l + w, top: b - h, bottom: b}},
      {x: r, y: b - h / 2, anchor: "end", box: {left: r - w, right: r, top: b - h, bottom: b}}
    ];
    const spot = corners.find((c) => inside(c.box, region) && taken.every((t) => overlap(c.box, t) === 0));
    if (spot) {
      taken.push(spot.box);
      return spot;
    }
  }
  return undefined;
}

/** A label placed in a row above a chart by placeInRows. */
export interface RowLabel<T> {
  item: T;
  /** 0 is the row nearest the frame. */
  row: number;
  anchor: "start" | "end";
  /** Where the text starts (start) or ends (end), in px: `gap` px beside the item's position. */
  px: number;
}

/**
 * Places short names in rows above a chart, left to right: each to the right of its position (to the left where it
 * would pass the right edge), in the lowest row where it keeps `spacing` px from its neighbour; a name that fits in no
 * row is left off (the chart keeps its mark and tooltip). Items come in the order of their positions.
 */
export function placeInRows<T>(
  items: readonly T[],
  {
    text,
    at,
    width,
    rows,
    fontSize,
    gap = 3,
    spacing = 6
  }: {
    text: (item: T) => string | undefined;
    at: (item: T) => number;
    width: number;
    rows: number;
    fontSize: number;
    gap?: number;
    spacing?: number;
  }
): RowLabel<T>[] {
  const rowEnds: number[] = Array(rows).fill(-Infinity);
  const placed: RowLabel<T>[] = [];
  for (const item of items) {
    const name = text(item);
    if (!name) continue;
    const px = at(item);
    const w = textWidth(name, fontSize);
    const anchor = px + gap + w <= width - 2 ? "start" : "end";
    const [x0, x1] = anchor === "start" ? [px, px + gap + w] : [px - gap - w, px];
    const row = rowEnds.findIndex((end) => end + spacing <= x0);
    if (row < 0) continue;
    rowEnds[row] = x1;
    placed.push({item, row, anchor, px: anchor === "start" ? px + gap : px - gap});
  }
  return placed;
}

/**
 * Word-wraps a text into at most `maxLines` lines of about `maxChars` characters, ending in "…" when it had to cut.
 * (Plot wraps text itself, but cannot both wrap and cap the number of lines, which a fixed row height needs.)
 */
export function wrapLines(text: string, maxChars: number, maxLines = 2): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines.join("\n");
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1];
  kept[maxLines - 1] = `${last.length > maxChars - 1 ? last.slice(0, maxChars - 1) : last}…`;
  return kept.join("\n");
}
