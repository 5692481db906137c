// Every enum value the API returns and every audit action the server writes has a label in both languages:
// the enums are read from the checked-in schema (those reachable from an output field), the actions from
// the server's one list, so a value added on the server fails here until both locales name it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, isEnumType, isInterfaceType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS } from '../../server/src/modules/audit/audit-actions';
import { zhCN } from '../src/locales/zh-CN/all';
import { en } from '../src/locales/en';

const schema = buildSchema(readFileSync(path.resolve(process.cwd(), '../schema.graphql'), 'utf8'));

/** Enums that appear on an output field (what the API returns), with their values. */
function returnedEnums(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      if (isEnumType(named))
        found.set(
          named.name,
          named.getValues().map((v) => v.name),
        );
    }
  }
  return found;
}

// The locale key of an enum is its name in lower camel case, but for these.
const KEY_OF: Record<string, string> = { ServiceRequestStatus: 'requestStatus' };
const keyOf = (name: string) => KEY_OF[name] ?? name[0].toLowerCase() + name.slice(1);

const locales = { 'zh-CN': zhCN, en } as const;
const labelsOf = (group: unknown): Record<string, unknown> => (group ?? {}) as Record<string, unknown>;
const missing = (labels: Record<string, unknown>, values: readonly string[]) =>
  values.filter((v) => {
    const label = labels[v];
    return typeof label !== 'string' || !label.trim();
  });

describe('labels', () => {
  const enums = returnedEnums();

  it('finds the enums the API returns', () => {
    expect(enums.size).toBeGreaterThan(20);
    expect(enums.get('ParticipationStatus')).toContain('CHECKED_IN');
  });

  it.each(Object.keys(locales) as Array<keyof typeof locales>)('every returned enum value has a %s label', (lang) => {
    const gaps = [...enums].flatMap(([name, values]) =>
      missing(labelsOf((locales[lang].enums as Record<string, unknown>)[keyOf(name)]), values).map(
        (v) => `enums.${keyOf(name)}.${v} (${name})`,
      ),
    );
    expect(gaps).toEqual([]);
  });

  it.each(Object.keys(locales) as Array<keyof typeof locales>)(
    "every audit action the server writes has a %s label, and no label is for an action it doesn't",
    (lang) => {
      const labels = labelsOf(locales[lang].audit.actions);
      expect(missing(labels, AUDIT_ACTIONS)).toEqual([]);
      expect(Object.keys(labels).filter((k) => !(AUDIT_ACTIONS as readonly string[]).includes(k))).toEqual([]);
    },
  );
});
