import { describe, expectTypeOf, test } from "vitest";
import type * as z from "zod/mini";
import type {
  customerLifetimeValue,
  CustomerLifetimeValueInput,
  customerLifetimeValueInputSchema,
  CustomerLifetimeValueOptions,
  customerLifetimeValueOptionsSchema,
  CustomerValue,
  Money,
  valuedCustomerSchema,
} from "../../src/index.js";
import type { NullableFields, OptionsShape, SchemaShape, Shape } from "../typeHelpers.js";

describe("customerLifetimeValue types", () => {
  test("CustomerLifetimeValueInput is what its schema accepts", () => {
    expectTypeOf<Shape<CustomerLifetimeValueInput>>().toEqualTypeOf<SchemaShape<typeof customerLifetimeValueInputSchema>>();
  });

  test("a customer row is what valuedCustomerSchema accepts", () => {
    expectTypeOf<Shape<CustomerLifetimeValueInput["customers"][number]>>().toEqualTypeOf<
      SchemaShape<typeof valuedCustomerSchema>
    >();
  });

  // The Decimal branch of the monetaryValue schema was z.custom() without a type: the schema accepted `unknown`.
  test("the schema's monetaryValue is an amount, null or absent", () => {
    expectTypeOf<z.input<typeof valuedCustomerSchema>["monetaryValue"]>().toEqualTypeOf<Money | null | undefined>();
  });

  test("CustomerLifetimeValueOptions is what its schema accepts", () => {
    expectTypeOf<Shape<CustomerLifetimeValueOptions>>().toEqualTypeOf<OptionsShape<typeof customerLifetimeValueOptionsSchema>>();
  });
});

describe("customerLifetimeValue result types", () => {
  test("one CustomerValue per customer", () => {
    expectTypeOf<typeof customerLifetimeValue>().returns.toEqualTypeOf<CustomerValue[]>();
  });

  test("null exactly where a value can be undefined: no id, an infinite mean spend and the value that follows", () => {
    expectTypeOf<NullableFields<CustomerValue>>().toEqualTypeOf<"customerId" | "expectedSpend" | "value">();
    expectTypeOf<CustomerValue["expectedPurchases"]>().toEqualTypeOf<number>();
  });
});
