import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";

// Issue 12: `examples/pipeline-league-table.mjs [file.csv]` read as if any export worked, but it
// needs fixed column names; on another export it printed a table of undefined reps. It now
// names what is missing before it loads the library, so this runs without a build.
test("an export without the columns the example reads is refused with their names, exit code 2", () => {
  const dir = mkdtempSync(join(tmpdir(), "salesmetrics-example-"));
  const file = join(dir, "maven-like.csv");
  writeFileSync(
    file,
    "opportunity_id,sales_agent,deal_stage,engage_date,close_date,close_value\n1C1I7A6R,Moses Frase,Won,2016-10-20,2017-03-01,1054\n",
  );
  const run = spawnSync(process.execPath, [join(import.meta.dirname, "../../examples/pipeline-league-table.mjs"), file], {
    encoding: "utf8",
  });
  expect(run.status).toBe(2);
  expect(run.stderr).toContain("pipeline-league-table needs the columns owner, status, amount, created_at, closed_at");
  expect(run.stderr).toContain("the file has opportunity_id, sales_agent, deal_stage, engage_date, close_date, close_value");
});
