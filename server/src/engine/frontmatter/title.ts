// Titles: Learn appends "| Microsoft Learn" (after the docset's titleSuffix, when one is set) to
// every page title itself, so a title that carries such a suffix, or an older brand the site once
// added ("| Microsoft Docs"), shows it twice or wrongly.

/** The brand Learn adds to every page title today. */
export const LEARN_BRAND = 'Microsoft Learn';
/** Brands the site added in the past, in the spellings found in old articles. */
const RETIRED_BRANDS = ['microsoft docs', 'microsoftdocs', 'msdn', 'technet'];
const SEPARATORS = ['|', '｜'];

/** A site-added suffix at the end of a title: where it starts, and whose it is. */
export interface SiteSuffix {
  start: number;
  /** `learn`: "| Microsoft Learn"; `retired`: an older brand; `docset`: the docset's titleSuffix. */
  kind: 'learn' | 'retired' | 'docset';
}

/** The site-added suffix (separator and brand, or the docset's titleSuffix) that ends `title`, if any. */
export function findSiteSuffix(title: string, titleSuffix: string | undefined): SiteSuffix | undefined {
  const trimmed = title.trimEnd();
  const lower = trimmed.toLowerCase();
  const brands: [string, SiteSuffix['kind']][] = [
    [LEARN_BRAND.toLowerCase(), 'learn'],
    ...RETIRED_BRANDS.map((brand): [string, SiteSuffix['kind']] => [brand, 'retired']),
  ];
  if (titleSuffix?.trim()) brands.push([titleSuffix.trim().toLowerCase(), 'docset']);
  for (const [brand, kind] of brands) {
    if (!lower.endsWith(brand)) continue;
    let index = lower.length - brand.length;
    while (index > 0 && lower[index - 1] === ' ') index--;
    if (index === 0 || !SEPARATORS.includes(lower[index - 1]!)) continue;
    index--;
    while (index > 0 && lower[index - 1] === ' ') index--;
    return { start: index, kind };
  }
  return undefined;
}

/** The title as the reader sees it before the site's suffix, counted in characters (not UTF-16 units). */
export function titleLength(title: string, titleSuffix: string | undefined): number {
  const suffix = findSiteSuffix(title, titleSuffix);
  return [...(suffix ? title.slice(0, suffix.start) : title).trim()].length;
}
