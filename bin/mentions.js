#!/usr/bin/env node
// Node 22 and later can keep compiled code between runs, which makes every start faster; Node 20 lacks
// the API, and where the cache cannot be written Node carries on without it.
import module from 'node:module';
module.enableCompileCache?.();
import('../dist/bundle/main.js').then((m) => m.main(process.argv));
