// Whether the window is phone-narrow (below 48rem, 768 px at the default text size): the frame collapses its
// menus behind one button there. Follows resizes and zoom through matchMedia.
import { onBeforeUnmount, ref, type Ref } from 'vue';

export const NARROW_QUERY = '(max-width: 47.99rem)';

export function useNarrow(): Ref<boolean> {
  const media = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(NARROW_QUERY) : null;
  const narrow = ref(media?.matches ?? false);
  const onChange = (e: MediaQueryListEvent) => {
    narrow.value = e.matches;
  };
  media?.addEventListener('change', onChange);
  onBeforeUnmount(() => media?.removeEventListener('change', onChange));
  return narrow;
}
