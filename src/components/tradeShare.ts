import * as Plot from "@observablehq/plot";
import type {PlotPassThrough} from "./plotOptions.js";
import {tidyAria} from "./tidyAria.js";
import type {TradeYear} from "../lib/derive/trade.js";
import {formats, ui, type Lang} from "../lib/i18n/index.js";
import {textWidth} from "../lib/labelPlacement.js";
import {LANE_COLORS} from "./theme.js";
import {yearRanges, yearSlots} from "../lib/domains.js";
import {chartHeight} from "../lib/chartHeights.js";

/**
 * China's share of all US goods imports per calendar year, as a bar only where the data hold the total of US imports;
 * every other year keeps its slot with "no total" written in it. Nothing is interpolated.
 */
export function tradeShare(
  rows: readonly TradeYear[],
  {width = 640, lang = "en", ...options}: PlotPassThrough & {/** English by default. */ lang?: Lang} = {}
): SVGSVGElement | HTMLElement {
  const t = ui(lang).tradeShare;
  const {pct, usdBn, rate} = formats(lang);
  const domain = yearSlots(rows);
  const marginLeft = 40;
  const bandPx = (width - marginLeft - 12) / Math.max(1, domain.length);
  const known = rows.filter((r) => r.share_of_us_imports !== undefined);
  const knownYears = new Set(known.map((r) => r.year));
  const missing = domain.map(Number).filter((y) => !knownYears.has(y));
  const top = Math.max(0.3, ...known.map((r) => r.share_of_us_imports! * 1.2));
  const slots = domain.map((y) => ({year: Number(y), row: rows.find((r) => r.year === Number(y))}));
  // A bar's label keeps its decimal where it fits the band, else it is rounded, and turns upright where even that is
  // too wide (the tooltip keeps the decimal).
  const fits = (digits: number) =>
    known.every((r) => textWidth(pct(r.share_of_us_imports! * 100, digits), 10, "bold") <= bandPx - 2);
  const labelDigits = fits(1) ? 1 : 0;
  const upright = !fits(0);
  return tidyAria(
    Plot.plot({
      width,
      height: chartHeight("tradeShare", width),
      marginLeft,
      marginRight: 12,
      marginTop: 20,
      marginBottom: 28,
      x: {
        type: "band",
        domain,
        label: null,
        tickSize: 0,
        padding: 0.2,
        tickFormat: (y: string) => (bandPx < 30 ? `’${y.slice(2)}` : y)
      },
      y: {
        domain: [0, top * 100],
        percent: true,
        grid: true,
        label: t.yLabel,
        labelArrow: "none",
        tickFormat: (d: number) => rate(d),
        ticks: 4
      },
      ariaLabel: t.ariaLabel,
      ariaDescription: t.ariaDescription(
        known.map((r) => `${r.year}: ${pct(r.share_of_us_imports! * 100)}`),
        missing.length ? yearRanges(missing) : ""
      ),
      marks: [
        Plot.barY(known, {
          x: (r: TradeYear) => String(r.year),
          y: "share_of_us_imports",
          fill: LANE_COLORS["cn-tariffs"]
        }),
        Plot.ruleY([0], {stroke: "currentColor", strokeOpacity: 0.7}),
        Plot.text(known, {
          x: (r: TradeYear) => String(r.year),
          y: "share_of_us_imports",
          text: (r: TradeYear) => pct(r.share_of_us_imports! * 100, labelDigits),
          ...(upright ? {rotate: -90, textAnchor: "start", dx: 3.5, dy: -4} : {lineAnchor: "bottom", dy: -4}),
          fill: "currentColor",
          fontSize: 10,
          fontWeight: "bold"
        }),
        Plot.text(missing, {
          x: (y: number) => String(y),
          y: 0,
          text: () => (bandPx < 44 ? t.notAvailable : t.noTotal),
          lineAnchor: "bottom",
          dy: -4,
          fill: "var(--theme-foreground-muted, gray)",
          fontSize: 9
        }),
        Plot.tip(
          slots,
          Plot.pointerX({
            x: (s: (typeof slots)[number]) => String(s.year),
            y: (s: (typeof slots)[number]) => s.row?.share_of_us_imports ?? 0,
            title: (s: (typeof slots)[number]) =>
              s.row?.share_of_us_imports !== undefined
                ? t.tip(s.year, pct(s.row.share_of_us_imports * 100), usdBn(s.row.imports_usd_bn))
                : t.noTotalTip(s.year)
          })
        )
      ],
      color: {type: "identity"},
      ...options
    })
  );
}
