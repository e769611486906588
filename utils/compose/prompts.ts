import { t } from '@/utils/browser/i18n';
import type { SupporterPlaceholder } from '@/utils/feed/placeholders';
import { formatList } from '@/utils/format/intl';

const promptKeys = {
  full_name: 'promptFullName',
  first_name: 'promptFirstName',
  last_name: 'promptLastName',
  city: 'promptCity',
  region: 'promptRegion',
  country: 'promptCountry',
  email: 'promptEmail',
} as const satisfies Record<SupporterPlaceholder, string>;

const detailKeys = {
  full_name: 'detailName',
  first_name: 'detailFirstName',
  last_name: 'detailLastName',
  city: 'detailCity',
  region: 'detailRegion',
  country: 'detailCountry',
  email: 'detailEmail',
} as const satisfies Record<SupporterPlaceholder, string>;

/** How a detail the supporter has not filled in shows in a letter: `[your city]`. */
export function promptFor(name: SupporterPlaceholder): string {
  return t(promptKeys[name]);
}

/** "Add your name and city in Settings." — or nothing when all is filled in. */
export function missingDetailsHint(missing: readonly SupporterPlaceholder[], language: string): string | undefined {
  if (missing.length === 0) return undefined;
  return t(
    'missingDetails',
    formatList(
      missing.map((name) => t(detailKeys[name])),
      language,
    ),
  );
}
