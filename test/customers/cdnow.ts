import { readFileSync } from "node:fs";

/** The CDNOW master transactions (test/fixtures/cdnow, MIT via lifetimes), dates made ISO. */
export function cdnowMaster(): { customerId: string; date: string; amount: string }[] {
  return readFileSync(new URL("../fixtures/cdnow/CDNOW_master.txt", import.meta.url), "utf8")
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => {
      const [customerId = "", date = "", , amount = ""] = line.trim().split(/\s+/);
      return { customerId, date: `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`, amount };
    });
}
