// Opaque global ids (`base64url("Type:dbId")`) and the Relay Node interface every entity implements.
import { Field, ID, InterfaceType } from 'type-graphql';
import { badInput } from './errors';

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** Per type: the base64url of the whole 3-byte groups of `Type:` and the characters left over (null: not ASCII). */
const prefixes = new Map<string, readonly [string, string] | null>();
const ASCII = /^[\x20-\x7e]*$/;

/**
 * base64url("Type:id"), without a Buffer per object: a response of thousands of rows encodes the
 * type's prefix once and only the id's few characters each time (the same text as Buffer gives).
 */
export function toGlobalId(type: string, id: string | number): string {
  let prefix = prefixes.get(type);
  if (prefix === undefined) {
    const raw = `${type}:`;
    const cut = raw.length - (raw.length % 3);
    prefix = ASCII.test(raw) ? [Buffer.from(raw.slice(0, cut), 'utf8').toString('base64url'), raw.slice(cut)] : null;
    prefixes.set(type, prefix);
  }
  const rest = prefix ? prefix[1] + String(id) : '';
  if (!prefix || !ASCII.test(rest)) return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
  let out = prefix[0];
  let i = 0;
  for (; i + 2 < rest.length; i += 3) {
    const n = (rest.charCodeAt(i) << 16) | (rest.charCodeAt(i + 1) << 8) | rest.charCodeAt(i + 2);
    out += B64URL[n >> 18] + B64URL[(n >> 12) & 63] + B64URL[(n >> 6) & 63] + B64URL[n & 63];
  }
  if (rest.length - i === 1) {
    const n = rest.charCodeAt(i) << 16;
    out += B64URL[n >> 18] + B64URL[(n >> 12) & 63];
  } else if (rest.length - i === 2) {
    const n = (rest.charCodeAt(i) << 16) | (rest.charCodeAt(i + 1) << 8);
    out += B64URL[n >> 18] + B64URL[(n >> 12) & 63] + B64URL[(n >> 6) & 63];
  }
  return out;
}

export function fromGlobalId(globalId: string, expectedType?: string): { type: string; id: string } {
  const decoded = Buffer.from(String(globalId), 'base64url').toString('utf8');
  const sep = decoded.indexOf(':');
  const type = decoded.slice(0, sep);
  const id = decoded.slice(sep + 1);
  if (sep <= 0 || !/^[1-9][0-9]{0,17}$/.test(id) || (expectedType && type !== expectedType)) {
    throw badInput('id', expectedType ? `Not a valid ${expectedType} id` : 'Not a valid id');
  }
  return { type, id };
}

/** Decode an optional id argument; a wrong type is a user error naming the field. */
export function dbId(globalId: string, type: string, field: string): string {
  try {
    return fromGlobalId(globalId, type).id;
  } catch {
    throw badInput(field, `${field} is not a valid ${type} id`);
  }
}

/** The GraphQL type of a node: its entity class's name. */
export const nodeTypeName = (value: object) => value.constructor.name;

@InterfaceType('Node', {
  description: 'An object with an opaque global id, fetchable with node(id).',
  resolveType: nodeTypeName,
})
export abstract class Node {
  @Field(() => ID, { name: 'id' })
  get globalId(): string {
    return toGlobalId(this.constructor.name, (this as unknown as { id: string }).id);
  }
}
