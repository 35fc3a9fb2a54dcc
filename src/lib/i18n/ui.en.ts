// The English UI messages: every visible word of the components and lib word modules, grouped by component or concept.
// `Ui` (this table's type) is the shape every language must fill (src/lib/i18n/ui.de.ts): a missing key is a type
// error. Messages that take values are functions.

/** Readable labels of the vocabularies' slugs (src/lib/vocab.ts); a slug without one reads as itself, hyphens as spaces. */
const labels = {
  "section-232": "Section 232 (national security)",
  "section-301": "Section 301 (unfair practices)",
  "section-201": "Section 201 (safeguard)",
  "section-122": "Section 122 (balance of payments)",
  ieepa: "IEEPA (emergency powers)",
  ear: "Export Administration Regulations",
  "chips-act": "CHIPS and Science Act",
  "executive-order": "Executive order",
  "trade-agreement": "Trade agreement",
  "us-court": "US courts",
  "cn-tariff-commission": "State Council Tariff Commission",
  "cn-export-control": "China's Export Control Law",
  "cn-unreliable-entity-list": "Unreliable Entity List",
  "cn-trade-remedy": "China's trade remedies and probes",
  other: "Other",
  "in-force": "in force",
  "struck-down": "struck down",
  "export-control": "export control",
  "entity-listing": "entity listing",
  "investment-restriction": "investment restriction",
  "court-ruling": "court ruling",
  "us-on-cn": "US on Chinese goods",
  "cn-on-us": "China on US goods"
} as Record<string, string>;

export const en = {
  /** The language's own name, for the language switch. */
  languageName: "English",
  /** Written where a value is missing. */
  missing: "–",
  /** The label of the dated rule at the day the commentary appeared. */
  commentary: "Commentary",
  labels,
  /** The readable label of a slug, or the slug with hyphens as spaces. */
  label: (slug: string): string => labels[slug] ?? slug.replaceAll("-", " "),
  lanes: {
    "us-tariffs": "US tariffs",
    "us-controls": "US export controls & chip policy",
    "cn-tariffs": "China's tariffs",
    "cn-controls": "China's controls & listings",
    context: "Context"
  },
  /** Short lane names, for the one line of how far the data reach. */
  laneShort: {
    "us-tariffs": "US tariffs",
    "us-controls": "US controls",
    "cn-tariffs": "China's tariffs",
    "cn-controls": "China's controls",
    context: "context"
  },
  laneGroups: {
    "": "All lanes",
    us: "US measures",
    cn: "China's measures",
    tariffs: "Tariffs only",
    controls: "Controls only"
  },
  phases: {
    pending: "not yet in force",
    "in-force": "in force",
    paused: "suspended",
    ended: "no longer in force"
  },
  /** "in force since 2025-04-04", "revoked on 2025-05-13". */
  statusSince: (status: string, ended: boolean, day: string): string => `${status} ${ended ? "on" : "since"} ${day}`,
  /** The status column of a measure: "in force", or "suspended Nov 2025". */
  currentStatus: (status: string, inForce: boolean, month: string): string =>
    inForce ? "in force" : `${status} ${month}`,
  stances: {against: "Against the claim", supports: "Supports the claim", nuance: "Nuance"},
  kinds: {fact: "Fact", assessment: "Assessment", forecast: "Forecast"},
  kindHints: {
    fact: "a statement of fact that sources can confirm or correct",
    assessment: "a judgement by the author",
    forecast: "an expectation about what comes next"
  },
  verdicts: {
    happened: "Happened",
    partly: "Partly happened",
    "did-not-happen": "Did not happen",
    open: "Still open"
  },
  directions: {
    "us-on-cn": "US tariffs on Chinese goods",
    "cn-on-us": "China's tariffs on US goods"
  },
  /** Source kinds as the charts' legends name them. */
  sourceKinds: {primary: "primary", secondary: "secondary"},
  /** The sides of the trade charts' measure rows. */
  sides: {US: "US", CN: "China"},
  /** "announced 8 Mar 2018, effective 23 Mar 2018" (measures); an event's date stands alone. */
  announcedEffective: (announced: string, effective?: string): string =>
    effective ? `announced ${announced}, effective ${effective}` : `announced ${announced}`,
  /** The status word of a timeline event in the claim rows. */
  event: "event",
  chart: {
    embed: "Embed",
    embedTheme: "Embed theme",
    themeFollow: "Theme: follow the reader",
    themeLight: "Light",
    themeDark: "Dark",
    transparent: " transparent background",
    embedCode: "Embed code",
    copy: "Copy",
    copyTitle: "Copy the embed code",
    copied: "Copied",
    pressCopy: "Press Ctrl+C",
    svg: "SVG",
    svgTitle: "Download the chart as SVG, with its title and source",
    png: "PNG",
    pngTitle: "Download the chart as PNG (2×), with its title and source",
    /** The footer of an exported image: "data as of 1 December 2026". */
    imageAsOf: (date: string): string => `data as of ${date}`,
    /** The comment atop an embed snippet: what the frame posts and what the script does with it. */
    snippetNote: (site: string, title: string, message: string): string =>
      `${site}: "${title}". The frame posts ${message} (CSS px) to this page on load and on resize; the script below sets the frame's height from it.`,
    /** "Data as of 1 December 2026": the as-of date after a chart's source line. */
    dataAsOf: (date: string): string => `Data as of ${date}`,
    noChart: "no chart to export in this card"
  },
  /** Every chart's title, units and source line (src/lib/charts.ts has the ids). */
  charts: {
    "overview-timeline": {
      title: "Every US–China trade measure since 2018, and the events around them",
      units:
        "Bars run from announcement to entry into force; ● in force or pending, ○ no longer in force, ◆ context event",
      source:
        "Sources: Federal Register, USTR, BIS, White House, MOFCOM, State Council Tariff Commission (one or more per measure)"
    },
    "tariff-average-us-on-cn": {
      title: "US tariffs on Chinese goods, average incl. MFN",
      units:
        "Percent of US imports from China, weighted by trade per tariff line; shaded: the MFN part; dotted lines: PIIE's and the Yale Budget Lab's figures",
      source:
        "Rates: Federal Register and USTR, one source per step; lines, weights and MFN: data/lines. Estimate by High Fences"
    },
    "tariff-average-cn-on-us": {
      title: "China's tariffs on US goods, average incl. MFN",
      units:
        "Percent of US exports to China, weighted by trade per tariff line; shaded: the MFN part; dotted lines: PIIE's and the Yale Budget Lab's figures",
      source:
        "Rates: State Council Tariff Commission and MOFCOM, one source per step; lines, weights and MFN: data/lines. Estimate by High Fences"
    },
    "tariff-authorities-us-on-cn": {
      title: "US additional duties on Chinese goods by legal authority",
      units: "Percentage points of the average incl. MFN, MFN left out, on the headline weighting basis",
      source:
        "Rates: Federal Register and USTR, one source per step; lines and weights: data/lines. Estimate by High Fences"
    },
    "tariff-authorities-cn-on-us": {
      title: "China's additional duties on US goods by legal authority",
      units: "Percentage points of the average incl. MFN, MFN left out, on the headline weighting basis",
      source:
        "Rates: State Council Tariff Commission and MOFCOM, one source per step; lines and weights: data/lines. Estimate by High Fences"
    },
    "tariff-rates": {
      title: "Additional tariff rates per list, product group or round",
      units: "Each bar is a period at one rate (label in %); grey = 0%, removed or never applied",
      source: "Sources: one per rate step (Federal Register, USTR, State Council Tariff Commission)"
    },
    "chip-thresholds": {
      title: "Named AI chips against the thresholds of a US export-control rule",
      units: "Total processing performance (TPP) against the rule's second test; regions computed from its thresholds",
      source: "Thresholds: BIS rules (Federal Register); chip figures: data sheets. Classification by High Fences"
    },
    "us-export-controls": {
      title: "US export controls, entity listings and chip subsidies since 2018",
      units: "One row per measure: dashed = announced, solid = in force, grey dashed = suspended, × = ended",
      source: "Sources: BIS (Federal Register), Commerce and White House, one per measure"
    },
    "china-mineral-controls": {
      title: "China's export controls on minerals and materials, and their suspensions",
      units: "Dashed = announced, solid = in force, grey dashed = suspended, × = revoked",
      source: "Sources: MOFCOM and General Administration of Customs announcements, one per measure"
    },
    "trade-flows": {
      title: "US goods imports from and exports to China per year, with the tariff measures of both sides",
      units: "Nominal USD bn, Census basis; ▲ US and ◆ China tariff measures",
      source: "Trade: US Census Bureau (release named per year); measures: Federal Register, USTR, MOFCOM"
    },
    "trade-balance": {
      title: "US goods trade balance with China per year",
      units: "USD bn, exports minus imports; below zero is a US deficit",
      source: "Source: US Census Bureau (release named per year)"
    },
    "trade-share": {
      title: "China's share of all US goods imports, where the total is known",
      units: "Percent: imports from China ÷ all US goods imports",
      source: "Source: US Census Bureau (release named per year)"
    },
    "claim-evidence": {
      title: "What a paragraph of the commentary refers to, on the timeline",
      units:
        "Bars run from announcement to entry into force; hollow dot: no longer in force; ◆ an event; dashed line: the commentary",
      source: "Sources: Federal Register, USTR, BIS, MOFCOM and others, linked per item on the commentary page"
    },
    "forecast-verdicts": {
      title: "The commentary's expectations by our verdict",
      units: "Each numbered dot is one expectation, at the date its verdict is as of",
      source: "Verdicts: High Fences, from the sources linked with each expectation"
    },
    "sources-by-year": {
      title: "The sources by year of publication",
      units: "Number of sources cited, primary and secondary",
      source: "Source: High Fences, data/sources.csv"
    }
  } as Record<string, {title: string; units: string; source: string}>,
  embed: {
    ratesUsOnCn: "Additional US tariff rates on Chinese goods, per list or product group",
    ratesCnOnUs: "China's additional tariff rates on US goods, per round",
    chipRule: (rule: string): string => `Named AI chips against the thresholds of ${rule}`,
    claimParagraph: (paragraph: number): string =>
      `What paragraph ${paragraph} of the commentary refers to, on the timeline`,
    /** The subject of a claim-evidence chart's accessible label. */
    paragraphSubject: (paragraph: number): string => `paragraph ${paragraph} of the commentary`,
    seeItOn: (site: string): string => `See it on ${site}`
  },
  timeline: {
    ariaLabel: "Timeline of US–China trade measures and events",
    ariaDescription: (n: number, from: string, lanes: string): string =>
      `${n} measures and events from ${from} on, in five lanes: ${lanes}.`,
    date: (day: string): string => `Date: ${day}`,
    announced: (day: string, effective?: string): string =>
      `Announced: ${day}${effective ? `; effective ${effective}` : ""}`,
    status: (status: string, since?: string): string => `Status: ${status}${since ? ` since ${since}` : ""}`,
    scheduled: (day: string): string => `Scheduled (not yet in force): next step on ${day}`,
    refersTo: (paragraphs: readonly number[]): string => `The commentary refers to it: ¶${paragraphs.join(", ¶")}`
  },
  tariffAverage: {
    /** The legend label of one of our bases: "Ours, PIIE basis". */
    basis: (basis: string): string => `Ours, ${basis} basis`,
    yLabel: "Average tariff incl. MFN (%)",
    ariaLabel: (direction: string): string => `Average tariff, ${direction}: ours and published trackers`,
    ariaDescription: (ours: readonly string[], from: string, top: string, n: number, theirs: readonly string[]) =>
      `Step lines of our line-level estimate (${ours.join(", ") || "no line data"}) from ${from}; highest ${top}; ${n} published figures of ${theirs.join(" and ") || "no tracker"}.`,
    oursTip: (day: string, total: string, mfn: string, additional: string, basis: string, weights: string): string =>
      `Ours from ${day}: ${total} (MFN ${mfn}, additional ${additional}; ${basis} basis, ${weights} weights)`,
    theirsTip: (publisher: string, day: string, rate: string): string => `${publisher}, ${day}: ${rate} (published)`
  },
  tariffAuthorities: {
    yLabel: "Additional duties (pts)",
    ariaLabel: (direction: string, basis: string): string =>
      `Additional duties by legal authority, ${direction}, ${basis} basis`,
    ariaDescription: (from: string, total: string, authorities: readonly string[]): string =>
      `Stacked steps from ${from}; highest total ${total} points; authorities: ${authorities.join(", ") || "none"}.`,
    tip: (authority: string, day: string, points: string, share: string): string =>
      `${authority} from ${day}: ${points} pts on ${share} of trade`
  },
  rateGrid: {
    legend: "Additional rate (%)",
    ariaLabel: "Additional tariff rate per scope over time",
    ariaDescription: (n: number): string =>
      `${n} scopes; each bar is a period at one rate, labelled with the rate in percent.`,
    tip: (name: string, rate: string, from: string, until?: string): string =>
      `${name}\n${rate} from ${from}${until ? ` until ${until}` : ""}`
  },
  trade: {
    imports: "Imports from China",
    exports: "Exports to China",
    importsShort: "Imports\nfrom China",
    exportsShort: "Exports\nto China",
    usdBn: "USD bn",
    calendarYear: (year: number): string => `${year} (calendar year)`,
    importsValue: (value: string): string => `Imports from China: ${value}`,
    exportsValue: (value: string): string => `Exports to China: ${value}`,
    balanceValue: (value: string): string => `Balance: ${value}`
  },
  tradeFlows: {
    /** Short names of the big rounds named on the chart, by measure id. */
    keyMeasures: {
      "us-232-steel-2018": "232 steel",
      "us-301-list-1": "301 List 1",
      "us-301-list-3": "List 3",
      "us-301-list-4a": "List 4A",
      "us-cn-phase-one-2020": "Phase One",
      "us-301-four-year-review-2024": "301 review",
      "us-ieepa-fentanyl-cn-2025": "IEEPA fentanyl",
      "us-ieepa-reciprocal-cn-2025": "“Reciprocal”",
      "cn-retaliation-2025-04": "China to 125%",
      "us-cn-geneva-truce-2025": "Geneva truce",
      "us-cn-busan-arrangement-2025": "Busan deal"
    } as Record<string, string>,
    markTitle: (side: "US" | "CN", n: number, day: string): string =>
      `${side === "US" ? "US" : "China"} tariff measure${n > 1 ? "s" : ""}, ${day}`,
    markItem: (title: string, status: string): string => `• ${title} (status now: ${status})`,
    marked: (n: number, sides: readonly [string, number][], named: readonly [string, string][]): string =>
      ` ${n} dates with tariff measures are marked along the time axis (${sides.map(([s, k]) => `${s}: ${k}`).join(", ")})${named.length ? `; named: ${named.map(([l, d]) => `${l} (${d})`).join(", ")}` : ""}.`,
    flow: (name: string, first: string, firstYear: number, last: string, lastYear: number): string =>
      `${name}: ${first} in ${firstYear}, ${last} in ${lastYear}.`,
    ariaLabel:
      "US goods imports from and exports to China per year, USD bn, with tariff measures marked on the time axis",
    ariaDescription: "Two lines, one point per calendar year at mid-year."
  },
  tradeSummary: {
    /** The flows in words, for the table's release list. */
    flowNames: {
      "us-imports-from-cn": "Imports from China",
      "us-exports-to-cn": "Exports to China",
      "us-imports-total": "All US goods imports"
    },
    /** "up 12.3%" or "down 4.0%". */
    change: (down: boolean, pct: string): string => `${down ? "down" : "up"} ${pct}`,
    /** The Trade page's paragraph on the flows and the balance, from its figures (already formatted). */
    flows: (v: TradeFacts): string =>
      `US goods imports from China were ${v.firstImports} in ${v.firstYear} and ${v.lastImports} in ${v.lastYear} ` +
      `(${v.importsChange}); of the years in these data, they were highest in ${v.topImportsYear} ` +
      `(${v.topImports}) and lowest in ${v.lowImportsYear} (${v.lowImports}). ` +
      `US exports to China were ${v.firstExports} in ${v.firstYear} and ${v.lastExports} in ${v.lastYear}, ` +
      `highest in ${v.topExportsYear} (${v.topExports}). ` +
      `The balance (exports minus imports) was ${v.firstBalance} in ${v.firstYear}, ` +
      `${v.worstIsDeficit ? "the largest deficit" : "lowest"} in ${v.worstYear} (${v.worstBalance}) ` +
      `and ${v.lastBalance} in ${v.lastYear}: a US deficit in ${v.deficits} of ${v.years} years. ` +
      `From ${v.prevYear} to ${v.lastYear} imports went ${v.recentImports} ` +
      `and exports ${v.recentExports}.`,
    /** The paragraph on China's share of US imports: the years it is known for, the years without a total. */
    share: (known: readonly string[], missing: string, flowsOnly: string, flowsOnlyCount: number): string =>
      `China's share of all US goods imports can be computed only for ` +
      `${known.length ? known.join(", ") : "no year"}: ` +
      `the data hold no total of US imports for ${missing}.` +
      (flowsOnly
        ? ` For ${flowsOnly} the data hold only one of the two flows, so ${flowsOnlyCount > 1 ? "those years are" : "that year is"} in the table below but not in the charts.`
        : "")
  },
  tradeBalance: {
    describe: (first: string, firstYear: number, last: string, lastYear: number, deficits: number, n: number) =>
      `Balance ${first} in ${firstYear} and ${last} in ${lastYear}; ${deficits} of ${n} years show a US deficit.`,
    noYears: "No years.",
    ariaLabel: "US goods trade balance with China per year, USD bn (exports minus imports; below zero is a US deficit)",
    ariaDescription: (describe: string): string => `One bar per calendar year. ${describe}`,
    deficit: "US deficit",
    surplus: "US surplus",
    balanceTip: (value: string, kind: string): string => `Balance: ${value} (${kind})`,
    definition: "Exports to China minus imports from China"
  },
  tradeShare: {
    yLabel: "% of all US goods imports",
    ariaLabel: "China's share of all US goods imports per year, percent, where the total is known",
    ariaDescription: (known: readonly string[], missing: string): string =>
      `${known.length ? known.join("; ") : "No year has a total"}. No total in the data for ${missing || "no year"}; those years are left empty, not interpolated.`,
    notAvailable: "n/a",
    noTotal: "no total",
    tip: (year: number, share: string, imports: string): string =>
      `${year}: ${share} of all US goods imports\nImports from China: ${imports}`,
    noTotalTip: (year: number): string => `${year}: no total of US goods imports in the data,\nso no share is shown`
  },
  forecasts: {
    ariaLabel: "The commentary's expectations by our verdict, placed at the date each verdict is as of",
    none: "No expectation matches the filter.",
    tip: (n: number, expectation: string, verdict: string, day: string): string =>
      `${n}. ${expectation}\nVerdict: ${verdict}, as of ${day}`
  },
  claimEvidence: {
    subject: "the excerpt",
    ariaLabel: (n: number, subject: string): string =>
      `Dated chart of the ${n} measures and events linked to ${subject}`,
    none: "No measure or event is linked.",
    eventSuffix: " (event)",
    date: (day: string): string => `Date: ${day}`,
    announced: (day: string, effective?: string): string =>
      `Announced ${day}${effective ? `; effective ${effective}` : ""}`,
    status: (status: string, since?: string): string => `Status: ${status}${since ? ` since ${since}` : ""}`
  },
  statusBars: {
    ariaLabel: "Measures by status over time",
    ariaDescription: (
      n: number,
      span: string,
      c: {"in-force": number; paused: number; ended: number; pending: number},
      scheduled: number
    ): string =>
      `${n} measures, ${span}. On the data's as-of date ${c["in-force"]} are in force, ${c.paused} suspended, ` +
      `${c.ended} no longer in force and ${c.pending} announced but not in force` +
      (scheduled ? `; ${scheduled} have a step scheduled after that date. ` : ". "),
    scheduled: "scheduled",
    scheduledFor: (day: string): string => `Scheduled for ${day} (not yet in force)`,
    on: (what: string, day: string): string => `${what} on ${day}`,
    since: (what: string, day: string): string => `${what} since ${day}`,
    fromTo: (what: string, from: string, to: string): string => `${what} from ${from} to ${to}`,
    now: (current: string): string => `Now: ${current}`,
    usControls: "US export controls, entity listings and chip subsidies over time, with their status",
    chinaMinerals: "China's export controls on minerals and materials over time, with their suspensions"
  },
  chips: {
    classes: {
      "licence-required": "Licence required",
      "case-by-case": "Licence, case-by-case review",
      notification: "Notify (licence exception)",
      unknown: "Unknown (a figure is missing)",
      "not-controlled": "Free to export"
    },
    classShort: {
      "licence-required": "licence",
      "case-by-case": "case-by-case",
      notification: "notify",
      unknown: "unknown",
      "not-controlled": "free"
    },
    markets: {
      global: "World market",
      "china-specific": "China (cut-down)",
      "chinese-domestic": "Chinese chip"
    },
    metrics: {
      tpp: "Total processing performance (TPP)",
      performance_density: "Performance density (TPP per mm² of die)",
      interconnect_gbps: "Chip-to-chip interconnect (GB/s)",
      memory_bandwidth_gbps: "Memory bandwidth (GB/s)"
    },
    metricShort: {
      tpp: "TPP",
      performance_density: "performance density",
      interconnect_gbps: "interconnect",
      memory_bandwidth_gbps: "memory bandwidth"
    },
    /** "Licence required (3A090.a): TPP ≥ 4,800 and interconnect ≥ 600 GB/s" */
    clause: (outcome: string, clause: string, bounds: readonly string[]): string =>
      `${outcome} (${clause}): ${bounds.join(" and ")}`,
    between: (metric: string, min: string, max: string, unit: string): string =>
      `${metric} ${min}–${max}${unit} (below ${max})`,
    noTpp: "no TPP figure",
    noDensity: "no performance density (die area not stated)",
    noFigure: (metric: string): string => `no ${metric} figure`,
    tppFormula: (tops: string, bits: number): string => `${tops} dense TOPS × ${bits} bits`,
    tppStated: (tpp: string, formula?: string, product?: string): string =>
      `TPP ${tpp} as stated by a source${formula ? ` (${formula} = ${product})` : ""}`,
    tppComputed: (tpp: string, formula?: string): string => `TPP ${tpp} = ${formula}`,
    densityEstimated: (density: string, tpp: string, area: string): string =>
      `Performance density ${density} (estimate) = ${tpp} ÷ ${area} mm² die (die area estimated, not stated by the maker)`,
    density: (density: string, tpp: string, area: string): string =>
      `Performance density ${density} = ${tpp} ÷ ${area} mm² die`,
    interconnect: (value: string): string => `Interconnect ${value} GB/s`,
    unverified: (metrics: readonly string[]): string => ` (unverified: no ${metrics.join(" or ")} figure)`,
    was: (short: string): string => ` (was ${short})`,
    dependsOnFigure: "Depends on a figure (not on these axes)",
    xLabel: (metric: string): string => `${metric}, log scale →`,
    yLabel: (metric: string, log: boolean): string => `↑ ${metric}${log ? ", log scale" : ""}`,
    ariaLabel: (rule: string, metric: string): string =>
      `AI chips against the thresholds of ${rule}: TPP against ${metric}`,
    ariaChip: (name: string, classLabel: string, previous?: string): string =>
      `${name}: ${classLabel}${previous ? ` (was ${previous})` : ""}.`,
    ariaMissing: (names: readonly string[]): string => ` Not plotted for a missing figure: ${names.join(", ")}.`,
    tipHead: (name: string, vendor: string, classLabel: string): string => `${name} (${vendor}) — ${classLabel}`,
    tipWas: (classLabel: string, rule: string): string => `Was ${classLabel} under ${rule}`,
    sourceNote: (note: string): string => `Source note: ${note}`,
    fullDerivations: "Full derivations in the table below.",
    keyNote: "Dashed lines: the rule's thresholds. (was …): the chip's class under the rule before.",
    notDrawn: (clauses: readonly string[]): string =>
      `Not drawn (also tests a metric off these axes): ${clauses.join("; ")}.`,
    notPlotted: "Not plotted, a figure is missing: ",
    computed: (reason: string, classLabel: string, unverified: boolean): string =>
      ` (${reason}; computed: ${classLabel}${unverified ? "*" : ""})`,
    unverifiedNote: " *Unverified: a missing figure cannot be shown to meet a threshold."
  },
  excerpt: {
    /** The caption of the German original (English pages) or of the excerpt itself (German pages). */
    original: (publisher: string, paragraph: number): string =>
      `${publisher}, paragraph ${paragraph} (German original)`,
    translation: "Our translation",
    paragraph: (paragraph: number): string => `Paragraph ${paragraph} `,
    ourNote: "Our note: ",
    measures: (n: number): string => `${n} measure${n === 1 ? "" : "s"}`,
    events: (n: number): string => `${n} event${n === 1 ? "" : "s"}`,
    refersTo: (paragraph: number, parts: readonly string[]): string =>
      `What paragraph ${paragraph} refers to: ${parts.join(" and ")} on the timeline`,
    chartUnits:
      "Bars run from announcement to entry into force; a pale dot means suspended, a hollow dot no longer in force; ◆ an event; dashed line: the commentary; time axis shared with the overview timeline, up to the data's as-of date",
    sources: (asOf?: string): string =>
      `Sources: linked per item above (measures, status history and events tables)${asOf ? `; status as of ${asOf}` : ""}.`,
    noItems: "The excerpt refers to no dated measure or event in our data; the counterpoints below test it.",
    counterpoints: "Counterpoints",
    noneWithStance: "None with the selected stance.",
    noCounterpoints: "We have recorded no counterpoint to this excerpt.",
    sourcesLabel: "Sources: ",
    hidden: (n: number): string => `${n} more hidden by the stance filter.`,
    noEvidence: "No dated measure or event is linked.",
    evidenceStatus: (status: string, since?: string, ended?: string): string =>
      ` · status: ${status}${since ? ` since ${since}` : ""}${ended ? `, ended ${ended}` : ""}`,
    evidenceMeta: (lane: string, event: boolean, dates: string, status: string): string =>
      `${lane}${event ? " (event)" : ""} · ${dates}${status} · sources: `,
    verdictAsOf: (day: string): string => `Our verdict, as of ${day}: `,
    whatHappened: "What happened",
    showingItems: "Measures and events that show it",
    outcomeSources: "Sources of the outcome: "
  },
  measureCard: {
    hint: "Point at (or tap) a bar or diamond in the timeline to see the measure, its status and its sources here.",
    dates: (announced: string, effective?: string, ended?: string): string =>
      `announced ${announced}${effective ? `, effective ${effective}` : ""}${ended ? `, ended ${ended}` : ""}`,
    status: (status: string, since?: string): string => ` · status: ${status}${since ? ` since ${since}` : ""}`,
    scheduled: (day: string): string => ` · next step scheduled for ${day} (not yet in force)`,
    sources: "Sources: "
  },
  table: {
    first: (caption: string, limit: number, n: number): string => `${caption} (first ${limit} of ${n})`,
    noRows: "No rows match the filters."
  },
  download: {rows: "Download these rows (CSV)"},
  sources: {
    /** A source link's tooltip: "TITLE (PUBLISHER, primary source)". */
    title: (title: string, publisher: string, kind: string): string => `${title} (${publisher}, ${kind} source)`
  },
  dataReach: {
    checkedThrough: (lane: string, day: string): string => `${lane}: checked through ${day}`,
    line: (parts: readonly string[], mixed: boolean): string =>
      `Data checked through: ${parts.join(" · ")}` +
      (mixed ? "; each “now” on this page is its own lane's date. " : ". "),
    changelog: "Changelog"
  },
  changelog: {
    firstRelease: "first release",
    files: (n: number): string => `${n} files (CSV, JSON)`,
    release: "Release",
    counts: "Rows added · changed · removed",
    change: "Change",
    tables: "Tables as released",
    caption: "Data releases (vintages), newest first"
  },
  tableDoc: {
    rows: (rows: string, sources?: number): string => `${rows} rows${sources ? `, citing ${sources} sources` : ""}`,
    download: " · download ",
    column: "Column",
    type: "Type",
    meaning: "Meaning",
    columnsOf: (file: string): string => `Columns of ${file}`,
    example: "Example row"
  },
  keyboard: {
    /** The group's label after the chart's own: how the arrow keys step through its items. */
    howTo: (label: string, n: number): string =>
      `${label} Use the left and right arrow keys to step through its ${n} items.`
  },
  sourceYears: {
    yLabel: "Sources",
    ariaLabel: "Sources by year of publication, primary and secondary",
    /** A bar's tooltip: "2020: 3 primary sources". */
    tip: (year: string, n: number, kind: string): string => `${year}: ${n} ${kind} source${n === 1 ? "" : "s"}`,
    ariaDescription: (n: number, from: string, to: string, undated: number): string =>
      `${n} dated sources from ${from} to ${to}; ${undated} without a date.`
  },
  headline: {
    noLineData: "no line data",
    needsLines: "the line-level estimate needs the tariff-line tables in data/lines",
    then: (value: string): string => `; ${value} when the commentary appeared`,
    note: (day: string, mfn: string, before: string): string =>
      `estimated average tariff incl. MFN on ${day}, of which MFN ${mfn}${before}`
  }
};

/** The figures of the Trade page's summary, formatted, for its paragraph on the flows and the balance. */
export interface TradeFacts {
  firstYear: number;
  lastYear: number;
  prevYear: number;
  firstImports: string;
  lastImports: string;
  importsChange: string;
  topImportsYear: number;
  topImports: string;
  lowImportsYear: number;
  lowImports: string;
  firstExports: string;
  lastExports: string;
  topExportsYear: number;
  topExports: string;
  firstBalance: string;
  lastBalance: string;
  worstIsDeficit: boolean;
  worstYear: number;
  worstBalance: string;
  deficits: number;
  years: number;
  recentImports: string;
  recentExports: string;
}

/** The shape of a language's UI messages. */
export type Ui = typeof en;
