// Columns of a list export: each a header in the UI language, the node field it reads, and the labels
// its values get on screen (enums, yes/no), so the file reads like the page.
import { useT } from '../locales/use-t';

export interface ExportColumn {
  header: string;
  /** A dotted path in the list's nodes, as the server's export query selects it (`homeRegion.name`). */
  field: string;
  labels?: Record<string, string>;
  format?: 'date' | 'datetime' | 'yuan' | 'hours';
}

export function useExportLabels() {
  const { t } = useT();
  /** Labels of an enum's values, from the same `enums.<name>.<value>` keys the page uses. */
  const enumLabels = (values: readonly string[], key: string): Record<string, string> =>
    Object.fromEntries(values.map((v) => [v, t(`${key}.${v}` as never)]));
  const yesNo = (): Record<string, string> => ({ true: t('exports.yes'), false: t('exports.no') });
  return { enumLabels, yesNo };
}
