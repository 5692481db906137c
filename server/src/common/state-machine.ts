// Lifecycles: each entity states its allowed status changes in one table beside it (campaign, event,
// participation, pairing), and every service asks that table. A refused change is typed: INVALID_STATE
// with the record's current `state`, so a client can tell it from a stale version (CONFLICT).
import { keyedError } from './errors';

/** From each state, the states a record may move to. */
export type Transitions<S extends string> = Readonly<Record<S, readonly S[]>>;

/** The record is in `current`, from which the operation is not allowed. */
export function invalidState(current: string, field = 'status') {
  return keyedError('INVALID_STATE', 'invalidTransition', { status: current }, { field, state: current });
}

/** Refuses the change `from` → `to` unless the entity's table allows it. */
export function assertTransition<S extends string>(table: Transitions<S>, from: S, to: S, field = 'status'): void {
  if (!table[from]?.includes(to)) throw invalidState(from, field);
}
