// vue-i18n (its petite build) accepts any string as a key; this narrows `t` to the keys the source locale defines,
// so a missing or misspelt key fails `vue-tsc`.
import { useI18n } from 'petite-vue-i18n';
import type { MessageSchema } from './zh-CN';

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

export type MessageKey = Leaves<MessageSchema>;
export type Named = Record<string, string | number>;

export function useT() {
  const i18n = useI18n();
  const t = (key: MessageKey, named?: Named): string => (named ? i18n.t(key, named) : i18n.t(key));
  return { t, locale: i18n.locale };
}
