import type {Dataset, TableName} from "../tables.js";

/** The German docs of one raw table: its title and, for every column, its type and description. */
export interface GermanTableDoc<T extends TableName> {
  title: string;
  columns: {[C in keyof Dataset[T][number]]-?: readonly [type: string, description: string]};
}

// Types that recur.
const SLUG = "Slug";
const TEXT = "Text";
const TEXT_OPT = "Text, optional";
const DATE = "Datum";
const DATE_OPT = "Datum, optional";
const LIST = "Liste";
const LIST_OPT = "Liste, optional";
const NOTES = [TEXT_OPT, ""] as const;
const SOURCES = [LIST, ""] as const;

/** A `COLUMN_de` column: the German form of `column`. */
const german = (column: string) =>
  [TEXT_OPT, `deutsche Fassung von \`${column}\`; Pflicht in jeder Zeile, die eine Seite zeigt`] as const;

const weights: GermanTableDoc<"us_weights">["columns"] = {
  basis: [SLUG, "die Gewichtungsbasis (`piie`, `yale`, …; siehe `bases.csv`)"],
  year: ["Jahr", "das Basisjahr des Werts"],
  code: ["Ziffern", "die Tariflinie: USA HTS8 oder HTS10; China HS mit 6 bis 10 Stellen"],
  value_usd: ["Zahl ≥ 0", "Handelswert der Linie in diesem Jahr, US-Dollar"]
};
const mfn: GermanTableDoc<"us_mfn">["columns"] = {
  code: ["Ziffern", "Präfix mit 2 bis 10 Stellen"],
  date: [DATE, "ab diesem Tag"],
  mfn_pct: [
    "Zahl 0–1000",
    "MFN-Satz oder sein Wertzoll-Äquivalent in Prozent. Für eine Linie gilt das längste Präfix mit einer Zeile am oder vor dem Tag, und von dessen Zeilen die neueste"
  ]
};
const scopeLines: GermanTableDoc<"us_scope_lines">["columns"] = {
  scope: ["Scope-ID", "ein Scope aus `tariff_scopes.csv` mit seinen datierten Schritten in `tariff_actions.csv`"],
  code: ["Ziffern", "Präfix mit 2 bis 10 Stellen"],
  date_from: [DATE_OPT, "leer: ab dem ersten Schritt des Scopes"],
  date_to: [DATE_OPT, "Ende, ausschließlich; leer: offen"],
  share: [
    "Zahl 0–1, optional",
    "der Teil des Linienwerts, den der Scope belastet (der Metallanteil eines Folgeprodukts nach Section 232); leer oder Spalte weggelassen: die ganze Linie. Ein Scope, den dieser ausschließt oder ersetzt, behält den Rest der Linie"
  ]
};
const exemptions: GermanTableDoc<"us_exemptions">["columns"] = {
  scope: ["Scope-ID", ""],
  code: ["Ziffern", "Präfix mit 2 bis 10 Stellen"],
  date_from: [DATE_OPT, "leer: von Anfang an"],
  date_to: [DATE_OPT, "Ende, ausschließlich; leer: offen"],
  reason: [TEXT, "eine kurze Angabe (Anhang II, Elektronik-Hinweis vom 11. April 2025, Produktausschluss, …)"],
  source_ids: SOURCES
};

/**
 * German docs of the raw tables (data/README.md holds the English), shown on the German Data and methods page. Every
 * table and every column is named, so a table or column without German is a type error.
 */
export const TABLE_DOCS_DE: {[T in TableName]: GermanTableDoc<T>} = {
  meta: {
    title: "Angaben zum Datensatz",
    columns: {
      key: [
        "`as_of` / `commentary_url` / `commentary_title` / `commentary_date` / `commentary_date_note` / `commentary_date_note_de` / `commentary_publisher`",
        ""
      ],
      value: ["je nach Schlüssel typisiert", ""]
    }
  },
  sources: {
    title: "Quellen",
    columns: {
      id: [
        SLUG,
        "`fr-83-28710` (Federal Register, Band-Seite), `eo-14195`, `mofcom-2023-23`, sonst `herausgeber-jjjj-mm-tt-slug`"
      ],
      publisher: [
        TEXT,
        "z. B. „Federal Register (USTR)“, „MOFCOM“, „Xinhua (reproducing State Council Tariff Commission)“"
      ],
      title: [TEXT, ""],
      url: ["https-URL", "die Seite, die gelesen wurde"],
      date: [DATE_OPT, "Erscheinungsdatum"],
      kind: [
        "`primary` / `secondary`",
        "primär = der eigene Text der erlassenden Stelle (oder das Federal Register bzw. eine amtliche Wiedergabe)"
      ],
      document_id: [
        TEXT_OPT,
        "`83 FR 28710`, `EO 14195`, `MOFCOM/GAC Announcement 2023 No. 23`, `Tariff Commission Announcement 2025 No. 4`"
      ],
      notes: NOTES
    }
  },
  measures: {
    title: "eine Zeile je politischer Maßnahme",
    columns: {
      id: [SLUG, "dauerhaft, z. B. `us-301-list-3`"],
      actor: ["`US` / `CN`", "wer handelt"],
      target: ["Liste aus `CN`, `US`, `CA`, `MX`, `EU`, `world`, `others`", "gegen wen sie sich richtet"],
      instrument: [
        "`tariff` / `export-control` / `entity-listing` / `investment-restriction` / `subsidy` / `agreement` / `court-ruling` / `investigation` / `other`",
        ""
      ],
      authority: ["siehe data/README.md", "Rechtsgrundlage"],
      title: [TEXT, "kurz, eigene Worte"],
      summary: [TEXT, "ein oder zwei Sätze, eigene Worte"],
      title_de: german("title"),
      summary_de: german("summary"),
      announced: [DATE, ""],
      effective: [DATE_OPT, "nicht vor `announced`"],
      ended: [DATE_OPT, "nicht vor `effective`"],
      amends: ["Maßnahmen-ID, optional", "die Maßnahme, die diese ändert"],
      responds_to: [
        "Liste von Maßnahmen-IDs, optional",
        "die Maßnahme(n), auf die diese antwortet (jede chinesische Vergeltung hat eine)"
      ],
      sectors: ["Liste aus dem Sektoren-Vokabular", ""],
      source_ids: SOURCES,
      notes: NOTES
    }
  },
  measure_status: {
    title: "Statusverlauf (der aktuelle Status wird abgeleitet, nie eingetragen)",
    columns: {
      measure_id: ["Maßnahmen-ID", ""],
      date: [DATE, "der erste Eintrag nicht vor `announced` der Maßnahme"],
      status: [
        "`announced` / `threatened` / `in-force` / `suspended` / `extended` / `struck-down` / `revoked` / `expired` / `superseded` / `scheduled`",
        "`extended` = eine Aussetzung oder Frist verlängert; `scheduled` = ein Schritt, den eine Quelle in die Zukunft datiert, an seinem Stichtag (nie in Kraft; darf nach dem Prüfstand der Spur liegen, siehe meta.csv)"
      ],
      source_ids: SOURCES,
      notes: NOTES,
      notes_de: german("notes")
    }
  },
  tariff_scopes: {
    title: "die Warengruppen, für die ein Zoll gilt",
    columns: {
      scope: [SLUG, "z. B. `301-list-3`, `ieepa-fentanyl-cn`, `cn-2018-07-34bn`"],
      label: [TEXT, "lesbarer Name der Waren"],
      label_de: german("label"),
      target: [
        "`CN` / `US` / `CA` / `MX` / `EU` / `world` / `others`",
        "wessen Waren (`world` schließt China ein; `others` = alle Länder außer China)"
      ],
      lines: ["ganze Zahl, optional", "Zahl der Tariflinien, wo eine Quelle sie nennt"],
      covered_usd_bn: [
        "Zahl ≥ 0, optional",
        "erfasster Handelswert, wie eine Quelle ihn nennt; bei einem Scope `world` der Anteil Chinas (oder der USA)"
      ],
      covered_year: ["Jahr, optional", "das Jahr dieses Werts, wenn die Quelle es nennt"],
      covered_group: [
        "Slug, optional",
        "mehrere Scopes, die sich EINE genannte Summe teilen (z. B. die vier Anhänge einer Vergeltungsrunde): jedes Mitglied wiederholt die Summe; die Schätzung teilt sie nach `lines` auf"
      ],
      source_ids: [LIST, "Quellen der Werte dieser Zeile"],
      notes: NOTES
    }
  },
  tariff_actions: {
    title: "Zollschritte",
    columns: {
      measure_id: [
        "Maßnahmen-ID (Instrument `tariff`)",
        "der Akt, der diesen Satz festlegte (ein späterer Akt kann einen früheren Scope ändern)"
      ],
      scope: ["Scope-ID", ""],
      date: [DATE, "der Tag, an dem der Satz in Kraft tritt"],
      rate_pct: [
        "Zahl 0–1000",
        "ZUSÄTZLICHER Wertzollsatz, der ab diesem Tag gilt (0 = aufgehoben oder nie angewandt)"
      ],
      source_ids: SOURCES,
      notes: NOTES
    }
  },
  chips: {
    title: "Beschleuniger",
    columns: {
      id: [SLUG, "`nvidia-h100-sxm`"],
      name: [TEXT, ""],
      vendor: [TEXT, ""],
      market: [
        "`global` / `china-specific` / `chinese-domestic`",
        "für den Weltmarkt gebaut, für China auf eine Regel zugeschnitten oder ein chinesischer Chip"
      ],
      released: [DATE_OPT, ""],
      tpp_stated: ["Zahl, optional", "Total Processing Performance, wenn eine Quelle sie nennt"],
      dense_tops: ["Zahl, optional", "dichte Spitzenleistung in TOPS/TFLOPS (ohne Sparsity) bei `bit_length`"],
      bit_length: [
        "ganze Zahl, optional",
        "Bitlänge der Operanden von `dense_tops` (z. B. 8 für FP8/INT8, 16 für FP16/BF16)"
      ],
      interconnect_gbps: ["Zahl, optional", "aggregierte bidirektionale Übertragungsrate zwischen Chips, GB/s"],
      memory_bandwidth_gbps: ["Zahl, optional", "GB/s"],
      die_area_mm2: ["Zahl, optional", "maßgebliche Die-Fläche"],
      die_area_basis: [
        "`stated` / `estimate`, optional",
        "woher die Die-Fläche stammt: vom Hersteller angegeben oder an einem Die-Shot gemessen, oder eine Schätzung von außen (dann ist auch die darauf gebaute Leistungsdichte eine Schätzung); leer, wenn es keine Die-Fläche gibt"
      ],
      source_ids: SOURCES,
      derivation: [
        TEXT,
        "wie TPP usw. ermittelt wurden: Eingaben, welches Datenblatt, Formel `TPP = dichte TOPS × Bitlänge`"
      ],
      derivation_de: german("derivation")
    }
  },
  chip_rules: {
    title: "eine Zeile je Fassung einer Kontrollregel",
    columns: {
      id: [SLUG, "z. B. `bis-2022-10-advanced-computing`"],
      measure_id: ["Maßnahmen-ID", "die Maßnahme, die die Regel erließ"],
      name: [TEXT, ""],
      name_de: german("name"),
      effective: [DATE, ""],
      source_ids: SOURCES,
      notes: NOTES,
      notes_de: german("notes")
    }
  },
  chip_rule_thresholds: {
    title: "die Schwellenwerte, als Daten",
    columns: {
      rule_id: ["Chipregel-ID", ""],
      outcome: [
        "`licence-required` / `case-by-case` / `notification`",
        "was ein Chip, der die Klausel erfüllt, nach der Regel bekommt, das Strengste zuerst (Genehmigung mit Vermutung der Ablehnung; Genehmigung nach Einzelfallprüfung; Meldung unter einer Genehmigungsausnahme). Ein Chip, den keine Klausel erfasst, ist `not-controlled`; einer, dem eine Kennzahl fehlt, die eine Klausel braucht, ist `unknown`"
      ],
      clause: [
        SLUG,
        "Bedingungen einer Klausel gelten zusammen (UND); Klauseln eines Ergebnisses gelten alternativ (ODER)"
      ],
      metric: ["`tpp` / `performance_density` / `interconnect_gbps` / `memory_bandwidth_gbps`", ""],
      min: ["Zahl, optional", "Untergrenze, einschließlich"],
      max: ["Zahl, optional", "Obergrenze, ausschließlich"],
      source_ids: SOURCES,
      notes: [TEXT_OPT, "z. B. der ECCN-Absatz (3A090.a)"]
    }
  },
  events: {
    title: "datierter Kontext",
    columns: {
      id: [SLUG, ""],
      date: [DATE, ""],
      kind: ["`ai-model` / `market` / `politics` / `industry` / `court` / `diplomacy` / `other`", ""],
      actor: ["`US` / `CN` / `other`", ""],
      title: [TEXT, ""],
      title_de: german("title"),
      summary: [TEXT, "eigene Worte"],
      summary_de: german("summary"),
      value: ["Zahl, optional", "eine Kennzahl des Ereignisses"],
      unit: [TEXT_OPT, "z. B. `USD bn`, `GPU hours`, `%`"],
      source_ids: SOURCES,
      notes: NOTES
    }
  },
  trade: {
    title: "jährlicher US-Warenhandel",
    columns: {
      year: ["ganze Zahl", ""],
      flow: ["`us-imports-from-cn` / `us-exports-to-cn` / `us-imports-total`", ""],
      value_usd_bn: ["Zahl ≥ 0", "Waren, Census-Basis, nominal in Mrd. US-Dollar"],
      source_id: ["Quellen-ID", ""],
      release: [
        TEXT,
        "welche Veröffentlichung bzw. welcher Datenstand (z. B. „Census FT-900, annual revision June 2025“)"
      ],
      release_de: german("release"),
      notes: NOTES
    }
  },
  excerpts: {
    title: "der Kommentar, zitiert",
    columns: {
      id: [SLUG, ""],
      paragraph: ["ganze Zahl", "1 = erster Absatz nach der Überschrift, Zwischentitel zählen als Absätze"],
      german: [TEXT, "wörtlich"],
      english: [TEXT, "unsere eigene Übersetzung"],
      kind: ["`fact` / `assessment` / `forecast`", ""],
      measure_ids: [LIST_OPT, "Maßnahmen, auf die sich der Auszug bezieht"],
      event_ids: [LIST_OPT, "Ereignisse, auf die sich der Auszug bezieht"],
      notes: NOTES,
      notes_de: german("notes")
    }
  },
  counterpoints: {
    title: "Belege für und gegen einen Auszug",
    columns: {
      id: [SLUG, ""],
      excerpt_id: ["Auszugs-ID", ""],
      stance: ["`against` / `supports` / `nuance`", ""],
      summary: [TEXT, "eigene Worte"],
      summary_de: german("summary"),
      source_ids: SOURCES
    }
  },
  forecasts: {
    title: "was der Kommentar erwartete",
    columns: {
      id: [SLUG, ""],
      excerpt_id: ["Auszugs-ID", ""],
      expectation: [TEXT, "eigene Worte"],
      expectation_de: german("expectation"),
      outcome: [TEXT, "was geschah, eigene Worte"],
      outcome_de: german("outcome"),
      measure_ids: [LIST_OPT, ""],
      event_ids: [LIST_OPT, ""],
      verdict: ["`happened` / `partly` / `did-not-happen` / `open`", "unser Urteil"],
      as_of: [DATE, "der Tag, für den das Urteil gilt"],
      source_ids: SOURCES
    }
  },
  published_estimates: {
    title: "Durchschnittszölle anderer Tracker",
    columns: {
      id: [SLUG, ""],
      publisher: [TEXT, "z. B. PIIE"],
      direction: ["`us-on-cn` / `cn-on-us`", ""],
      date: [DATE, "der Tag, für den die Schätzung gilt"],
      rate_pct: ["Zahl", ""],
      method: [TEXT, "wie gewichtet, mit welchem Gewichtsjahr, was enthalten ist"],
      source_ids: SOURCES,
      basis: [
        "Slug, optional",
        "unsere Gewichtungsbasis, die der des Herausgebers entspricht (eine `basis` aus `lines/bases.csv`, z. B. `piie`, `yale`): Die Zollseite vergleicht den Wert mit unserem auf dieser Basis; leer = kein vergleichbarer Wert, verglichen mit unserer Hauptbasis"
      ],
      authority: [
        "Rechtsgrundlage, optional",
        "gesetzt, wenn der Wert der Anteil einer Rechtsgrundlage ist (z. B. der Beitrag von Section 301 bei einem Tracker); leer = die Summe"
      ],
      their_rates: [
        "Liste von `scope=satz`, optional",
        "Sätze, die der Herausgeber anders als wir angesetzt hat, belegt in einer Quelle (z. B. `301-list-4b=15`: ein Stand, der die ausgesetzte Liste 4B berechnete); der Vergleich rechnet unseren Wert auch damit, so wird gemessen, was ihre Annahmen ausmachen. Die Spalte darf fehlen"
      ]
    }
  },
  changelog: {
    title: "eine Zeile je Datenveröffentlichung",
    columns: {
      date: [DATE, "der Tag der Veröffentlichung (eine Veröffentlichung je Tag)"],
      added: [
        "ganze Zahl, optional",
        "seit der vorigen Veröffentlichung hinzugekommene Zeilen in allen Tabellen außer dieser (`npm run data:diff`)"
      ],
      changed: ["ganze Zahl, optional", "geänderte Zeilen"],
      removed: ["ganze Zahl, optional", "entfernte Zeilen"],
      summary: [TEXT, "eine Zeile dazu, was die Veröffentlichung geändert hat"],
      summary_de: german("summary")
    }
  },
  us_weights: {title: "Handelswert jeder Linie in einem Basisjahr", columns: weights},
  us_mfn: {title: "normaler Zoll (MFN) nach Codepräfix und Datum", columns: mfn},
  us_scope_lines: {title: "welche Linien ein Zoll-Scope erfasst", columns: scopeLines},
  us_exemptions: {title: "Linien, die zeitweise von einem Scope ausgenommen sind", columns: exemptions},
  cn_weights: {title: "Handelswert jeder Linie in einem Basisjahr", columns: weights},
  cn_mfn: {title: "normaler Zoll (MFN) nach Codepräfix und Datum", columns: mfn},
  cn_scope_lines: {title: "welche Linien ein Zoll-Scope erfasst", columns: scopeLines},
  cn_exemptions: {title: "Linien, die zeitweise von einem Scope ausgenommen sind", columns: exemptions},
  line_stacking: {
    title: "wie Zölle auf einer Linie zusammenwirken",
    columns: {
      scope: ["Scope-ID", ""],
      rule: [
        "`replaces` / `excluded_by`",
        "`replaces`: Auf einer Linie in beiden Scopes ersetzt `scope` den Scope `other`, solange der Satz von `scope` über null liegt (die Sätze der Überprüfung nach Section 301 von 2024 ersetzen den Listensatz); `excluded_by`: Auf einer Linie, die an dem Tag in `other` mit einem Satz über null liegt, gilt `scope` nicht (der reziproke IEEPA-Zoll und Section 122 bei Waren nach Section 232). Jedes Paar ohne Regel addiert sich"
      ],
      other: ["Scope-ID", ""],
      source_ids: SOURCES,
      notes: NOTES
    }
  },
  line_bases: {
    title: "Gewichtungsbasen und ihr Gewichtsjahr je Zeitraum",
    columns: {
      direction: ["`us-on-cn` / `cn-on-us`", ""],
      basis: [SLUG, "z. B. `piie` (die angegebenen Gewichte von PIIE), `yale` (die des Yale Budget Lab)"],
      date_from: [DATE_OPT, "leer: von Anfang an"],
      date_to: [DATE_OPT, "Ende, ausschließlich; leer: offen. Zeiträume einer Basis überschneiden sich nicht"],
      weights_year: ["Jahr", "das `year` aus `weights.csv`, das in diesem Zeitraum gilt"],
      label: [
        TEXT,
        "die englische Bezeichnung, z. B. für die Basis des PIIE die Importe der USA aus China im Jahr 2017"
      ],
      label_de: german("label"),
      notes: [TEXT_OPT, "was die Methodennotiz des Trackers über seine Gewichte sagt"],
      source_ids: SOURCES,
      weights_basis: [
        "Slug, optional",
        "die `basis` aus `weights.csv`, deren Zeilen dieser Zeitraum nutzt; leer oder Spalte weggelassen: die eigene. So kann eine Sensitivitätsbasis die Gewichte einer anderen übernehmen (z. B. durchgehend die Gewichte von 2024)"
      ]
    }
  },
  line_provenance: {
    title: "eine Zeile je eingelesener Eingabedatei",
    columns: {
      file: [TEXT, "unsere Datei, Pfad unter `data/`"],
      repository: [TEXT, "Quelle `owner/name`"],
      commit: [TEXT, "Commit mit 40 Hex-Zeichen"],
      path: [TEXT, "Pfad in diesem Repository"],
      licence: [TEXT, "z. B. `MIT`"],
      retrieved: [DATE, ""],
      changes: [TEXT, "was wir geändert haben (auf China gefiltert, Spalten umbenannt, …)"],
      script: [TEXT, "das eingecheckte Umwandlungsskript (`scripts/lines/….ts`)"]
    }
  }
};
