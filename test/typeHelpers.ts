// Type helpers for the type tests (test/**/*.test-d.ts): compare a hand-written input type with its schema's.
import type { Decimal } from "decimal.js";
import type * as z from "zod/mini";
import type { BusinessCalendar } from "../src/index.js";

/** The keys of `T` that are not an index signature (`z.looseObject` adds `[k: string]: unknown`). */
type KnownKeys<T> = keyof {
  [K in keyof T as string extends K ? never : number extends K ? never : symbol extends K ? never : K]: T[K];
};

/** The named fields of `T`, each required, with the type it has when present (`a?: number` gives `a: number`). */
type Fields<T> = { [K in keyof T as K extends KnownKeys<T> ? K : never]-?: T[K] };

/** Values compared as they are, not field by field. */
type Leaf = Decimal | Date | ((...args: never[]) => unknown);

/**
 * `T` spelled out so that `expectTypeOf(...).toEqualTypeOf` sees every difference that matters to a caller:
 * each named field becomes `[its type, "optional" | "required"]`, recursively; an index signature is
 * dropped, and `readonly` is ignored (a readonly array accepts what a mutable one does). expect-type
 * alone treats `a?: number` and `a?: number | undefined` as equal, but under `exactOptionalPropertyTypes`
 * only the second accepts a value that may be `undefined` (TS2379).
 */
export type Shape<T> = T extends Leaf
  ? T
  : T extends readonly unknown[]
    ? { readonly [K in keyof T]: Shape<T[K]> }
    : T extends object
      ? {
          -readonly [K in keyof Fields<T>]: [
            Shape<Fields<T>[K]>,
            // biome-ignore lint/complexity/noBannedTypes: `{} extends Pick<T, K>` is how a type asks whether K is optional
            K extends keyof T ? ({} extends Pick<T, K> ? "optional" : "required") : never,
          ];
        }
      : T;

/** What a schema accepts, spelled out as {@link Shape} does. */
export type SchemaShape<S extends z.core.$ZodType> = Shape<z.input<S>>;

/** What an options schema accepts when the options are given (`optionsSchema` also accepts `undefined`). */
export type OptionsShape<S extends z.core.$ZodType> = Shape<NonNullable<z.input<S>>>;

/** One row of what the array schema returned by a `…SchemaFor(options)` function accepts. */
export type RowShape<F extends (...args: never[]) => z.core.$ZodType> = Shape<z.input<ReturnType<F>>[number]>;

/** `T` with each field optional and allowed to be `undefined`: a field a function reads only in some modes. */
export type OptionalFields<T> = { [K in keyof T]?: T[K] | undefined };

/** `T` whose `calendar` field also takes a `BusinessCalendar`, what `businessCalendar` returns (the schema takes the plain form). */
export type AcceptingCalendar<T> = { [K in keyof T]: K extends "calendar" ? T[K] | BusinessCalendar : T[K] };

/** The fields of `T` that may be `null`: where the library says a KPI is undefined. */
export type NullableFields<T> = { [K in keyof T]-?: null extends T[K] ? K : never }[keyof T];
