import * as Plot from "@observablehq/plot";

/** A dated marker across a chart, such as the day the commentary appeared. */
export interface DateMarker {
  date: Date;
  label: string;
}

/**
 * A date marker's marks: a dashed rule across the frame and its label centred above the frame. `text` adjusts the
 * label (offset, anchor, size), `rule` the rule; no marker, no marks.
 */
export function dateMarker(
  marker: DateMarker | undefined,
  {text = {}, rule = {}}: {text?: Plot.TextOptions; rule?: Plot.RuleXOptions} = {}
): Plot.Markish[] {
  if (!marker) return [];
  return [
    Plot.ruleX([marker.date], {stroke: "currentColor", strokeDasharray: "4,3", strokeOpacity: 0.7, ...rule}),
    Plot.text([marker], {
      x: "date",
      frameAnchor: "top",
      dy: -18,
      text: "label",
      textAnchor: "middle",
      fill: "currentColor",
      fontSize: 10,
      ...text
    })
  ];
}
