// `t` narrowed to the keys the source locale defines, so a missing or misspelt key fails `vue-tsc`.
import { i18n, type Named } from './index';
import type { MessageSchema } from './zh-CN';

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

export type MessageKey = Leaves<MessageSchema>;
export type { Named };

/** The message for a key in the UI language; reactive (a template or computed reading it follows the language). */
export function useT() {
  const t = (key: MessageKey, named?: Named): string => i18n.global.t(key, named);
  return { t, locale: i18n.global.locale };
}
