#!/usr/bin/env node
// The command-line entry: runs the compiled CLI (built by `npm install` / `npm ci` through `prepare`).
void import("../dist/cli.js").then((cli) => cli.main(process.argv.slice(2)));
