#!/usr/bin/env node
// Records what Node prints for each fixture script, beside the script: name.out (stdout), name.err (stderr, when not
// empty) and name.code (the exit code, when not 0), running it in its own folder with the variables of name.env.
// Fixture folders are every folder directly under tests/Hatchery.Tests/Fixtures, and tests/npm/scripts; a script is
// each *.js directly inside one (helpers are .cjs files or live in subfolders). The process id and the checkout's
// path are masked as the test runner masks them (NodeFixtures.MaskMachine), so a re-recording on another machine or
// checkout reproduces the committed files.
// Usage: node tests/record-fixtures.js [folder-or-script ...]   (default: every fixture folder)
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync, spawnSync } = require('child_process');

const tests = __dirname;
const fixtureRoot = path.join(tests, 'Hatchery.Tests', 'Fixtures');
const npmFolder = path.join(tests, 'npm');
const fixtureFolders = [
  ...fs.readdirSync(fixtureRoot, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => path.join(fixtureRoot, e.name)),
  path.join(npmFolder, 'scripts'),
];

function scriptsIn(folder) {
  return fs.readdirSync(folder).filter((f) => f.endsWith('.js')).sort().map((f) => path.join(folder, f));
}

function scriptsNamed(arg) {
  const full = path.resolve(arg);
  if (fs.statSync(full).isDirectory()) {
    if (!fixtureFolders.includes(full)) throw new Error(`${arg} is not a fixture folder`);
    return scriptsIn(full);
  }
  if (!fixtureFolders.includes(path.dirname(full)) || !full.endsWith('.js')) throw new Error(`${arg} is not a fixture script`);
  return [full];
}

// The same patterns as NodeFixtures.MaskMachine.
function maskMachine(text) {
  return text
    .replace(/\(node:\d+\)|^([A-Z][A-Z0-9_]*) \d+: /gm, (m, name) => (m.startsWith('(') ? '(node:PID)' : `${name} PID: `))
    .replace(/[^\s('"`]*\/Fixtures\//g, '<fixtures>/');
}

function readEnvironment(stem) {
  if (!fs.existsSync(`${stem}.env`)) return {};
  const lines = fs.readFileSync(`${stem}.env`, 'utf8').split('\n').filter((l) => l.includes('='));
  return Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
}

// Output goes to files, not pipes, as when the recordings were first made: Node's stdout differs between the two
// (a pipe is written asynchronously, and tty.WriteStream accepts one). Bytes are kept as they are (latin1 maps each
// byte to one character), since some scripts write invalid UTF-8.
function record(script) {
  const stem = script.slice(0, -'.js'.length);
  const out = fs.openSync(`${stem}.out`, 'w');
  const err = fs.openSync(`${stem}.err`, 'w');
  const run = spawnSync(process.execPath, [script], {
    cwd: path.dirname(script),
    env: { ...process.env, ...readEnvironment(stem) },
    stdio: ['ignore', out, err],
  });
  fs.closeSync(out);
  fs.closeSync(err);
  if (run.error) throw run.error;
  for (const file of [`${stem}.out`, `${stem}.err`]) fs.writeFileSync(file, maskMachine(fs.readFileSync(file, 'latin1')), 'latin1');
  if (fs.statSync(`${stem}.err`).size === 0) fs.rmSync(`${stem}.err`);
  const code = run.status ?? 1;
  if (code !== 0) fs.writeFileSync(`${stem}.code`, `${code}\n`);
  else fs.rmSync(`${stem}.code`, { force: true });
  console.log(`${path.relative(tests, script)}: exit ${code}`);
}

const scripts = process.argv.length > 2 ? process.argv.slice(2).flatMap(scriptsNamed) : fixtureFolders.flatMap(scriptsIn);
if (scripts.some((s) => s.startsWith(npmFolder)) && !fs.existsSync(path.join(npmFolder, 'node_modules'))) {
  execFileSync('npm', ['ci', '--prefix', npmFolder, '--no-audit', '--no-fund'], { stdio: 'inherit' });
}
scripts.forEach(record);
