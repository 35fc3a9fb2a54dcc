// What each chart's embed page (src/embed/[chart].md) loads and draws: the tables a chart needs, and the chart drawn
// from them with the same derivations and hash state as on its full page. The embed page itself only loads the
// tables and lays out embedFrame(); the chart ids and texts live in src/lib/charts.ts.
import {chartSpec, pagePath, SITE_NAME} from "../lib/charts.js";
import {formats, ui, type Lang} from "../lib/i18n/index.js";
import {inLaneGroup, laneOf} from "../lib/lanes.js";
import {tariffYMax, timeDomain, yearStart} from "../lib/domains.js";
import {orderedRules} from "../lib/derive/chips.js";
import {statusPeriods} from "../lib/derive/statusPeriods.js";
import {numberForecasts} from "../lib/derive/forecasts.js";
import {linkedItems} from "../lib/derive/timeline.js";
import {indexById} from "../lib/group.js";
import {timeline} from "./timeline.js";
import {tariffAverage} from "./tariffAverage.js";
import {tariffAuthorities} from "./tariffAuthorities.js";
import {rateGrid} from "./rateGrid.js";
import {chipThresholds} from "./chipThresholds.js";
import {rulesTimeline} from "./rulesTimeline.js";
import {mineralControls} from "./mineralControls.js";
import {tradeFlows} from "./tradeFlows.js";
import {tradeBalance} from "./tradeBalance.js";
import {tradeShare} from "./tradeShare.js";
import {forecastChart} from "./forecastChart.js";
import {claimEvidence} from "./claimEvidence.js";
import {sourceYears} from "./sourceYears.js";
import {readHash} from "./urlState.js";

/** The revived tables an embed page loaded, by name (data/tables/NAME.json). */
export type EmbedTables = Record<string, unknown>;

/** The tables each chart's embed page loads (besides meta, which every embed page loads). */
export const EMBED_TABLES: Record<string, readonly string[]> = {
  "overview-timeline": ["timeline", "excerpt_pins"],
  "tariff-average-us-on-cn": ["tariff_series", "published_estimates"],
  "tariff-average-cn-on-us": ["tariff_series", "published_estimates"],
  "tariff-authorities-us-on-cn": ["tariff_series_by_authority", "tariff_series"],
  "tariff-authorities-cn-on-us": ["tariff_series_by_authority", "tariff_series"],
  "tariff-rates": ["tariff_steps"],
  "chip-thresholds": ["chip_classes", "chips", "chip_rules", "chip_rule_thresholds"],
  "us-export-controls": ["measures", "measure_status", "chip_rules"],
  "china-mineral-controls": ["measures", "measure_status"],
  "trade-flows": ["trade_years", "timeline"],
  "trade-balance": ["trade_years"],
  "trade-share": ["trade_years"],
  "claim-evidence": ["excerpts", "timeline"],
  "forecast-verdicts": ["forecasts", "excerpts"],
  "sources-by-year": ["sources"]
};

/** The site's meta row as the pages revive it: the lane dates are each lane's "now" (lib/lanes CHECKED_THROUGH_KEYS). */
interface Meta {
  as_of: Date;
  horizon: Date;
  commentary_date: Date;
  checked_through_us_tariffs: Date;
  checked_through_cn_tariffs: Date;
  checked_through_us_controls: Date;
  checked_through_cn_controls: Date;
}

// A table, typed by the component that reads it (the loader's wire types, revived): contextual typing picks T.
const table = <T>(tables: EmbedTables, name: string): T => tables[name] as T;

/** The direction a tariff chart id ends with. */
const directionOf = (id: string) => (id.endsWith("cn-on-us") ? "cn-on-us" : "us-on-cn");

/**
 * Draws the chart `id` at `width` from its tables, in the state the URL hash `hash` sets (as on its full page), its
 * words in `lang` (English by default).
 */
export function embedChart(
  id: string,
  tables: EmbedTables,
  {width, hash = "", lang = "en"}: {width: number; hash?: string; lang?: Lang}
): Element {
  const meta = (tables.meta as Meta[])[0];
  const params = readHash(hash);
  const domain = timeDomain(meta.as_of);
  const marker = {date: meta.commentary_date, label: ui(lang).commentary};
  switch (chartSpec(id, lang).id) {
    case "overview-timeline": {
      const show = params.get("lanes") ?? "";
      const items = table<Parameters<typeof timeline>[0]>(tables, "timeline").filter((i) => inLaneGroup(i.lane, show));
      type Pins = NonNullable<Parameters<typeof timeline>[1]>["pins"] & object;
      const pins = table<Pins>(tables, "excerpt_pins").filter((p) => inLaneGroup(p.lane, show));
      return timeline(items, {width, domain: timeDomain(meta.horizon), pins, marker, lang});
    }
    case "tariff-average-us-on-cn":
    case "tariff-average-cn-on-us": {
      const series = table<Parameters<typeof tariffAverage>[0]>(tables, "tariff_series");
      const published = table<NonNullable<Parameters<typeof tariffAverage>[1]["published"]>>(
        tables,
        "published_estimates"
      );
      const yMax = tariffYMax(series, published);
      return tariffAverage(series, {width, direction: directionOf(id), domain, yMax, published, marker, lang});
    }
    case "tariff-authorities-us-on-cn":
    case "tariff-authorities-cn-on-us": {
      const direction = directionOf(id);
      const series = table<{direction: string; headline?: boolean; basis: string}[]>(tables, "tariff_series");
      const basis = series.find((p) => p.direction === direction && p.headline)?.basis ?? "";
      const points = table<Parameters<typeof tariffAuthorities>[0]>(tables, "tariff_series_by_authority");
      return tariffAuthorities(points, {width, direction, basis, domain, lang});
    }
    case "tariff-rates": {
      const direction = params.get("dir") ?? "us-on-cn";
      const steps = table<Parameters<typeof rateGrid>[0]>(tables, "tariff_steps").filter(
        (s) => (s as {direction?: string}).direction === direction
      );
      const end = direction === "cn-on-us" ? meta.checked_through_cn_tariffs : meta.checked_through_us_tariffs;
      return rateGrid(steps, {width, domain, end, lang});
    }
    case "chip-thresholds": {
      type Rules = NonNullable<Parameters<typeof chipThresholds>[1]["rules"]>;
      const rules = orderedRules(table<Rules>(tables, "chip_rules"));
      const latest = rules[rules.length - 1]?.id ?? "";
      const asked = params.get("rule");
      const rule = rules.some((r) => r.id === asked) ? asked! : latest;
      return chipThresholds(table(tables, "chip_classes"), {
        width,
        rule,
        chips: table(tables, "chips"),
        rules,
        thresholds: table(tables, "chip_rule_thresholds"),
        lang
      });
    }
    case "us-export-controls":
    case "china-mineral-controls": {
      const measures = table<Parameters<typeof statusPeriods>[0]>(tables, "measures");
      const history = table<Parameters<typeof statusPeriods>[1]>(tables, "measure_status");
      const controlsDomain = timeDomain(meta.horizon);
      if (id === "china-mineral-controls") {
        const chosen = measures.filter((m) => m.actor === "CN" && m.instrument === "export-control");
        const asOf = meta.checked_through_cn_controls;
        return mineralControls(statusPeriods(chosen, history, {asOf}), {width, domain: controlsDomain, marker, lang});
      }
      const periods = statusPeriods(
        measures.filter((m) => laneOf(m) === "us-controls"),
        history,
        {asOf: meta.checked_through_us_controls}
      );
      const ruleMeasureIds = table<{measure_id: string}[]>(tables, "chip_rules").map((r) => r.measure_id);
      return rulesTimeline(periods, {width, domain: controlsDomain, marker, ruleMeasureIds, lang});
    }
    case "trade-flows": {
      const sides = params.get("marks") ?? "both";
      return tradeFlows(table(tables, "trade_years"), {
        width,
        measures: table(tables, "timeline"),
        sides: sides as never,
        lang
      });
    }
    case "trade-balance":
      return tradeBalance(table(tables, "trade_years"), {width, lang});
    case "trade-share":
      return tradeShare(table(tables, "trade_years"), {width, lang});
    case "claim-evidence": {
      // The excerpt named in the hash, else the first that refers to dated items (the page draws one per excerpt).
      type Items = Parameters<typeof claimEvidence>[0];
      const byId = indexById(table<Items>(tables, "timeline"));
      const excerpts = table<Parameters<typeof linkedItems>[0][]>(tables, "excerpts") as ({
        id: string;
        paragraph: number;
      } & Parameters<typeof linkedItems>[0])[];
      const asked = excerpts.find((x) => x.id === params.get("excerpt"));
      const excerpt = asked ?? excerpts.find((x) => linkedItems(x, byId).length > 0);
      if (!excerpt) throw new Error("no excerpt refers to a dated measure or event");
      const subject = ui(lang).embed.paragraphSubject(excerpt.paragraph);
      return claimEvidence(linkedItems(excerpt, byId), {width, domain, marker, subject, lang});
    }
    case "forecast-verdicts": {
      const verdict = params.get("verdict") ?? "all";
      const numbered = numberForecasts(table(tables, "forecasts"), table(tables, "excerpts"));
      const shown = numbered.filter((f) => verdict === "all" || f.verdict === verdict);
      const from = yearStart(meta.commentary_date);
      return forecastChart(shown, {width, domain: timeDomain(meta.as_of, {from}), marker, lang});
    }
    case "sources-by-year":
      return sourceYears(table(tables, "sources"), {width, lang});
    default:
      throw new Error(`no embed drawing for chart "${id}"`);
  }
}

/**
 * The title of a chart's embed page in the state the hash sets, where the state changes what the chart shows (which
 * paragraph, direction or rule); else the chart's title. In `lang` (English by default).
 */
export function embedTitle(id: string, tables: EmbedTables, hash = "", lang: Lang = "en"): string {
  const t = ui(lang).embed;
  const spec = chartSpec(id, lang);
  const params = readHash(hash);
  if (id === "tariff-rates") {
    return (params.get("dir") ?? "us-on-cn") === "cn-on-us" ? t.ratesCnOnUs : t.ratesUsOnCn;
  }
  if (id === "chip-thresholds") {
    const rules = orderedRules(table<{id: string; name: string; effective: Date}[]>(tables, "chip_rules"));
    const rule = rules.find((r) => r.id === params.get("rule")) ?? rules[rules.length - 1];
    return rule ? t.chipRule(rule.name) : spec.title;
  }
  if (id === "claim-evidence") {
    const excerpts = table<{id: string; paragraph: number}[]>(tables, "excerpts");
    const excerpt = excerpts.find((x) => x.id === params.get("excerpt"));
    return excerpt ? t.claimParagraph(excerpt.paragraph) : spec.title;
  }
  return spec.title;
}

/**
 * The embed page's content: the chart's title and units, the chart, its source line, the as-of date and a link back
 * to the full page (opened outside the frame), in `lang` (English by default).
 */
export function embedFrame(
  id: string,
  {
    asOf,
    chart,
    lang = "en",
    title = chartSpec(id, lang).title
  }: {asOf: Date; chart: Element; title?: string; lang?: Lang}
): HTMLElement {
  const t = ui(lang);
  const spec = chartSpec(id, lang);
  const card = document.createElement("div");
  card.className = "card hf-embed-card";
  card.dataset.chart = id;
  const h2 = document.createElement("h2");
  h2.textContent = title;
  const h3 = document.createElement("h3");
  h3.textContent = spec.units;
  const source = document.createElement("div");
  source.className = "hf-source";
  const back = document.createElement("a");
  back.href = `../${pagePath(id)}${location.hash}`;
  back.target = "_blank";
  back.rel = "noopener";
  back.textContent = t.embed.seeItOn(SITE_NAME);
  source.append(`${spec.source}. ${t.chart.dataAsOf(formats(lang).longDate(asOf))}. `, back);
  card.append(h2, h3, chart, source);
  return card;
}
