// The focus indicator, measured rather than looked at: every visible control on the page is drawn in its
// focused state (forced through the DevTools protocol, so no focus or blur event reaches the app and nothing
// is touched), and its indicator is read from the computed style: at least 2 px, with 3:1 contrast against
// the page around it and against the control itself (WCAG 2.4.7, 2.4.11).
import type { CDPSession, Page } from 'playwright-core';

const FOCUSABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'summary',
  '[tabindex]:not([tabindex="-1"])',
].join(', ');

/** The attribute that marks the controls picked for measurement, removed afterwards. */
const PROBE = 'data-focus-probe';

/** Controls drawn alike are measured once per page; a page with many rows stays quick. */
const MAX_PER_PAGE = 40;

export interface FocusProblem {
  control: string;
  problem: string;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();
const checked = new WeakMap<Page, Set<string>>();

function cdp(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) {
    s = page
      .context()
      .newCDPSession(page)
      .then(async (session) => {
        await session.send('DOM.enable');
        await session.send('CSS.enable');
        return session;
      });
    sessions.set(page, s);
  }
  return s;
}

/** Measures the indicator of every kind of visible control; returns what falls short (empty when all pass). */
export async function focusProblems(page: Page): Promise<FocusProblem[]> {
  // Which controls to measure: visible ones, one per look (tag, classes, colours), at most MAX_PER_PAGE.
  const picked = await page.evaluate(
    ([selector, max, probe]) => {
      const seen = new Set<string>();
      const out: number[] = [];
      document.querySelectorAll<HTMLElement>(selector).forEach((el, i) => {
        if (out.length >= max) return;
        const r = el.getBoundingClientRect();
        const cs = getComputedStyle(el);
        if (
          r.width === 0 ||
          r.height === 0 ||
          cs.visibility === 'hidden' ||
          el.closest('[inert], [aria-hidden="true"]')
        )
          return;
        const look = [el.tagName, el.getAttribute('type'), el.className, cs.color, cs.backgroundColor].join('|');
        if (seen.has(look)) return;
        seen.add(look);
        // Marked, not remembered by position: the page may add, remove or disable controls between this
        // look and the measurement (data arriving), which would shift every index after the change.
        el.setAttribute(probe, String(out.length));
        out.push(i);
      });
      return out;
    },
    [FOCUSABLE, MAX_PER_PAGE, PROBE] as const,
  );
  if (!picked.length) return [];

  const session = await cdp(page);
  const { root } = await session.send('DOM.getDocument', { depth: 0 });
  const { nodeIds: forced } = await session.send('DOM.querySelectorAll', {
    nodeId: root.nodeId,
    selector: `[${PROBE}]`,
  });
  // A node the page removed since the query cannot be forced (nor is it measured below): settled, not failed.
  const force = (classes: string[]) =>
    Promise.allSettled(
      forced.map((nodeId) => session.send('CSS.forcePseudoState', { nodeId, forcedPseudoClasses: classes })),
    );
  await force(['focus', 'focus-visible']);
  try {
    return await page.evaluate((probe) => {
      type RGBA = [number, number, number, number];
      const parse = (c: string): RGBA | null => {
        const m = c.match(/rgba?\(([^)]+)\)/);
        if (!m) return null;
        const [r, g, b, a] = m[1]
          .split(/[ ,/]+/)
          .filter(Boolean)
          .map(Number);
        return [r, g, b, a ?? 1];
      };
      const over = (top: RGBA, under: RGBA): RGBA => {
        const a = top[3];
        return [0, 1, 2].map((k) => top[k] * a + under[k] * (1 - a)).concat(1) as RGBA;
      };
      const luminance = ([r, g, b]: RGBA) => {
        const lin = (v: number) => {
          const s = v / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
      };
      const contrast = (a: RGBA, b: RGBA) => {
        const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
        return (hi + 0.05) / (lo + 0.05);
      };
      /** The colour an element is drawn on: its own background, else its ancestors', composed over white. */
      const backgroundOf = (start: Element | null): RGBA => {
        const layers: RGBA[] = [];
        for (let el = start; el; el = el.parentElement) {
          const c = parse(getComputedStyle(el).backgroundColor);
          if (c && c[3] > 0) {
            layers.push(c);
            if (c[3] >= 1) break;
          }
        }
        return layers.reduceRight<RGBA>((under, top) => over(top, under), [255, 255, 255, 1]);
      };
      const hex = (c: RGBA) =>
        '#' +
        c
          .slice(0, 3)
          .map((v) => Math.round(v).toString(16).padStart(2, '0'))
          .join('');
      const describe = (el: HTMLElement) =>
        `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;

      const problems: { control: string; problem: string }[] = [];
      // A marked control the page replaced since is gone from this list, and so not measured.
      // Behind an open modal dialog nothing can take focus (the dialog traps it), so only its own controls count.
      const modals = [...document.querySelectorAll('[role="dialog"][aria-modal="true"]')].filter(
        (d) => d.getClientRects().length > 0,
      );
      for (const el of document.querySelectorAll<HTMLElement>(`[${probe}]`)) {
        if (modals.length && !modals.some((d) => d.contains(el))) continue;
        const cs = getComputedStyle(el);
        const fail = (problem: string) => problems.push({ control: describe(el), problem });
        const outlineWidth = cs.outlineStyle === 'none' ? 0 : parseFloat(cs.outlineWidth);
        const outline = parse(cs.outlineColor);
        if (outlineWidth < 2 || !outline) {
          fail(`outline ${cs.outlineStyle} ${cs.outlineWidth}: under 2 px`);
          continue;
        }
        // A spread-only box-shadow is a ring inside the outline (between it and the control).
        const ringMatch = cs.boxShadow.match(/(rgba?\([^)]+\)) 0px 0px 0px (\d+(?:\.\d+)?)px(?! inset)/);
        const rings: { color: RGBA; width: number }[] = [];
        if (ringMatch) rings.push({ color: parse(ringMatch[1])!, width: parseFloat(ringMatch[2]) });
        rings.push({ color: outline, width: outlineWidth });
        const ringWidth = ringMatch ? parseFloat(ringMatch[2]) : 0;
        const reach = Math.max(parseFloat(cs.outlineOffset) || 0, ringWidth) + outlineWidth;

        // Against the control: some ring of 2 px or more stands out from what the control is drawn in.
        const control = backgroundOf(el);
        const best = Math.max(
          ...rings.filter((r) => r.width >= 2).map((r) => contrast(over(r.color, control), control)),
        );
        if (best < 3) fail(`indicator ${best.toFixed(2)}:1 against the control ${hex(control)}`);

        // Against the page: the outermost ring, where it meets what lies just outside it, on every side in view.
        const r = el.getBoundingClientRect();
        const d = reach + 2;
        const points: [number, number][] = [
          [r.left - d, r.top + r.height / 2],
          [r.right + d, r.top + r.height / 2],
          [r.left + r.width / 2, r.top - d],
          [r.left + r.width / 2, r.bottom + d],
        ];
        const inView = points.filter(([x, y]) => x >= 0 && y >= 0 && x < innerWidth && y < innerHeight);
        // Out of view, the page is what the control sits in.
        if (!inView.length) {
          const pageColour = backgroundOf(el.parentElement);
          const c = contrast(outline, pageColour);
          if (c < 3) fail(`outline ${hex(outline)} ${c.toFixed(2)}:1 against the page ${hex(pageColour)}`);
        }
        for (const [x, y] of inView) {
          const behind = document.elementsFromPoint(x, y).find((e) => e !== el && !el.contains(e)) ?? null;
          const pageColour = backgroundOf(behind);
          const c = contrast(outline, pageColour);
          if (c < 3) {
            fail(
              `outline ${hex(outline)} ${c.toFixed(2)}:1 against the page ${hex(pageColour)} at (${x | 0}, ${y | 0})`,
            );
            break;
          }
        }
      }
      return problems;
    }, PROBE);
  } finally {
    await force([]);
    await page.evaluate(
      (probe) => document.querySelectorAll(`[${probe}]`).forEach((e) => e.removeAttribute(probe)),
      PROBE,
    );
  }
}

/**
 * Measures the focus indicators of the page once per page state (its path, and whether a dialog is open);
 * throws with every control that falls short.
 */
export async function checkFocusIndicators(page: Page, label: string): Promise<void> {
  const key = await page.evaluate(
    () => `${location.pathname}|${document.querySelectorAll('[role="dialog"]:not([aria-hidden="true"])').length}`,
  );
  let done = checked.get(page);
  if (!done) checked.set(page, (done = new Set()));
  if (done.has(key)) return;
  done.add(key);
  const problems = await focusProblems(page);
  if (problems.length)
    throw new Error(
      `focus indicator on ${label} (${key}):\n` + problems.map((p) => `  ${p.control}: ${p.problem}`).join('\n'),
    );
}
