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
