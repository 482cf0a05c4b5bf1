#!/usr/bin/env node
// The command runs the TypeScript sources directly through tsx, so a clone works without a build step.
require('tsx/cjs');
require('../cli/main.ts');
