import type {TariffAction} from "../schema.js";

/** The rate steps of one scope, earliest first. */
export function stepsOf(actions: readonly TariffAction[], scope: string): TariffAction[] {
  return actions.filter((a) => a.scope === scope).sort((a, b) => a.date.getTime() - b.date.getTime());
}

/**
 * The additional ad-valorem rate (percent) in force for a scope on a date: the rate of the latest step on or before
 * that date, or 0 before the first step. A step dated on the day takes effect that day.
 */
export function rateInForce(actions: readonly TariffAction[], scope: string, date: Date): number {
  let rate = 0;
  for (const step of stepsOf(actions, scope)) {
    if (step.date.getTime() <= date.getTime()) rate = step.rate_pct;
    else break;
  }
  return rate;
}

/** One rate step as the rate grid needs it (tariff_steps rows carry these). */
export interface RateStep {
  scope: string;
  label?: string;
  date: Date;
  rate_pct: number;
  authority?: string;
}

/** A period at one rate: a step with its scope's name and the date the next step (or `end`) replaced it. */
export type RateInterval<S extends RateStep = RateStep> = S & {name: string; until: Date};

/**
 * The periods of each scope at one rate, from each step to the next step of its scope or to `end`; periods of no
 * length are left out. Ordered by start date (scopes in order of their first period).
 */
export function rateIntervals<S extends RateStep>(steps: readonly S[], end: Date): RateInterval<S>[] {
  const byScope = new Map<string, S[]>();
  for (const s of [...steps].sort((a, b) => a.date.getTime() - b.date.getTime()))
    byScope.set(s.scope, [...(byScope.get(s.scope) ?? []), s]);
  return [...byScope.values()]
    .flatMap((list) =>
      list.map((s, i) => ({...s, name: s.label ?? s.scope, until: i + 1 < list.length ? list[i + 1].date : end}))
    )
    .filter((d) => d.until > d.date)
    .sort((a, b) => a.date.getTime() - b.date.getTime());
}
