// Argument validation: what type-graphql's own `validate` setting does, without its per-call costs.
import { getMetadataStorage, validateOrReject, type ValidationError, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError, type ValidatorFn } from 'type-graphql';

/** type-graphql's defaults for `validate: { forbidUnknownValues: false }` (resolvers/validate-arg.js). */
const OPTIONS: ValidatorOptions = { forbidUnknownValues: false, skipMissingProperties: true };

/** Per class: whether class-validator holds any rule for it (its own or inherited, any group). */
const constrained = new WeakMap<object, boolean>();
function hasRules(target: object): boolean {
  let known = constrained.get(target);
  if (known === undefined) {
    // always = true takes every rule, whatever its groups: a class with none validates to no errors.
    known = getMetadataStorage().getTargetValidationMetadatas(target as new () => unknown, '', true, false).length > 0;
    constrained.set(target, known);
  }
  return known;
}

/**
 * Arguments of primitive values that passed, per class, by their values (a page's `first` and
 * `after`): class-validator's rules are pure functions of the values, so the same values pass again.
 * Failures are never remembered, and an argument holding an object or a list is always validated.
 */
const passed = new WeakMap<object, Set<string>>();
const MAX_PASSED_PER_CLASS = 512;

/** The argument's values as one string, or null when any of them is not a primitive. */
function flatKey(value: object): string | null {
  let key = '';
  for (const name in value) {
    const v = (value as Record<string, unknown>)[name];
    if ((v !== null && typeof v === 'object') || typeof v === 'function') return null;
    // typeof keeps 1 and "1", undefined and "undefined" apart.
    key += `${name}\u0000${typeof v}\u0000${String(v)}\u0000`;
  }
  return key;
}

async function validateOne(value: object): Promise<void> {
  if (!hasRules(value.constructor)) return;
  const key = flatKey(value);
  const seen = key === null ? undefined : passed.get(value.constructor);
  if (key !== null && seen?.has(key)) return;
  try {
    await validateOrReject(value, OPTIONS);
  } catch (errors) {
    throw new ArgumentValidationError(errors as ValidationError[]);
  }
  if (key === null) return;
  if (!seen) passed.set(value.constructor, new Set([key]));
  else {
    if (seen.size >= MAX_PASSED_PER_CLASS) seen.clear();
    seen.add(key);
  }
}

/**
 * Validates an argument exactly as type-graphql's built-in path does (objects and the objects in a
 * list, class-validator with the options above, failures as `ArgumentValidationError`), but:
 * type-graphql loads class-validator with `require` on every call (a module resolution that walks
 * package.json files), and class-validator searches all its rules for every class on every call. Most
 * arguments (filters, orders, pages) have no rules at all; those are answered from a memo per class.
 */
export const validateArgs: ValidatorFn = async (arg) => {
  const value: unknown = arg;
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    await Promise.all(value.filter((v): v is object => v !== null && typeof v === 'object').map(validateOne));
    return;
  }
  await validateOne(value);
};
