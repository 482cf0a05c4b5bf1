// Builds the package once before the suite: the end-to-end tests run the built command
// (bin/towngraph.js → dist/) and every server serves the bundled explorer from dist/explorer.
const { execFileSync } = require('node:child_process');
const { join } = require('node:path');

module.exports = async function buildBeforeTests() {
  execFileSync(process.execPath, [join(__dirname, '..', 'scripts', 'build.js')], { stdio: 'inherit' });
};
