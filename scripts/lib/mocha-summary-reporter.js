// Mocha's spec report for people, plus the counts for scripts/test-all.js written to the JSON file
// named by $ZHENGWU_MOCHA_SUMMARY, so the final tally never depends on parsing human output.
// Usage: ZHENGWU_MOCHA_SUMMARY=file mocha --reporter scripts/lib/mocha-summary-reporter.js
const fs = require('fs');
const Mocha = require('mocha');

const { EVENT_RUN_END, EVENT_TEST_FAIL } = Mocha.Runner.constants;

class SummaryReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    const failures = [];
    runner.on(EVENT_TEST_FAIL, (test, err) => failures.push({ title: test.fullTitle(), error: String((err && err.message) || err) }));
    runner.once(EVENT_RUN_END, () => {
      const file = process.env.ZHENGWU_MOCHA_SUMMARY;
      if (!file) return;
      const { passes, failures: failed, pending } = runner.stats;
      fs.writeFileSync(file, JSON.stringify({ passed: passes, failed, pending, failures }, null, 2));
    });
  }
}

module.exports = SummaryReporter;
