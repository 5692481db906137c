// Opaque global ids (`base64url("Type:dbId")`) and the Relay Node interface every entity implements.
import { Field, ID, InterfaceType } from 'type-graphql';
import { badInput } from './errors';

export function toGlobalId(type: string, id: string | number): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
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

@InterfaceType('Node', {
  description: 'An object with an opaque global id, fetchable with node(id).',
  resolveType: (value: object) => value.constructor.name,
})
export abstract class Node {
  @Field(() => ID, { name: 'id' })
  get globalId(): string {
    return toGlobalId(this.constructor.name, (this as unknown as { id: string }).id);
  }
}
