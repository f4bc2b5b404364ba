'use strict';
const { parentPort, workerData } = require('worker_threads');
const path = require('path');
const { load } = require('./core');
const { seedCorpus } = require('./corpus');
const { makeInput } = require('./mutate');
const { checkInput, TARGETS } = require('./check');
const { adversarialInput } = require('./adversarial');

/*
 * Runs inputs for the fuzz driver. Inputs are regenerated here from their index, so only numbers cross
 * the thread boundary (and the input itself only when it failed).
 */

const { core: coreSpec, seed, maxLength, samplesDir } = workerData;
const core = load(coreSpec);
const seeds = seedCorpus(seed, samplesDir);

// Load every table before the first timed input.
checkInput(core, '區(qū)委副書記、區長王海出席會議並講話，要落實“三管三必須”。2023年8月1日');

function errorInfo(err) {
  return { stage: err.stage || 'unknown', message: String(err.message || err), stack: err.cause ? String(err.cause.stack || err.cause) : String(err.stack || '') };
}

parentPort.on('message', (msg) => {
  if (msg.type === 'run') {
    const { input, origin } = makeInput(seed, msg.index, seeds, maxLength);
    try {
      const { stages, total, cpuTotal } = checkInput(core, input);
      const slow = Math.min(total, cpuTotal) > msg.budget;
      parentPort.postMessage({ type: 'done', index: msg.index, length: input.length, origin, stages, total, cpuTotal, input: slow ? input : undefined });
    } catch (err) {
      parentPort.postMessage({ type: 'done', index: msg.index, length: input.length, origin, error: errorInfo(err), input });
    }
  } else if (msg.type === 'adversarial') {
    const input = adversarialInput(msg.name, msg.size);
    const best = {};
    const bestCpu = {};
    try {
      for (let run = 0; run < msg.runs; run++) {
        const { stages, cpu } = checkInput(core, input);
        for (const k in stages) best[k] = Math.min(best[k] ?? Infinity, stages[k]);
        for (const k in cpu) bestCpu[k] = Math.min(bestCpu[k] ?? Infinity, cpu[k]);
      }
      // Linear or not: the same input at a quarter of the size.
      const quarter = adversarialInput(msg.name, msg.size / 4);
      let quarterAnalyze = Infinity;
      const p = core.prepare(quarter);
      for (let run = 0; run < msg.runs; run++) {
        const t = process.hrtime.bigint();
        core.analyzeText(p.text);
        quarterAnalyze = Math.min(quarterAnalyze, Number(process.hrtime.bigint() - t) / 1e6);
      }
      parentPort.postMessage({ type: 'adversarial', name: msg.name, length: input.length, stages: best, cpu: bestCpu, quarterAnalyze, targets: TARGETS });
    } catch (err) {
      parentPort.postMessage({ type: 'adversarial', name: msg.name, length: input.length, error: errorInfo(err) });
    }
  }
});
parentPort.postMessage({ type: 'ready', seeds: seeds.length, samples: path.basename(samplesDir) });
