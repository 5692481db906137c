// The page's structure, measured in the browser on every page the tests visit: landmarks of the same role
// tell themselves apart by name (what axe's landmark-unique checks, which axe rates only moderate), and the
// headings run in order: the page's one h1 first (in every state: loading, empty, not found, an error), before any
// heading of the menu, and no level skipped going down.
import type { Page } from 'playwright-core';

const checked = new WeakMap<Page, Set<string>>();

/** What is wrong with the page's landmarks and headings (empty when nothing). */
export function structureProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const visible = (el: Element) =>
      !el.closest('[hidden], [aria-hidden="true"], [inert]') &&
      (el as HTMLElement).getClientRects().length > 0 &&
      getComputedStyle(el).visibility !== 'hidden';
    const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const nameOf = (el: Element) => {
      const ids = el.getAttribute('aria-labelledby');
      if (ids)
        return ids
          .split(/\s+/)
          .map((id) => text(document.getElementById(id)))
          .join(' ')
          .trim();
      return (el.getAttribute('aria-label') ?? '').trim();
    };
    const sectioning = 'article, aside, main, nav, section';
    const roleOf = (el: Element): string | null => {
      const explicit = el.getAttribute('role');
      if (explicit) return explicit;
      switch (el.tagName) {
        case 'MAIN':
          return 'main';
        case 'NAV':
          return 'navigation';
        case 'ASIDE':
          return 'complementary';
        case 'HEADER':
          return el.parentElement?.closest(sectioning) ? null : 'banner';
        case 'FOOTER':
          return el.parentElement?.closest(sectioning) ? null : 'contentinfo';
        case 'SECTION':
          return nameOf(el) ? 'region' : null;
        case 'FORM':
          return nameOf(el) ? 'form' : null;
        default:
          return null;
      }
    };
    const landmarkRoles = ['banner', 'complementary', 'contentinfo', 'form', 'main', 'navigation', 'region', 'search'];
    const byRole = new Map<string, Element[]>();
    document.querySelectorAll('main, nav, aside, header, footer, section, form, [role]').forEach((el) => {
      const role = roleOf(el);
      // An open dialog's landmarks count with the page's, as axe counts them (src/components/layout/dialog-landmarks.ts
      // keeps Element Plus's <header> and <footer> of a dialog from being a second banner and content-info).
      if (!role || !landmarkRoles.includes(role) || !visible(el)) return;
      byRole.set(role, [...(byRole.get(role) ?? []), el]);
    });
    for (const [role, els] of byRole) {
      if (els.length < 2) continue;
      const names = els.map(nameOf);
      names.forEach((name, i) => {
        const where = `${els[i].tagName.toLowerCase()}${els[i].id ? `#${els[i].id}` : ''}`;
        if (!name) problems.push(`${role} landmark ${where} has no name, and there are ${els.length}`);
        else if (names.indexOf(name) !== i) problems.push(`${role} landmark ${where}: name "${name}" repeated`);
      });
    }

    const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')].filter(visible);
    const levelOf = (h: Element) => Number(h.getAttribute('aria-level') ?? h.tagName.slice(1)) || 2;
    const inDialog = (h: Element) => !!h.closest('[role="dialog"], dialog');
    const page = headings.filter((h) => !inDialog(h));
    const h1 = page.findIndex((h) => levelOf(h) === 1);
    if (h1 < 0) problems.push('no h1');
    if (h1 > 0)
      problems.push(
        `headings before the page's h1: ${page
          .slice(0, h1)
          .map((h) => `"${text(h)}"`)
          .join(', ')}`,
      );
    if (h1 >= 0 && !page[h1].closest('main')) problems.push(`the h1 "${text(page[h1])}" is not in main`);
    if (page.filter((h) => levelOf(h) === 1).length > 1) problems.push('more than one h1');
    let previous = 1;
    for (const h of page.slice(Math.max(h1, 0))) {
      const level = levelOf(h);
      if (level > previous + 1) problems.push(`h${level} "${text(h)}" follows an h${previous}`);
      previous = level;
    }
    return problems;
  });
}

/** Checks the structure once per page state (path, dialogs open); throws with every problem. */
export async function checkStructure(page: Page, label: string): Promise<void> {
  const key = await page.evaluate(
    () => `${location.pathname}|${document.querySelectorAll('[role="dialog"]:not([aria-hidden="true"])').length}`,
  );
  let done = checked.get(page);
  if (!done) checked.set(page, (done = new Set()));
  if (done.has(key)) return;
  done.add(key);
  const problems = await structureProblems(page);
  if (problems.length) throw new Error(`page structure on ${label} (${key}):\n  ${problems.join('\n  ')}`);
}
