// vue-i18n's light build (petite-vue-i18n): every message is text with `{name}` placeholders
// (test/messages.test.ts holds both languages to that), so the full build's pluralisation, formats and
// legacy API would only weigh on the public pages.
import { createI18n, registerMessageResolver } from 'petite-vue-i18n';
import {
  registerMessageCompiler,
  resolveValue,
  type MessageCompiler,
  type MessageContext,
  type MessageFunction,
} from '@intlify/core-base';
import { zhCNPublic, type MessageSchema } from './zh-CN';

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

// Our keys are paths into nested messages (`requestService.mobile`); the light build resolves flat keys
// unless told otherwise.
registerMessageResolver(resolveValue);

// Our messages are text with `{name}` placeholders and nothing else (test/messages.test.ts), so vue-i18n's
// message compiler (a parser for its whole syntax: plurals, linked messages, literals) is more than they need.
// The build drops it (`__INTLIFY_DROP_MESSAGE_COMPILER__`, vite.config.ts) and this fills the placeholders in;
// registered after petite-vue-i18n's own, so it is the one used in development and tests too.
const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');
const compiled = new Map<string, MessageFunction>();
const compileText: MessageCompiler = (message) => {
  // Only an AST precompiled by a bundler plugin would be anything else, and we use none.
  if (typeof message !== 'string') throw new TypeError('messages are text with {name} placeholders');
  const source = message;
  let msg = compiled.get(source);
  if (!msg) {
    // Odd entries are placeholder names: 'a {x} b' -> ['a ', 'x', ' b'].
    const parts = source.split(/\{(\w+)\}/);
    const fill = (ctx: MessageContext) => parts.map((part, i) => (i % 2 ? text(ctx.named(part)) : part)).join('');
    msg = fill;
    compiled.set(source, msg);
  }
  return msg;
};
registerMessageCompiler(compileText);

export const i18n = createI18n<[MessageSchema], AppLocale, false>({
  legacy: false,
  locale: 'zh-CN',
  fallbackLocale: 'zh-CN',
  // Typed as every locale's, though only the source is here at start: setLocale() adds the others on first use.
  messages: { 'zh-CN': zhCNPublic } as Record<AppLocale, MessageSchema>,
});

// The source locale ships with the app; another is fetched when first chosen, so the public pages do not carry
// every language's copy.
const lazy: Partial<Record<AppLocale, () => Promise<MessageSchema>>> = {
  en: () => import('./en').then((m) => m.en),
};

// Screen readers pick their voice from <html lang>, so it must follow the UI language. Synchronous when the
// language is already loaded.
export function setLocale(locale: AppLocale): Promise<void> {
  const apply = () => {
    i18n.global.locale.value = locale;
    document.documentElement.lang = locale;
    globalThis.localStorage?.setItem(storageKey, locale);
  };
  const load = lazy[locale];
  if (i18n.global.availableLocales.includes(locale) || !load) {
    apply();
    return Promise.resolve();
  }
  return load().then((messages) => {
    i18n.global.setLocaleMessage(locale, messages);
    apply();
  });
}

/** Settles when the saved language's copy is loaded; the app mounts after it, so no text flashes in another. */
export const localeReady = setLocale(initialLocale());

let work: Promise<void> | undefined;
/** The work pages' copy of the source language, merged once before the first work page (router guard). */
export function loadWorkMessages(): Promise<void> {
  return (work ??= import('./zh-CN/work').then((m) => {
    i18n.global.mergeLocaleMessage('zh-CN', m.zhCNWork);
  }));
}
