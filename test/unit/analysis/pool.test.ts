import * as assert from 'assert';
import * as path from 'path';
import { AnalysisPool } from '../../../src/core/analysis/pool';

describe('analysis worker pool', () => {
  it('rejects requests when the worker script cannot start, and stays usable', async () => {
    const pool = new AnalysisPool(path.join(__dirname, 'no-such-worker.js'), 1);
    try {
      await assert.rejects(pool.analyze('市长张三出席会议。'), /Cannot find module|no-such-worker/);
      // A second request must not hang behind the first one.
      await assert.rejects(pool.analyze('又一次'), /Cannot find module|no-such-worker/);
    } finally {
      pool.dispose();
    }
  });

  it('analyses in a worker thread', async () => {
    const script = path.resolve(__dirname, '..', '..', '..', 'src', 'core', 'analysis', 'worker.js');
    const pool = new AnalysisPool(script, 1);
    try {
      const a = await pool.analyze('区委副书记、区长钟某某出席会议并讲话。');
      assert.ok(Array.isArray(a.officials));
    } finally {
      pool.dispose();
    }
  });
});
