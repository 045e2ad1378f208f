// Shared test code, one import for a test file: `import { expectKpiError, moneyOrAwkward } from "../_helpers/index.js"`.
// The CDNOW loader (cdnow.mjs) and the date-fns reference of business minutes (businessMinutesReference.mjs)
// are plain .mjs modules, so that the bench (test/bench/*.mjs) imports them too; import them by name.
export { assertAgreesWithSchema, catchKpiError, expectKpiError, isCleanOutput, near } from "./assertions.js";
export {
  awkwardValue,
  cents,
  countOrAwkward,
  fractionOrAwkward,
  moneyForms,
  moneyOrAwkward,
  rateOrAwkward,
} from "./arbitraries.js";
export { allDay, BERLIN, everyDay, NEW_YORK, nineToFive, US_HOLIDAYS_2024, weekdays, withLunch } from "./calendars.js";
export { CHURNKEY } from "./churnkey.js";
