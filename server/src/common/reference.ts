// Short references for public submissions, e.g. `TX-7K3M-9Q`: six random Crockford base32 characters
// (30 bits), read aloud over the phone. The alphabet leaves out I, L, O and U; typed ones are read
// as Crockford says (O as 0, I and L as 1), case and dashes do not matter.
import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const REFERENCE_SHAPE = /^TX-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}$/;

/** A fresh random reference (not derived from any id, so it tells nothing of how many came before). */
export function randomReference(): string {
  // 256 is a multiple of 32, so each byte's low five bits are uniform.
  const chars = [...randomBytes(6)].map((b) => ALPHABET[b & 31]).join('');
  return `TX-${chars.slice(0, 4)}-${chars.slice(4)}`;
}

/** The canonical form of a typed reference, or null when it cannot be one. */
export function normaliseReference(typed: string): string | null {
  let s = typed
    .toUpperCase()
    .replace(/[\s\-_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (s.startsWith('TX')) s = s.slice(2);
  if (s.length !== 6 || [...s].some((c) => !ALPHABET.includes(c))) return null;
  return `TX-${s.slice(0, 4)}-${s.slice(4)}`;
}

/** Tables whose rows carry a public reference; one reference names one row of one of them. */
export const REFERENCE_TABLES = ['volunteer', 'service_request'] as const;

/**
 * A reference used by no submission yet. The unique index of each table still guards a race
 * between two inserts; across tables a collision is a one-in-a-billion chance checked here.
 */
export async function allocateReference(m: EntityManager): Promise<string> {
  for (let attempt = 0; attempt < 8; attempt++) {
    const candidate = randomReference();
    const taken = await m.query<unknown[]>(
      REFERENCE_TABLES.map((t) => `SELECT 1 FROM ${t} WHERE reference = $1`).join(' UNION ALL '),
      [candidate],
    );
    if (!taken.length) return candidate;
  }
  throw new Error('could not allocate a free reference');
}
