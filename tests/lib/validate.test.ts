import {describe, expect, it} from "vitest";
import {validateDataset} from "../../src/lib/validate.js";
import {messages, validFiles, withFiles, withLine} from "../support/fixtures.js";

// Line numbers below refer to tests/fixtures/valid/*.csv: the header is line 1.
const MEASURE = (cells: Partial<Record<string, string>>) => {
  const row = {
    id: "us-new",
    actor: "US",
    target: "CN",
    instrument: "tariff",
    authority: "section-301",
    title: "New",
    summary: "A new measure.",
    title_de: "Neu",
    summary_de: "Eine neue Maßnahme.",
    announced: "2019-01-01",
    effective: "",
    ended: "",
    amends: "",
    responds_to: "",
    sectors: "steel",
    source_ids: "src-a",
    notes: "",
    ...cells
  };
  return Object.values(row).join(",");
};
const addMeasure = (cells: Partial<Record<string, string>>) =>
  withFiles({"measures.csv": validFiles().get("measures.csv")! + MEASURE(cells) + "\n"});

describe("validateDataset(files)", () => {
  it("accepts the valid fixture with no problem and types its rows", () => {
    const {dataset, problems} = validateDataset(validFiles());
    expect(problems).toEqual([]);
    expect(dataset.measures.map((m) => m.id)).toEqual(["us-list-a", "us-list-b", "cn-answer-a", "us-rule-x"]);
    expect(dataset.measures[1].sectors).toEqual(["consumer-goods", "industrial-goods"]);
    expect(dataset.measures[0].announced).toEqual(new Date(Date.UTC(2018, 5, 15)));
    expect(dataset.tariff_actions[0].rate_pct).toBe(25);
    expect(dataset.sources[1].notes).toBe('a "quoted" note');
    expect(dataset.sources[1].document_id).toBeUndefined();
  });

  it("reports a missing file", () => {
    expect(messages(withFiles({"events.csv": undefined}))).toContain("data/events.csv:1:-: file is missing");
  });

  it("reports an unknown column and a missing column at the header", () => {
    const text = validFiles().get("counterpoints.csv")!.replace("stance", "stanse");
    expect(messages(withFiles({"counterpoints.csv": text}))).toEqual([
      "data/counterpoints.csv:1:stanse: unknown column; expected the columns id, excerpt_id, stance, summary, summary_de, source_ids",
      "data/counterpoints.csv:1:stance: required column is missing from the header"
    ]);
  });

  it("reports an empty required cell", () => {
    expect(messages(addMeasure({title: ""}))).toEqual(["data/measures.csv:6:title: is empty; a value is required"]);
  });

  it("reports a measure without its German title and summary (every measure is on the timeline)", () => {
    expect(messages(addMeasure({title_de: "", summary_de: ""}))).toEqual([
      "data/measures.csv:6:title_de: German text missing (the pages show this row)",
      "data/measures.csv:6:summary_de: German text missing (the pages show this row)"
    ]);
  });

  it("does not ask for German that has no English to translate (an empty note)", () => {
    const status = validFiles().get("measure_status.csv")!;
    expect(messages(withFiles({"measure_status.csv": status + "us-rule-x,2020-01-10,in-force,src-a,,\n"}))).toEqual([]);
    expect(
      messages(withFiles({"measure_status.csv": status + "us-rule-x,2020-01-10,in-force,src-a,Still applies.,\n"}))
    ).toEqual(["data/measure_status.csv:9:notes_de: German text missing (the pages show this row)"]);
  });

  it("reports an id that is not a kebab slug", () => {
    expect(messages(addMeasure({id: "US_New"}))).toEqual([
      'data/measures.csv:6:id: "US_New" is not a kebab-case id (lower-case letters and digits joined by single hyphens)'
    ]);
  });

  it("reports a duplicated id with the line of its first use", () => {
    expect(messages(addMeasure({id: "us-list-a"}))).toEqual([
      'data/measures.csv:6:id: duplicate id "us-list-a"; first used on line 2'
    ]);
  });

  it("reports a duplicated composite key", () => {
    const text =
      validFiles().get("trade.csv")! + "2017,us-exports-to-cn,121,src-b,Other release,Andere Veröffentlichung,\n";
    expect(messages(withFiles({"trade.csv": text}))).toEqual([
      'data/trade.csv:8:year: duplicate year + flow "2017 | us-exports-to-cn"; first used on line 3'
    ]);
  });

  it("reports an impossible date and a date in the wrong form", () => {
    expect(messages(addMeasure({announced: "2019-02-30"}))).toEqual([
      'data/measures.csv:6:announced: "2019-02-30" is not a calendar date'
    ]);
    expect(messages(addMeasure({announced: "30.01.2019"}))).toEqual([
      'data/measures.csv:6:announced: "30.01.2019" is not a date in the form YYYY-MM-DD'
    ]);
  });

  it("reports an effective date before the announcement and an end before the start", () => {
    expect(messages(addMeasure({announced: "2019-03-01", effective: "2019-02-01"}))).toEqual([
      "data/measures.csv:6:effective: 2019-02-01 is before announced 2019-03-01"
    ]);
    expect(messages(addMeasure({effective: "2019-03-01", ended: "2019-02-01"}))).toEqual(
      [
        "data/measures.csv:6:ended: 2019-02-01 is before announced 2019-01-01",
        "data/measures.csv:6:ended: 2019-02-01 is before effective 2019-03-01"
      ]
        .sort()
        .filter((m) => !m.includes("announced"))
    );
  });

  it("reports a value outside its vocabulary, in a list too", () => {
    expect(messages(addMeasure({instrument: "tarif"}))).toEqual([
      'data/measures.csv:6:instrument: "tarif" is not one of: tariff, export-control, entity-listing, investment-restriction, subsidy, agreement, court-ruling, investigation, other'
    ]);
    expect(messages(addMeasure({sectors: "steel;shoes"}))).toEqual([
      expect.stringMatching(/^data\/measures.csv:6:sectors: "shoes" is not one of: all-goods, steel/)
    ]);
  });

  it("reports an empty item in a list", () => {
    expect(messages(addMeasure({source_ids: "src-a;;src-b"}))).toEqual([
      'data/measures.csv:6:source_ids: "src-a;;src-b" has an empty item; separate items with a single ";"'
    ]);
  });

  it("reports a URL that is not https", () => {
    expect(messages(withLine("sources.csv", 2, "src-a,P,T,http://example.org/a,,primary,,"))).toEqual([
      'data/sources.csv:2:url: "http://example.org/a" is not an https URL'
    ]);
  });

  it("reports a second source row for the same page", () => {
    const text = validFiles().get("sources.csv")! + "src-c,P,T,https://example.org/a/,,secondary,,\n";
    expect(messages(withFiles({"sources.csv": text}))).toEqual([
      'data/sources.csv:4:url: same page as source "src-a" on line 2; cite that id instead'
    ]);
  });

  it("reports numbers that are not numbers or out of range", () => {
    expect(messages(withLine("trade.csv", 2, "2017,us-imports-from-cn,-5,src-b,R,R,"))).toEqual([
      "data/trade.csv:2:value_usd_bn: -5 is below the minimum 0"
    ]);
    expect(messages(withLine("trade.csv", 2, "2017,us-imports-from-cn,lots,src-b,R,R,"))).toEqual([
      'data/trade.csv:2:value_usd_bn: "lots" is not a number'
    ]);
    expect(messages(withLine("tariff_actions.csv", 2, "us-list-a,list-a,2018-07-06,1500,src-a,"))).toEqual([
      "data/tariff_actions.csv:2:rate_pct: 1500 is above the maximum 1000"
    ]);
    expect(messages(withLine("trade.csv", 2, "2017.5,us-imports-from-cn,500,src-b,R,R,"))).toEqual([
      'data/trade.csv:2:year: "2017.5" is not a whole number'
    ]);
  });

  it("reports references to ids that do not exist", () => {
    expect(messages(addMeasure({source_ids: "src-a;src-z"}))).toEqual([
      'data/measures.csv:6:source_ids: refers to "src-z", which is not an id in sources.csv'
    ]);
    expect(messages(addMeasure({amends: "us-list-z"}))).toEqual([
      'data/measures.csv:6:amends: refers to "us-list-z", which is not an id in measures.csv'
    ]);
    expect(messages(addMeasure({responds_to: "us-list-a;nope"}))).toEqual([
      'data/measures.csv:6:responds_to: refers to "nope", which is not an id in measures.csv'
    ]);
    expect(messages(withLine("excerpts.csv", 2, "x-one,1,Text,Text,fact,us-list-a,no-event,,"))).toEqual([
      'data/excerpts.csv:2:event_ids: refers to "no-event", which is not an id in events.csv'
    ]);
    expect(messages(withLine("chip_rule_thresholds.csv", 2, "rule-2099,licence-required,a,tpp,4800,,src-a,"))).toEqual([
      'data/chip_rule_thresholds.csv:2:rule_id: refers to "rule-2099", which is not an id in chip_rules.csv'
    ]);
  });

  it("reports a status dated before the measure was announced or after the as-of date", () => {
    expect(messages(withLine("measure_status.csv", 2, "us-list-a,2018-06-01,announced,src-a,,"))).toEqual([
      "data/measure_status.csv:2:date: 2018-06-01 is before the measure was announced (2018-06-15)"
    ]);
    expect(messages(withLine("measure_status.csv", 2, "us-list-a,2021-01-01,revoked,src-a,,"))).toEqual([
      'data/measure_status.csv:2:date: 2021-01-01 is after the US tariffs lane is checked through (2020-06-30, the newest source it cites, "src-b"); cite a source of that date or later, or give a step still to come the status "scheduled"'
    ]);
  });

  it("reports tariff steps on a measure that is not a tariff or on a scope that does not exist", () => {
    expect(messages(withLine("tariff_actions.csv", 2, "us-rule-x,list-a,2018-07-06,25,src-a,"))).toEqual([
      'data/tariff_actions.csv:2:measure_id: "us-rule-x" is a measure of instrument "export-control", not "tariff"'
    ]);
    expect(messages(withLine("tariff_actions.csv", 2, "us-list-a,list-z,2018-07-06,25,src-a,"))).toEqual([
      'data/tariff_actions.csv:2:scope: refers to "list-z", which is not an id in tariff_scopes.csv'
    ]);
  });

  it("reports a coverage year or group without its value, and a group whose totals differ", () => {
    expect(
      messages(withLine("tariff_scopes.csv", 2, "list-a,List A goods,Waren der Liste A,CN,,,2017,,src-a,"))
    ).toEqual([
      "data/tariff_scopes.csv:2:covered_year: gives a year but no covered_usd_bn; give the value too, or leave it empty"
    ]);
    expect(messages(withLine("tariff_scopes.csv", 2, "list-a,List A goods,Waren der Liste A,CN,,50,,,src-a,"))).toEqual(
      []
    );
    const text = validFiles()
      .get("tariff_scopes.csv")!
      .replace(
        "list-a,List A goods,Waren der Liste A,CN,,50,2017,,",
        "list-a,List A goods,Waren der Liste A,CN,10,150,2017,g,"
      )
      .replace(
        "list-b,List B goods,Waren der Liste B,CN,,100,2017,,",
        "list-b,List B goods,Waren der Liste B,CN,20,160,2017,g,"
      );
    expect(messages(withFiles({"tariff_scopes.csv": text}))).toEqual([
      'data/tariff_scopes.csv:3:covered_usd_bn: 160 differs from the total 150 of group "g" on line 2; every scope of a group repeats the group\'s total'
    ]);
  });

  it("reports thresholds without bounds or with bounds the wrong way round", () => {
    expect(messages(withLine("chip_rule_thresholds.csv", 2, "rule-2022,licence-required,a,tpp,,,src-a,"))).toEqual([
      "data/chip_rule_thresholds.csv:2:min: a threshold needs a min, a max, or both"
    ]);
    expect(
      messages(withLine("chip_rule_thresholds.csv", 2, "rule-2022,licence-required,a,tpp,4800,100,src-a,"))
    ).toEqual(["data/chip_rule_thresholds.csv:2:max: 100 is not above min 4800"]);
  });

  it("reports a missing as-of date and an unknown meta key", () => {
    expect(messages(withLine("meta.csv", 2, "as_off,2020-06-30"))).toEqual(
      [
        'data/meta.csv:2:key: "as_off" is not one of: as_of, commentary_url, commentary_title, commentary_date, commentary_date_note, commentary_date_note_de, commentary_publisher',
        'data/meta.csv:1:key: needs a row "as_of" with the date the record reaches (its newest lane\'s checked-through date)'
      ]
        .sort((a, b) => a.localeCompare(b))
        .reverse()
    );
  });

  it("accepts a scheduled step after its lane's checked-through date, but no other status there", () => {
    const history = validFiles().get("measure_status.csv")!;
    expect(messages(withFiles({"measure_status.csv": history + "us-list-a,2020-09-01,scheduled,src-b,,\n"}))).toEqual(
      []
    );
    expect(messages(withFiles({"measure_status.csv": history + "us-list-a,2020-09-01,in-force,src-b,,\n"}))).toEqual([
      'data/measure_status.csv:9:date: 2020-09-01 is after the US tariffs lane is checked through (2020-06-30, the newest source it cites, "src-b"); cite a source of that date or later, or give a step still to come the status "scheduled"'
    ]);
  });

  it("reports a scheduled step whose day its lane has passed, until a later entry says what happened", () => {
    const history = validFiles().get("measure_status.csv")!;
    expect(messages(withFiles({"measure_status.csv": history + "us-list-a,2020-06-01,scheduled,src-b,,\n"}))).toEqual([
      "data/measure_status.csv:9:status: scheduled for 2020-06-01, but the US tariffs lane is checked through 2020-06-30: record what happened on that day (in-force, extended, revoked, …)"
    ]);
    const resolved = history + "us-list-a,2020-06-01,scheduled,src-b,,\nus-list-a,2020-06-01,revoked,src-b,,\n";
    expect(messages(withFiles({"measure_status.csv": resolved}))).toEqual([]);
  });

  it("reports a source dated after the as-of date, and an as-of date that is not the newest lane's date", () => {
    expect(
      messages(withLine("sources.csv", 3, "src-b,Fixture News,Report B,https://example.org/b,2020-07-01,secondary,,"))
    ).toEqual([
      "data/sources.csv:3:date: 2020-07-01 is after the as-of date 2020-06-30 in meta.csv",
      'data/meta.csv:2:value: as_of 2020-06-30 is not the newest checked-through date of the record, 2020-07-01 (the US tariffs lane, source "src-b"); state that date'
    ]);
    expect(messages(withLine("meta.csv", 2, "as_of,2020-12-31"))).toEqual([
      'data/meta.csv:2:value: as_of 2020-12-31 is not the newest checked-through date of the record, 2020-06-30 (the US tariffs lane, source "src-b"); state that date'
    ]);
  });

  it("reports an impossible as-of date at its meta.csv row and value column", () => {
    expect(messages(withLine("meta.csv", 2, "as_of,2025-02-30"))).toEqual([
      'data/meta.csv:2:value: as_of "2025-02-30" is not a calendar date'
    ]);
  });

  it("reports a commentary_date that is not a date at its meta.csv row and value column", () => {
    expect(messages(withLine("meta.csv", 5, "commentary_date,late January 2025"))).toEqual([
      'data/meta.csv:5:value: commentary_date "late January 2025" is not a date in the form YYYY-MM-DD'
    ]);
  });

  it("reports every problem of every file at once", () => {
    const files = withFiles({
      "trade.csv": "year,flow,value_usd_bn,source_id,release,release_de,notes\n2017,us-imports-from-cn,-1,src-b,R,R,\n",
      "events.csv": "id,date\n"
    });
    const all = messages(files);
    expect(all).toContain("data/trade.csv:2:value_usd_bn: -1 is below the minimum 0");
    expect(all).toContain("data/events.csv:1:kind: required column is missing from the header");
  });

  it("does not report references to a row that was left out for a bad cell", () => {
    expect(messages(withLine("sources.csv", 2, "src-a,P,T,http://example.org/a,,primary,,"))).toEqual([
      'data/sources.csv:2:url: "http://example.org/a" is not an https URL'
    ]);
  });

  it("does not report references into a table it could not read", () => {
    const all = messages(withFiles({"sources.csv": 'id,publisher,title,url,date,kind,document_id,notes\n"broken\n'}));
    expect(all).toEqual([
      "data/sources.csv:2:-: a quoted cell starts here and is never closed (missing closing double quote)"
    ]);
  });
});

describe("validateDataset(files) on the line tables of data/lines", () => {
  const lines = (file: string, text: string) => messages(withFiles({[`lines/${file}`]: text}));
  it("accepts a data folder without any line table (no line data yet)", () => {
    const files = validFiles();
    for (const name of [...files.keys()]) if (name.startsWith("lines/")) files.delete(name);
    expect(messages(files)).toEqual([]);
  });
  it("reports codes that are not digits or not of a line's length", () => {
    expect(
      lines(
        "us/weights.csv",
        "basis,year,code,value_usd\npiie,2017,0101.00.00,1\npiie,2017,010100,1\npiie,2017,010100000,1\n"
      )
    ).toEqual([
      'data/lines/us/weights.csv:2:code: "0101.00.00" is not a tariff code (digits only, no dots or spaces)',
      'data/lines/us/weights.csv:3:code: "010100" has 6 digits; expected 8 or 10',
      'data/lines/us/weights.csv:4:code: "010100000" has 9 digits; expected 8 or 10'
    ]);
    expect(lines("cn/weights.csv", "basis,year,code,value_usd\npiie,2017,12345,1\npiie,2017,12010000,-1\n")).toEqual([
      'data/lines/cn/weights.csv:2:code: "12345" has 5 digits; expected 6 or 7 or 8 or 9 or 10',
      "data/lines/cn/weights.csv:3:value_usd: -1 is below the minimum 0"
    ]);
    expect(lines("us/scope_lines.csv", "scope,code,date_from,date_to\nlist-a,8,,\nlist-a,84713001009,,\n")).toEqual([
      'data/lines/us/scope_lines.csv:2:code: "8" has 1 digits; expected 2 to 10',
      'data/lines/us/scope_lines.csv:3:code: "84713001009" has 11 digits; expected 2 to 10'
    ]);
  });
  it("reports rates out of range, unknown scopes and sources, and periods that end before they start", () => {
    expect(lines("us/mfn.csv", "code,date,mfn_pct\n01,2018-01-01,1200\n")).toEqual([
      "data/lines/us/mfn.csv:2:mfn_pct: 1200 is above the maximum 1000"
    ]);
    expect(
      lines(
        "us/exemptions.csv",
        "scope,code,date_from,date_to,reason,source_ids\nlist-q,01,,,fixture,src-a\nlist-a,01,2019-01-01,2018-01-01,fixture,src-q\n"
      )
    ).toEqual([
      'data/lines/us/exemptions.csv:2:scope: refers to "list-q", which is not an id in tariff_scopes.csv',
      'data/lines/us/exemptions.csv:3:source_ids: refers to "src-q", which is not an id in sources.csv',
      "data/lines/us/exemptions.csv:3:date_to: 2018-01-01 is before date_from 2019-01-01"
    ]);
  });
  it("reads scope_lines with or without its optional share column, and reports a share above 1", () => {
    expect(lines("us/scope_lines.csv", "scope,code,date_from,date_to,share\nlist-a,01,,,0.25\nlist-b,02,,,\n")).toEqual(
      []
    );
    expect(lines("us/scope_lines.csv", "scope,code,date_from,date_to,share\nlist-a,01,,,1.5\n")).toEqual([
      "data/lines/us/scope_lines.csv:2:share: 1.5 is above the maximum 1"
    ]);
  });
  it("reads published_estimates' their_rates and reports a pair that is not scope=rate or names no scope", () => {
    const base = validFiles().get("published_estimates.csv")!.trimEnd();
    const bad = base.replace(/^id,.*$/m, (h) => h + ",their_rates").replace(/,piie,$/m, ",piie,,list-q=15;list-a=x");
    expect(messages(withFiles({"published_estimates.csv": bad + "\n"}))).toEqual([
      'data/published_estimates.csv:2:their_rates: "list-a=x" is not scope=rate (a scope id, "=", a rate in percent)'
    ]);
    const unknown = base.replace(/^id,.*$/m, (h) => h + ",their_rates").replace(/,piie,$/m, ",piie,,list-q=15");
    expect(messages(withFiles({"published_estimates.csv": unknown + "\n"}))).toEqual([
      'data/published_estimates.csv:2:their_rates: refers to "list-q", which is not a scope in tariff_scopes.csv'
    ]);
  });
  it("reports stacking rules that name unknown scopes, their own scope, or a pair twice", () => {
    expect(
      lines(
        "stacking.csv",
        "scope,rule,other,source_ids,notes\nlist-a,adds,list-b,src-a,\nlist-a,replaces,list-z,src-a,\nlist-a,replaces,list-a,src-a,\nlist-b,excluded_by,list-a,src-a,\nlist-a,replaces,list-b,src-a,\n"
      )
    ).toEqual([
      'data/lines/stacking.csv:2:rule: "adds" is not one of: replaces, excluded_by',
      'data/lines/stacking.csv:3:other: refers to "list-z", which is not an id in tariff_scopes.csv',
      "data/lines/stacking.csv:4:other: names the rule's own scope",
      "data/lines/stacking.csv:6:other: a second rule for the pair list-a + list-b; the first is on line 5"
    ]);
  });
  it("reports overlapping periods of one weighting basis and scopes without rate steps", () => {
    expect(
      lines(
        "bases.csv",
        "direction,basis,date_from,date_to,weights_year,label,label_de,notes,source_ids\nus-on-cn,piie,2018-01-01,2025-01-01,2017,a,a,,src-a\nus-on-cn,piie,2024-01-01,,2024,b,b,,src-a\nus-on-cn,yale,2024-01-01,,2024,c,c,,src-a\n"
      )
    ).toEqual([
      'data/lines/bases.csv:3:date_from: overlaps the period of basis "piie" (us-on-cn) on line 2; periods of one basis must not overlap'
    ]);
    const scopes = validFiles().get("tariff_scopes.csv") + "list-c,List C goods,Waren der Liste C,CN,,,,,src-a,\n";
    expect(
      messages(
        withFiles({
          "tariff_scopes.csv": scopes,
          "lines/cn/scope_lines.csv": "scope,code,date_from,date_to\nlist-c,12,,\n"
        })
      )
    ).toEqual([
      'data/lines/cn/scope_lines.csv:2:scope: scope "list-c" has no rate steps in tariff_actions.csv; add its dated steps there'
    ]);
  });
});
