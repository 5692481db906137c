// The UI's languages. Every message is plain text with `{name}` placeholders (test/messages.test.ts holds every
// message of both languages to that), so a few lines look messages up and fill them in: a general i18n library
// would add about 18 kB of compressed JavaScript to every public page.
import { ref, shallowRef, type App } from 'vue';
import { zhCNPublic, type MessageSchema } from './zh-CN';

export const supportedLocales = ['zh-CN', 'en'] as const;
export type AppLocale = (typeof supportedLocales)[number];
export type Named = Record<string, string | number>;

const storageKey = 'tongxin.locale';
const fallbackLocale: AppLocale = 'zh-CN';

function isAppLocale(value: unknown): value is AppLocale {
  return supportedLocales.includes(value as AppLocale);
}

function initialLocale(): AppLocale {
  const saved = globalThis.localStorage?.getItem(storageKey);
  return isAppLocale(saved) ? saved : 'zh-CN';
}

type Tree = { [key: string]: string | Tree };

const locale = ref<AppLocale>('zh-CN');
// Replaced (not mutated) when messages are added, so every `t` that read them runs again.
const catalogue = shallowRef<Partial<Record<AppLocale, Tree>>>({ 'zh-CN': zhCNPublic });

function lookUp(tree: Tree | undefined, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) {
    if (!node || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

function merge(into: Tree, from: Tree): Tree {
  const out: Tree = { ...into };
  for (const [k, v] of Object.entries(from)) {
    const here = out[k];
    out[k] = typeof v === 'object' && typeof here === 'object' ? merge(here, v) : v;
  }
  return out;
}

/** Fills `{name}` with the named value (empty when not given). */
export function format(message: string, named?: Named): string {
  return named ? message.replace(/\{(\w+)\}/g, (_m, name: string) => String(named[name] ?? '')) : message;
}

/** The message for `key` in the UI language, else in the source language, else the key itself. */
function translate(key: string, named?: Named): string {
  const all = catalogue.value;
  const message = lookUp(all[locale.value], key) ?? lookUp(all[fallbackLocale], key);
  return message === undefined ? key : format(message, named);
}

/** What main.ts installs and tests mount with; `global` as vue-i18n named it, for the few callers outside components. */
export const i18n = {
  install(_app: App): void {},
  global: {
    locale,
    t: translate,
    get availableLocales(): AppLocale[] {
      return supportedLocales.filter((l) => !!catalogue.value[l]);
    },
    setLocaleMessage(l: AppLocale, messages: MessageSchema | Tree): void {
      catalogue.value = { ...catalogue.value, [l]: messages as Tree };
    },
    mergeLocaleMessage(l: AppLocale, messages: object): void {
      catalogue.value = { ...catalogue.value, [l]: merge(catalogue.value[l] ?? {}, messages as Tree) };
    },
  },
};

// The source locale ships with the app; another is fetched when first chosen, so the public pages do not carry
// every language's copy.
const lazy: Partial<Record<AppLocale, () => Promise<MessageSchema>>> = {
  en: () => import('./en').then((m) => m.en),
};

// Screen readers pick their voice from <html lang>, so it must follow the UI language. Synchronous when the
// language is already loaded.
export function setLocale(next: AppLocale): Promise<void> {
  const apply = () => {
    locale.value = next;
    document.documentElement.lang = next;
    globalThis.localStorage?.setItem(storageKey, next);
  };
  const load = lazy[next];
  if (i18n.global.availableLocales.includes(next) || !load) {
    apply();
    return Promise.resolve();
  }
  return load().then((messages) => {
    i18n.global.setLocaleMessage(next, messages);
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
