// Tests and the UI check open a COPY of samples/: the extension may convert buffers in place
// (convertOnOpen: edit) and tests save, rename and undo; none of that may touch the repo's files.
const fs = require('fs');
const path = require('path');
const { paths } = require('./paths');

/** Copies samples/ to <runDir>/samples and returns that folder (empty when samples/ is missing). */
function copySamples(runDir) {
  const dest = path.join(runDir, 'samples');
  if (fs.existsSync(paths.samplesDir)) fs.cpSync(paths.samplesDir, dest, { recursive: true });
  else fs.mkdirSync(dest, { recursive: true });
  return dest;
}

module.exports = { copySamples };
