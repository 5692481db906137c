// `npm run bench:nested -w server -- <scale> <runs> [parallel]`: the nested campaign graph one request
// at a time, for profiling (`node --cpu-prof ...`) without the noise of concurrent load.
import 'reflect-metadata';
import { benchDatabase } from './database';
import { benchLogin, startInProcessHub } from './in-process';
import { NESTED } from './operations';

async function main() {
  const scale = Number(process.argv[2] ?? '1');
  const runs = Number(process.argv[3] ?? '20');
  const parallel = Number(process.argv[4] ?? '1');
  const db = await benchDatabase(scale);
  const hub = await startInProcessHub(db.url);
  const headers = { 'content-type': 'application/json', authorization: await benchLogin(hub.url) };
  const times: number[] = [];
  let bytes = 0;
  let statements = 0;
  for (let i = 0; i < runs; i++) {
    hub.counter.reset();
    const t0 = performance.now();
    const bodies = await Promise.all(
      Array.from({ length: parallel }, () =>
        fetch(hub.url, { method: 'POST', headers, body: JSON.stringify({ query: NESTED }) }).then((r) => r.text()),
      ),
    );
    times.push(performance.now() - t0);
    bytes = bodies[0].length;
    statements = hub.counter.count / parallel;
  }
  times.sort((a, b) => a - b);
  console.log(
    `scale ${scale}: median ${times[Math.floor(times.length / 2)].toFixed(0)} ms, min ${times[0].toFixed(0)} ms, ${bytes} bytes, ${statements} statements per request, ${parallel} at a time`,
  );
  await hub.stop();
  await db.stop();
}
main().catch((err) => {
  console.error(err);
  process.exit(1);
});
