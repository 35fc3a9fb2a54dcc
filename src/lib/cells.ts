import {z} from "zod";

// Cell validators: each takes the raw CSV string of one cell and yields a typed value or one clear message.
// Messages quote the offending value so an editor can find it; data/README.md documents the formats.

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const quote = (s: string) => JSON.stringify(s);
const fail = (ctx: z.RefinementCtx, message: string) => {
  ctx.addIssue({code: "custom", message});
  return z.NEVER;
};

/** Parses `YYYY-MM-DD` into a UTC-midnight Date, or returns a message; calendar dates never depend on the timezone. */
export function parseIsoDate(value: string): Date | string {
  const m = ISO_DATE.exec(value);
  if (!m) return `${quote(value)} is not a date in the form YYYY-MM-DD`;
  const [y, mo, d] = [+m[1], +m[2], +m[3]];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
    return `${quote(value)} is not a calendar date`;
  }
  return date;
}

/** A required cell: trimmed, non-empty. */
function required<T>(parse: (value: string, ctx: z.RefinementCtx) => T) {
  return z.string().transform((raw, ctx) => {
    const value = raw.trim();
    return value === "" ? fail(ctx, "is empty; a value is required") : parse(value, ctx);
  });
}

/** An optional cell: empty means undefined. */
function optional<T>(parse: (value: string, ctx: z.RefinementCtx) => T) {
  return z.string().transform((raw, ctx): T | undefined => {
    const value = raw.trim();
    return value === "" ? undefined : parse(value, ctx);
  });
}

const asText = (value: string) => value;
const asSlug = (value: string, ctx: z.RefinementCtx) =>
  SLUG.test(value)
    ? value
    : fail(ctx, `${quote(value)} is not a kebab-case id (lower-case letters and digits joined by single hyphens)`);
const asDate = (value: string, ctx: z.RefinementCtx) => {
  const date = parseIsoDate(value);
  return typeof date === "string" ? fail(ctx, date) : date;
};
const asUrl = (value: string, ctx: z.RefinementCtx) => {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  return url?.protocol === "https:" && url.hostname.includes(".")
    ? value
    : fail(ctx, `${quote(value)} is not an https URL`);
};
const asNumber =
  ({min, max, integer = false}: {min?: number; max?: number; integer?: boolean}) =>
  (value: string, ctx: z.RefinementCtx) => {
    // Number("") and Number(" ") are 0, and Number("0x10") is 16: accept plain decimals only.
    if (!/^-?\d+(\.\d+)?$/.test(value)) return fail(ctx, `${quote(value)} is not a ${integer ? "whole " : ""}number`);
    const n = Number(value);
    if (integer && !Number.isInteger(n)) return fail(ctx, `${quote(value)} is not a whole number`);
    if (min !== undefined && n < min) return fail(ctx, `${value} is below the minimum ${min}`);
    if (max !== undefined && n > max) return fail(ctx, `${value} is above the maximum ${max}`);
    return n;
  };
const asOneOf =
  <const V extends readonly string[]>(values: V) =>
  (value: string, ctx: z.RefinementCtx): V[number] =>
    (values as readonly string[]).includes(value)
      ? (value as V[number])
      : fail(ctx, `${quote(value)} is not one of: ${values.join(", ")}`);
const asList =
  <T>(item: (value: string, ctx: z.RefinementCtx) => T) =>
  (value: string, ctx: z.RefinementCtx): T[] => {
    const items = value.split(";").map((s) => s.trim());
    if (items.some((s) => s === ""))
      return fail(ctx, `${quote(value)} has an empty item; separate items with a single ";"`);
    return items.map((s) => item(s, ctx));
  };

const asDigits =
  ({min, max, lengths}: {min: number; max: number; lengths?: readonly number[]}) =>
  (value: string, ctx: z.RefinementCtx) => {
    const what = lengths ? lengths.join(" or ") : `${min} to ${max}`;
    if (!/^\d+$/.test(value)) return fail(ctx, `${quote(value)} is not a tariff code (digits only, no dots or spaces)`);
    if (value.length < min || value.length > max || (lengths && !lengths.includes(value.length)))
      return fail(ctx, `${quote(value)} has ${value.length} digits; expected ${what}`);
    return value;
  };

/**
 * Required tariff code written as digits (leading zeros kept): a full line of `lengths` digits, or any prefix of
 * `min`–`max` digits. Codes stay strings so a spreadsheet's "0101" never becomes 101.
 */
export const tariffCode = (bounds: {min: number; max: number; lengths?: readonly number[]}) =>
  required(asDigits(bounds));
const asScopeRates = (value: string, ctx: z.RefinementCtx): {scope: string; rate_pct: number}[] =>
  asList((item: string, c: z.RefinementCtx) => {
    const m = /^([a-z0-9]+(?:-[a-z0-9]+)*)=(\d+(?:\.\d+)?)$/.exec(item);
    if (!m) return fail(c, `${quote(item)} is not scope=rate (a scope id, "=", a rate in percent)`);
    const rate = Number(m[2]);
    return rate > 1000 ? fail(c, `${quote(item)}: ${m[2]} is above the maximum 1000`) : {scope: m[1], rate_pct: rate};
  })(value, ctx);

/** Optional `;`-separated list of `scope=rate` pairs (rates in percent); empty means none. */
export const optionalScopeRates = () => optional(asScopeRates).transform((v) => v ?? []);
/** Required free text. */
export const text = () => required(asText);
/** Optional free text. */
export const optionalText = () => optional(asText);
/**
 * The German form of the free-text column before it (a `COLUMN_de` column): optional in a cell, so a row a page does
 * not show may leave it empty; lib/germanText checks that every row a page shows has it. Optional in the row type too,
 * so rows built in code without German still type-check.
 */
export const germanText = () => optional(asText).optional();
/** Required kebab-case id (also used for references to ids). */
export const slug = () => required(asSlug);
/** Optional kebab-case id. */
export const optionalSlug = () => optional(asSlug);
/** Required calendar date. */
export const isoDate = () => required(asDate);
/** Optional calendar date. */
export const optionalDate = () => optional(asDate);
/** Required https URL. */
export const httpsUrl = () => required(asUrl);
/** Required number within bounds (inclusive). */
export const number = (bounds: {min?: number; max?: number; integer?: boolean} = {}) => required(asNumber(bounds));
/** Optional number within bounds (inclusive). */
export const optionalNumber = (bounds: {min?: number; max?: number; integer?: boolean} = {}) =>
  optional(asNumber(bounds));
/** Required value of a controlled vocabulary. */
export const oneOf = <const V extends readonly string[]>(values: V) => required(asOneOf(values));
/** Optional value of a controlled vocabulary (empty means undefined). */
export const optionalOneOf = <const V extends readonly string[]>(values: V) => optional(asOneOf(values));
/** Required `;`-separated list of at least one id. */
export const slugList = () => required(asList(asSlug));
/** Optional `;`-separated list of ids (empty means none). */
export const optionalSlugList = () => optional(asList(asSlug)).transform((v) => v ?? []);
/** Required `;`-separated list of vocabulary values. */
export const listOf = <const V extends readonly string[]>(values: V) => required(asList(asOneOf(values)));
