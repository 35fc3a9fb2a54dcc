// The commentary's expectations as the "What happened next" page lists them: numbered in the order of the text,
// grouped under the excerpt they come from. Pure.
import type {Excerpt, Forecast} from "../schema.js";

/** A forecast with the number the page lists it under (1, 2, 3…), drawn inside its dot on the chart. */
export type NumberedForecast = Forecast & {n: number};

/**
 * Numbers the forecasts in the order of the text: by the position of their excerpt in the excerpts table, then by
 * their own order; a forecast whose excerpt is unknown comes last.
 */
export function numberForecasts(
  forecasts: readonly Forecast[],
  excerpts: readonly Pick<Excerpt, "id">[]
): NumberedForecast[] {
  const order = new Map(excerpts.map((x, i) => [x.id, i]));
  const at = (f: Forecast) => order.get(f.excerpt_id) ?? Infinity;
  return forecasts
    .map((f, i) => ({f, i}))
    .sort((a, b) => at(a.f) - at(b.f) || a.i - b.i)
    .map(({f}, i) => ({...f, n: i + 1}));
}

/** The forecasts under each excerpt, in the order of their first forecast; `excerpt` is undefined for an unknown id. */
export function forecastGroups<F extends Pick<Forecast, "excerpt_id">, X extends Pick<Excerpt, "id">>(
  forecasts: readonly F[],
  excerpts: readonly X[]
): {excerpt_id: string; excerpt: X | undefined; forecasts: F[]}[] {
  const byId = new Map(excerpts.map((x) => [x.id, x]));
  return [...new Set(forecasts.map((f) => f.excerpt_id))].map((id) => ({
    excerpt_id: id,
    excerpt: byId.get(id),
    forecasts: forecasts.filter((f) => f.excerpt_id === id)
  }));
}

/** The date of the latest evidence behind any verdict, or undefined for no forecast. */
export function latestVerdictDate(forecasts: readonly Pick<Forecast, "as_of">[]): Date | undefined {
  return forecasts.length ? new Date(Math.max(...forecasts.map((f) => f.as_of.getTime()))) : undefined;
}
