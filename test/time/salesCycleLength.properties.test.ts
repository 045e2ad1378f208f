import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  salesCycleDealsSchemaFor,
  salesCycleLength,
  salesCycleLengthOptionsSchema,
  type CycleDeal,
  type SalesCycleLengthOptions,
} from "../../src/index.js";
import { assertAgreesWithSchema, awkwardValue, isCleanOutput } from "../_helpers/index.js";

const DAY = 86_400_000;

describe("days are calendar days in the zone", () => {
  test("property: a span between two dates is a whole number of days in every zone", () => {
    const date = fc
      .integer({ min: Date.UTC(2000, 0, 1) / DAY, max: Date.UTC(2035, 0, 1) / DAY })
      .map((d) => new Date(d * DAY).toISOString().slice(0, 10));
    const zone = fc.constantFrom(
      "UTC",
      "America/New_York",
      "Europe/Berlin",
      "Australia/Sydney",
      "America/Santiago",
      "Asia/Kolkata",
    );
    fc.assert(
      fc.property(zone, date, date, (timeZone, a, b) => {
        const [createdAt, closedAt] = a <= b ? [a, b] : [b, a];
        const days = salesCycleLength([{ createdAt, closedAt, status: "won" }], { timeZone }).meanDays;
        expect(days).toBe((Date.parse(closedAt) - Date.parse(createdAt)) / DAY);
      }),
      { numRuns: 1000 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const dealArbitrary = fc
  .tuple(
    fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2026, 0, 1) }),
    fc.nat(400 * DAY),
    fc.constantFrom("won", "lost", "open"),
  )
  .map(
    ([created, length, status]): CycleDeal => ({
      createdAt: created,
      closedAt: created + length,
      status: status as CycleDeal["status"],
    }),
  );
const dealsArbitrary = fc.array(dealArbitrary, { maxLength: 50 });
const includeOption = fc.constantFrom<SalesCycleLengthOptions>({}, { include: "closed" });

const lengthsOf = (deals: readonly CycleDeal[], options: SalesCycleLengthOptions) =>
  deals
    .filter((deal) => deal.status === "won" || (deal.status === "lost" && options.include === "closed"))
    .map((deal) => ((deal.closedAt as number) - (deal.createdAt as number)) / DAY);

describe("laws", () => {
  test("mean and median match a straightforward computation; min ≤ median, mean ≤ max", () => {
    fc.assert(
      fc.property(dealsArbitrary, includeOption, (deals, options) => {
        const result = salesCycleLength(deals, options);
        expect(isCleanOutput(result)).toBe(true);
        const lengths = lengthsOf(deals, options).sort((a, b) => a - b);
        expect(result.count).toBe(lengths.length);
        if (lengths.length === 0) return;
        const middle = lengths.length / 2;
        const median =
          lengths.length % 2 === 1
            ? lengths[Math.floor(middle)]
            : ((lengths[middle - 1] as number) + (lengths[middle] as number)) / 2;
        expect(result.medianDays).toBe(median);
        expect(result.meanDays).toBeCloseTo(lengths.reduce((a, b) => a + b, 0) / lengths.length, 9);
        const [min, max] = [lengths[0] as number, lengths[lengths.length - 1] as number];
        expect(min <= (result.medianDays as number) && (result.medianDays as number) <= max).toBe(true);
        expect(min <= (result.meanDays as number) && (result.meanDays as number) <= max).toBe(true);
      }),
    );
  });

  test("order does not matter", () => {
    fc.assert(
      fc.property(dealsArbitrary, includeOption, (deals, options) => {
        const [x, y] = [salesCycleLength(deals, options), salesCycleLength([...deals].reverse(), options)];
        expect(y.count).toBe(x.count);
        expect(y.medianDays).toBe(x.medianDays);
        if (x.meanDays !== null) expect(y.meanDays).toBeCloseTo(x.meanDays, 9);
      }),
    );
  });

  test("merging two sets of deals: counts add, the mean is the weighted mean, the median lies between the parts' medians", () => {
    fc.assert(
      fc.property(dealsArbitrary, dealsArbitrary, includeOption, (a, b, options) => {
        const [whole, left, right] = [
          salesCycleLength([...a, ...b], options),
          salesCycleLength(a, options),
          salesCycleLength(b, options),
        ];
        expect(whole.count).toBe(left.count + right.count);
        if (left.count === 0 || right.count === 0) return;
        const weighted = ((left.meanDays as number) * left.count + (right.meanDays as number) * right.count) / whole.count;
        expect(whole.meanDays).toBeCloseTo(weighted, 9);
        const [low, high] = [left.medianDays as number, right.medianDays as number].sort((x, y) => x - y);
        expect(whole.medianDays as number).toBeGreaterThanOrEqual(low as number);
        expect(whole.medianDays as number).toBeLessThanOrEqual(high as number);
      }),
    );
  });

  test("closed deals include the won ones: adding lost deals never lowers the count", () => {
    fc.assert(
      fc.property(dealsArbitrary, (deals) => {
        const won = salesCycleLength(deals);
        const closed = salesCycleLength(deals, { include: "closed" });
        expect(closed.count).toBeGreaterThanOrEqual(won.count);
        expect(closed.count).toBe(deals.filter((deal) => deal.status !== "open").length);
      }),
    );
  });

  test("shifting every date by the same time changes nothing", () => {
    fc.assert(
      fc.property(dealsArbitrary, fc.integer({ min: -1000 * DAY, max: 1000 * DAY }), (deals, shift) => {
        const shifted = deals.map((deal) => ({
          ...deal,
          createdAt: (deal.createdAt as number) + shift,
          closedAt: (deal.closedAt as number) + shift,
        }));
        const [x, y] = [salesCycleLength(deals), salesCycleLength(shifted)];
        expect(y.count).toBe(x.count);
        if (x.medianDays !== null) expect(y.medianDays).toBeCloseTo(x.medianDays, 6);
      }),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Bad input

describe("bad input", () => {
  test("fast checks agree with the schemas", () => {
    const epoch = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2024, 11, 31) });
    const dateOrAwkward = fc.oneof(
      { weight: 3, arbitrary: epoch },
      { weight: 2, arbitrary: epoch.map((t) => new Date(t).toISOString()) },
      { weight: 2, arbitrary: epoch.map((t) => new Date(t).toISOString().slice(0, 16)) },
      { weight: 1, arbitrary: epoch.map((t) => new Date(t)) },
      { weight: 1, arbitrary: fc.constantFrom<unknown>(null, undefined, "2024-02-30", "later", new Date(Number.NaN)) },
      { weight: 1, arbitrary: awkwardValue },
    );
    const deal = fc.oneof(
      {
        weight: 6,
        arbitrary: fc.record(
          {
            createdAt: dateOrAwkward,
            closedAt: dateOrAwkward,
            status: fc.oneof(fc.constantFrom<unknown>("won", "lost", "open"), awkwardValue),
          },
          { requiredKeys: [] },
        ),
      },
      { weight: 1, arbitrary: awkwardValue },
    );
    const options = fc.oneof(
      fc.constant(undefined),
      fc.record(
        {
          include: fc.constantFrom<unknown>("won", "closed", "open", null),
          timeZone: fc.constantFrom<unknown>("UTC", "America/New_York", "Pacific/Auckland", "Nowhere/Zone"),
        },
        { requiredKeys: [] },
      ),
      awkwardValue,
    );
    assertAgreesWithSchema(
      fc.tuple(
        fc.oneof({ weight: 6, arbitrary: fc.array(deal, { maxLength: 4 }) }, { weight: 1, arbitrary: awkwardValue }),
        options,
      ),
      ([deals, opts]) => salesCycleLength(deals as never, opts as never),
      ([deals, opts]) =>
        salesCycleLengthOptionsSchema.safeParse(opts).success &&
        salesCycleDealsSchemaFor(opts as SalesCycleLengthOptions).safeParse(deals).success,
      { numRuns: 2000 },
    );
  });
});
