// The timeline's lanes, shared by the loader that assigns them and the chart that draws them (no schema import here:
// browser code uses this file).

export const LANES = ["us-tariffs", "us-controls", "cn-tariffs", "cn-controls", "context"] as const;
export type Lane = (typeof LANES)[number];

export const LANE_LABELS: Record<Lane, string> = {
  "us-tariffs": "US tariffs",
  "us-controls": "US export controls & chip policy",
  "cn-tariffs": "China's tariffs",
  "cn-controls": "China's controls & listings",
  context: "Context"
};

const TARIFF_AUTHORITIES = new Set([
  "section-232",
  "section-301",
  "section-201",
  "section-122",
  "ieepa",
  "trade-agreement",
  "us-court",
  "cn-tariff-commission",
  "cn-trade-remedy"
]);

/** The lane of a measure: tariffs (and the deals and rulings about them) apart from controls, per actor. */
export function laneOf(measure: {actor: string; instrument: string; authority: string}): Lane {
  const tariffLike =
    measure.instrument === "tariff" ||
    measure.instrument === "agreement" ||
    ((measure.instrument === "court-ruling" ||
      measure.instrument === "investigation" ||
      measure.instrument === "other") &&
      TARIFF_AUTHORITIES.has(measure.authority));
  if (measure.actor === "US") return tariffLike ? "us-tariffs" : "us-controls";
  return tariffLike ? "cn-tariffs" : "cn-controls";
}
