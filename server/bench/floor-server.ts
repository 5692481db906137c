// The raw-SQL baseline in a process of its own: one hand-written json_agg statement per request
// through pg, served over HTTP like the hub (pg parses the JSON, the server stringifies it again).
// Env: BENCH_DB_URL, PORT. Prints "ready" on stdout once listening. Started by bench/run.ts.
import http from 'node:http';
import pg from 'pg';
import { NESTED_SQL } from './operations';

const pool = new pg.Pool({ connectionString: process.env.BENCH_DB_URL, max: 20 });
const server = http.createServer((_req, res) => {
  // Node does not await a request handler: a failed query must answer 500 here, not reject into nowhere.
  pool.query<{ data: unknown }>(NESTED_SQL).then(
    ({ rows }) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ data: rows[0].data }));
    },
    (err: unknown) => {
      res.statusCode = 500;
      res.end(String(err));
    },
  );
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('ready\n'));
process.on('SIGTERM', () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
