#!/usr/bin/env node
// The command runs the compiled JavaScript in dist/, which `npm install` (prepare) and
// `npm run build` write. Without it, say so rather than fail on a missing module.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const main = join(__dirname, '..', 'dist', 'cli', 'main.js');
if (!existsSync(main)) {
  process.stderr.write('towngraph: the package is not built (dist/ is missing); run `npm run build`\n');
  process.exit(1);
}
require(main);
