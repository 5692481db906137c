// Dates, money and counts in the user's language. Money arrives in fen (integers) and is only divided for display.
import { useT } from '../locales/use-t';

export function useFormat() {
  const { locale } = useT();
  const date = (iso: string | null | undefined): string => {
    if (!iso) return '—';
    // ISO dates (no time) are calendar days: format them at UTC so no time zone shifts the day.
    const d = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
    return Number.isNaN(d.getTime())
      ? iso
      : new Intl.DateTimeFormat(locale.value, {
          dateStyle: 'medium',
          timeZone: iso.length === 10 ? 'UTC' : undefined,
        }).format(d);
  };
  const dateTime = (iso: string | null | undefined): string => {
    if (!iso) return '—';
    const d = new Date(iso);
    return Number.isNaN(d.getTime())
      ? iso
      : new Intl.DateTimeFormat(locale.value, { dateStyle: 'medium', timeStyle: 'short' }).format(d);
  };
  const money = (fen: number | null | undefined): string => {
    if (fen === null || fen === undefined) return '—';
    const yuan = Math.trunc(fen / 100);
    const cents = Math.abs(fen % 100);
    const whole = new Intl.NumberFormat(locale.value).format(yuan);
    return `¥${whole}.${String(cents).padStart(2, '0')}`;
  };
  const count = (n: number | null | undefined): string =>
    n === null || n === undefined ? '—' : new Intl.NumberFormat(locale.value).format(n);
  const share = (ratio: number | null | undefined): string =>
    ratio === null || ratio === undefined
      ? '—'
      : new Intl.NumberFormat(locale.value, { style: 'percent', maximumFractionDigits: 1 }).format(ratio);
  const hours = (h: number | null | undefined): string =>
    h === null || h === undefined ? '—' : new Intl.NumberFormat(locale.value, { maximumFractionDigits: 1 }).format(h);
  return { date, dateTime, money, count, share, hours };
}
