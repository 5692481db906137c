import { createI18n } from 'vue-i18n';
import { en } from './en';
import { zhCN, type MessageSchema } from './zh-CN';

export const supportedLocales = ['zh-CN', 'en'] as const;
export type AppLocale = (typeof supportedLocales)[number];

const storageKey = 'tongxin.locale';

function isAppLocale(value: unknown): value is AppLocale {
  return supportedLocales.includes(value as AppLocale);
}

function initialLocale(): AppLocale {
  const saved = globalThis.localStorage?.getItem(storageKey);
  return isAppLocale(saved) ? saved : 'zh-CN';
}

export const i18n = createI18n<[MessageSchema], AppLocale, false>({
  legacy: false,
  locale: initialLocale(),
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zhCN, en },
});

// Screen readers pick their voice from <html lang>, so it must follow the UI language.
export function setLocale(locale: AppLocale): void {
  i18n.global.locale.value = locale;
  document.documentElement.lang = locale;
  globalThis.localStorage?.setItem(storageKey, locale);
}

document.documentElement.lang = i18n.global.locale.value;
