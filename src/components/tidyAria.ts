/**
 * Plot labels every mark's <g> (and a frame's <rect>) with aria-label ("dot", "rule", …) but gives it no role, which ARIA forbids (axe:
 * aria-prohibited-attr) and which screen readers read as noise. Keep the chart's own label on the <svg> (role img)
 * and drop the marks' labels. Returns the element it was given (a <svg>, or a <figure> with a legend).
 */
export function tidyAria<T extends Element>(chart: T): T {
  const svgs = chart.tagName.toLowerCase() === "svg" ? [chart] : [...chart.querySelectorAll("svg")];
  for (const svg of svgs) {
    if (svg.hasAttribute("aria-label")) svg.setAttribute("role", "img");
    for (const el of svg.querySelectorAll("[aria-label]"))
      if (!el.hasAttribute("role")) el.removeAttribute("aria-label");
  }
  return chart;
}
