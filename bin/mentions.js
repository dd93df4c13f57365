#!/usr/bin/env node
// Tiny shim: everything lives in the compiled CLI.
import('../dist/cli/main.js').then((m) => m.main(process.argv));
