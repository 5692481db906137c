// `npm start`: build what is missing, then run the compiled server in this same process,
// so SIGTERM reaches the hub's own ordered shutdown.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

// `npm run worker`: the same server as a job worker only (no HTTP), unless WORKER says otherwise.
if (process.argv.includes('--worker')) process.env.WORKER ??= 'only';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(process.execPath, [path.join(serverDir, 'scripts', 'ensure-built.mjs')], { stdio: 'inherit' });
createRequire(import.meta.url)(path.join(serverDir, 'dist', 'main.js'));
