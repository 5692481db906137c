// The UI's messages through petite-vue-i18n (src/locales/index.ts): every message of both languages is text
// with `{name}` placeholders only, the syntax vue-i18n's light build fills in; a key missing in English falls back to Chinese, an unknown key
// reads as itself, and a page's text follows the language when it changes.
import { describe, expect, it } from 'vitest';
import { defineComponent, h, nextTick } from 'vue';
import { mount } from '@vue/test-utils';
import { zhCN } from '../src/locales/zh-CN/all';
import { en } from '../src/locales/en';
import { i18n, setLocale } from '../src/locales';
import { useT } from '../src/locales/use-t';

function leaves(tree: object, prefix = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v as object, `${prefix}${k}.`),
  );
}

describe('messages', () => {
  it.each([
    ['zh-CN', zhCN],
    ['en', en],
  ])('%s: every message is text with {name} placeholders only', (_lang, messages) => {
    const all = leaves(messages);
    expect(all.length).toBeGreaterThan(500);
    const other = all.filter(([, m]) => /[{}@|]/.test(m.replace(/\{\w+\}/g, '')));
    expect(other).toEqual([]);
  });

  it('fills placeholders', () => {
    i18n.global.mergeLocaleMessage('zh-CN', { testOnly: { pages: '第 {page} 页，共 {pages} 页' } });
    expect(i18n.global.t('testOnly.pages', { page: 2, pages: 5 })).toBe('第 2 页，共 5 页');
    expect(i18n.global.t('app.name')).toBe(zhCN.app.name);
  });

  it('falls back to Chinese for a key English lacks, and reads an unknown key as itself', async () => {
    await setLocale('en');
    i18n.global.mergeLocaleMessage('zh-CN', { testOnly: { onlyInChinese: '只有中文 {n}' } });
    expect(i18n.global.t('testOnly.onlyInChinese', { n: 3 })).toBe('只有中文 3');
    expect(i18n.global.t('app.name')).toBe(en.app.name);
    expect(i18n.global.t('no.such.key')).toBe('no.such.key');
    expect(i18n.global.t('app')).toBe('app');
    await setLocale('zh-CN');
  });

  it('re-renders a component when the language changes', async () => {
    const Title = defineComponent(() => {
      const { t } = useT();
      return () => h('p', t('app.name'));
    });
    const wrapper = mount(Title, { global: { plugins: [i18n] } });
    expect(wrapper.text()).toBe(zhCN.app.name);
    await setLocale('en');
    await nextTick();
    expect(wrapper.text()).toBe(en.app.name);
    expect(document.documentElement.lang).toBe('en');
    await setLocale('zh-CN');
    await nextTick();
    expect(wrapper.text()).toBe(zhCN.app.name);
  });
});
