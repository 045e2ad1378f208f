// A tiny CSV reader for the examples: enough for examples/data/crm-export.csv and exports like it.
// It handles quoted fields (with commas, doubled quotes "" and line breaks inside), CRLF line
// endings and a byte-order mark. Real projects should use a CSV library (csv-parse, papaparse),
// which also deals with other delimiters, encodings and streaming large files.

import { readFileSync } from "node:fs";

/** Parses CSV text into one object per row, keyed by the header row. Every value is a string. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char !== '"') field += char;
      else if (text[i + 1] === '"')
        field += text[i++]; // "" inside quotes is one quote
      else quoted = false;
    } else if (char === '"') {
      quoted = true;
    } else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else {
      field += char;
    }
  }
  if (quoted) throw new Error("CSV: a quoted field is not closed");
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }

  const [header, ...records] = rows.filter((r) => r.length > 1 || r[0] !== ""); // skip blank lines
  if (header === undefined) return [];
  return records.map((record, index) => {
    if (record.length !== header.length) {
      throw new Error(`CSV: data row ${index + 1} has ${record.length} fields, the header has ${header.length}`);
    }
    return Object.fromEntries(header.map((name, column) => [name.trim(), record[column]]));
  });
}

/** Reads a UTF-8 CSV file: see {@link parseCsv}. */
export function readCsv(path) {
  return parseCsv(readFileSync(path, "utf8"));
}

/**
 * Stops with a message when `rows` (from {@link readCsv}) lack a column the example needs. These
 * examples read fixed column names; for an export with other names or codes, rename the columns
 * first (or map the rows yourself, as `deals` is built in each example).
 */
export function requireColumns(rows, columns, file, example) {
  const present = new Set(Object.keys(rows[0] ?? {}));
  const missing = columns.filter((column) => !present.has(column));
  if (rows.length > 0 && missing.length === 0) return;
  console.error(
    rows.length === 0
      ? `${file}: no data rows.`
      : `${file}: ${example} needs the column${missing.length > 1 ? "s" : ""} ${missing.join(", ")} ` +
          `(it reads ${columns.join(", ")}; the file has ${[...present].join(", ")}). ` +
          "Rename your export's columns to these names, or map its rows in the example's code.",
  );
  process.exit(2);
}
