// `npm run admin -- create --username <name> [--display-name <text>]`: the first hub administrator
// on any database, with a one-time activation code instead of a password on the command line.
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { createAdminAccount, reissueActivation, type IssuedActivation } from '../modules/account/activation.service';
import { openDatabase } from './database';

const USAGE = `Usage: npm run admin -- <command> [options]

Commands:
  create --username <name> [--display-name <text>]
      create a HUB_ADMIN account without a password and print its one-time activation code
  activation --username <name>
      issue a new activation code for an existing account (a lost code, or a forgotten password);
      earlier codes of the account stop working

Options:
  --expires-in <hours>   how long the code stays valid (default 24)
  --url <hub url>        the hub's public address, for the instructions (default http://localhost:$PORT)

The database is DATABASE_URL, or the embedded one under DATA_DIR (joined while the hub runs,
started for the command otherwise). Every step is written to the audit log.`;

function instructions(issued: IssuedActivation, hubUrl: string): string {
  const mutation =
    'mutation Activate($code: String!, $password: String!) { activateAccount(code: $code, password: $password) }';
  return [
    '',
    `One-time activation code for "${issued.username}" (shown only now; valid until ${issued.expiresAt.toISOString()}):`,
    '',
    `  ${issued.code}`,
    '',
    `Give it to the person by a safe channel. They choose their password (at least 10 characters,`,
    `letters and digits) by sending, to ${hubUrl}/graphql:`,
    '',
    `  ${mutation}`,
    `  variables: { "code": "${issued.code}", "password": "<their password>" }`,
    '',
    `and then log in as "${issued.username}". The code works once.`,
  ].join('\n');
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      username: { type: 'string' },
      'display-name': { type: 'string' },
      'expires-in': { type: 'string', default: '24' },
      url: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const command = positionals[0];
  if (values.help || !command) {
    console.log(USAGE);
    if (!command && !values.help) process.exitCode = 2;
    return;
  }
  if (command !== 'create' && command !== 'activation') throw new Error(`Unknown command "${command}".\n\n${USAGE}`);
  if (!values.username) throw new Error(`--username is required.\n\n${USAGE}`);
  const ttlHours = Number(values['expires-in']);
  if (!Number.isFinite(ttlHours) || ttlHours <= 0 || ttlHours > 24 * 30) {
    throw new Error('--expires-in takes a number of hours between 0 and 720.');
  }
  const config = loadConfig();
  const hubUrl = (values.url ?? `http://localhost:${config.PORT}`).replace(/\/+$/, '');
  const requestId = `cli-admin-${randomUUID()}`;

  const database = await openDatabase(config);
  try {
    console.error(`database: ${database.label}`);
    const issued =
      command === 'create'
        ? await createAdminAccount(database.db, {
            username: values.username,
            displayName: values['display-name'] ?? values.username,
            ttlHours,
            requestId,
          })
        : await reissueActivation(database.db, { username: values.username, ttlHours, requestId });
    console.log(
      command === 'create'
        ? `Created the hub administrator "${issued.username}" (HUB_ADMIN, no password yet).`
        : `Issued a new activation code for "${issued.username}"; earlier codes no longer work.`,
    );
    console.log(instructions(issued, hubUrl));
  } finally {
    await database.close();
  }
}

main().catch((err: unknown) => {
  console.error(`admin failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
