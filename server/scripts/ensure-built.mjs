// Builds what is missing or stale before a start: the SPA (web/dist) and the server (server/dist).
// `--force` rebuilds the server regardless. Nothing is compiled per request.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const root = path.resolve(serverDir, '..');
const force = process.argv.includes('--force');

/**
 * Newest modification time of a file, or of any file below a folder.
 * @param {string} file
 * @returns {number}
 */
function newestMtime(file) {
  const stat = fs.statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(file)) newest = Math.max(newest, newestMtime(path.join(file, entry)));
  return newest;
}

/**
 * @param {string} output
 * @param {string[]} sources
 */
function stale(output, sources) {
  if (!fs.existsSync(output)) return true;
  const built = fs.statSync(output).mtimeMs;
  return sources.some((s) => fs.existsSync(s) && newestMtime(s) > built);
}

const npm = (/** @type {string[]} */ args, env = process.env) =>
  execFileSync('npm', args, { cwd: root, stdio: 'inherit', env });

const webIndex = path.join(root, 'web', 'dist', 'index.html');
if (
  !process.argv.includes('--server-only') &&
  stale(webIndex, [path.join(root, 'web', 'src'), path.join(root, 'web', 'index.html')])
) {
  process.stderr.write('building the web app (web/dist)...\n');
  // Always a production build: a caller's NODE_ENV (vitest sets `test` for the browser tests) would keep
  // Vue's development code in it, some 40 kB over the public pages' budget (e2e/budget.e2e.ts).
  npm(['run', 'build', '-w', 'web'], { ...process.env, NODE_ENV: 'production' });
}
if (force || stale(path.join(serverDir, 'dist', 'main.js'), [path.join(serverDir, 'src')])) {
  process.stderr.write('building the server (server/dist)...\n');
  npm(['run', 'build', '-w', 'server']);
}
