import * as Plot from "@observablehq/plot";
import type {PlotPassThrough} from "./plotOptions.js";
import {tidyAria} from "./tidyAria.js";
import type {TradeYear} from "../lib/derive/trade.js";
import {LANE_COLORS} from "./theme.js";
import {yearSlots} from "../lib/domains.js";
import {formats, ui, type Lang} from "../lib/i18n/index.js";
import {chartHeight} from "../lib/chartHeights.js";

/** Bar colours: a deficit grey (neutral: a deficit is no verdict), a surplus US blue; the sign is always written too. */
const DEFICIT = LANE_COLORS.context;
const SURPLUS = LANE_COLORS["us-tariffs"];

/** "−375.1" or, where bars are narrow, "−375" (German "−375,1"): the chart's title says USD bn. */
function short(value: number, digits: number, lang: Lang): string {
  const s = formats(lang).number(Math.abs(value), digits);
  return value < 0 ? `−${s}` : s;
}

/**
 * The US goods trade balance with China per calendar year (exports minus imports, below zero = US deficit) as one bar
 * per year, each labelled with its value. Years missing inside the range keep an empty slot.
 */
export function tradeBalance(
  rows: readonly TradeYear[],
  {width = 640, lang = "en", ...options}: PlotPassThrough & {/** English by default. */ lang?: Lang} = {}
): SVGSVGElement | HTMLElement {
  const t = ui(lang);
  const {signedUsdBn} = formats(lang);
  const domain = yearSlots(rows);
  const marginLeft = 46;
  const bandPx = (width - marginLeft - 12) / Math.max(1, domain.length);
  const digits = bandPx >= 44 ? 1 : 0;
  // Where bars are too narrow for a label across them, labels turn upright (and the scale leaves room beyond the bars).
  const upright = bandPx < 34;
  const values = rows.map((r) => r.balance_usd_bn);
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const allDeficit = hi <= 0;
  const pad = (hi - lo || 1) * (upright ? 0.2 : 0.12);
  const deficits = rows.filter((r) => r.balance_usd_bn < 0);
  const surpluses = rows.filter((r) => r.balance_usd_bn >= 0);
  const describe = rows.length
    ? t.tradeBalance.describe(
        signedUsdBn(rows[0].balance_usd_bn),
        rows[0].year,
        signedUsdBn(rows[rows.length - 1].balance_usd_bn),
        rows[rows.length - 1].year,
        deficits.length,
        rows.length
      )
    : t.tradeBalance.noYears;
  return tidyAria(
    Plot.plot({
      width,
      height: chartHeight("tradeBalance", width),
      marginLeft,
      marginRight: 12,
      marginTop: allDeficit ? 28 : 16,
      marginBottom: allDeficit ? 10 : 28,
      x: {
        type: "band",
        domain,
        axis: allDeficit ? "top" : "bottom",
        label: null,
        tickSize: 0,
        padding: 0.2,
        tickFormat: (y: string) => (bandPx < 30 ? `’${y.slice(2)}` : y)
      },
      y: {
        domain: [lo - (lo < 0 ? pad : 0), hi + (hi > 0 ? pad : 0)],
        grid: true,
        label: t.trade.usdBn,
        labelArrow: "none",
        tickFormat: formats(lang).numberTick,
        nice: true
      },
      ariaLabel: t.tradeBalance.ariaLabel,
      ariaDescription: t.tradeBalance.ariaDescription(describe),
      marks: [
        Plot.barY(rows, {
          x: (r: TradeYear) => String(r.year),
          y: "balance_usd_bn",
          fill: (r: TradeYear) => (r.balance_usd_bn < 0 ? DEFICIT : SURPLUS)
        }),
        Plot.ruleY([0], {stroke: "currentColor", strokeOpacity: 0.7}),
        Plot.text(deficits, {
          x: (r: TradeYear) => String(r.year),
          y: "balance_usd_bn",
          text: (r: TradeYear) => short(r.balance_usd_bn, digits, lang),
          ...(upright ? {rotate: -90, textAnchor: "end", dy: 4} : {lineAnchor: "top", dy: 4}),
          fill: "currentColor",
          fontSize: 10
        }),
        Plot.text(surpluses, {
          x: (r: TradeYear) => String(r.year),
          y: "balance_usd_bn",
          text: (r: TradeYear) => short(r.balance_usd_bn, digits, lang),
          ...(upright ? {rotate: -90, textAnchor: "start", dy: -4} : {lineAnchor: "bottom", dy: -4}),
          fill: "currentColor",
          fontSize: 10
        }),
        Plot.tip(
          rows,
          Plot.pointerX({
            x: (r: TradeYear) => String(r.year),
            y: "balance_usd_bn",
            title: (r: TradeYear) =>
              [
                t.trade.calendarYear(r.year),
                t.tradeBalance.balanceTip(
                  signedUsdBn(r.balance_usd_bn),
                  r.balance_usd_bn < 0 ? t.tradeBalance.deficit : t.tradeBalance.surplus
                ),
                t.tradeBalance.definition
              ].join("\n")
          })
        )
      ],
      color: {type: "identity"},
      ...options
    })
  );
}
