// One closing line over both test runs (unit and browser), from Vitest's JSON reports, so a
// reader of the CI log sees the total at the end: "Tests: 250 passed, 0 failed", with the unit
// tests' line coverage when `npm run test:unit` measured it.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of ['test-results/unit.json', 'test-results/e2e.json']) {
  if (!existsSync(file)) {
    console.error(`${file} ontbreekt: draai eerst npm run test:unit en npm run test:e2e`);
    process.exit(1);
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
}
const COVERAGE = 'test-results/coverage/coverage-summary.json';
const lines = existsSync(COVERAGE) ? JSON.parse(readFileSync(COVERAGE, 'utf8')).total.lines.pct : undefined;
console.log(
  `Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}${lines === undefined ? '' : `; unit tests cover ${lines} % of the lines in src/`}`,
);
process.exit(failed ? 1 : 0);
