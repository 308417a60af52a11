// Titles: the site appends " | <titleSuffix>" (and used to append " | Microsoft Docs") itself, so
// a title that carries such a suffix shows it twice.

/** Brand suffixes the site adds to every page, in the spellings found in old articles. */
const SITE_BRANDS = ['microsoft docs', 'microsoftdocs', 'microsoft learn', 'msdn', 'technet'];
const SEPARATORS = ['|', '｜'];

/** Where a site-added suffix (separator, brand or the docset's titleSuffix) starts in `title`, or -1. */
export function siteSuffixStart(title: string, titleSuffix: string | undefined): number {
  const trimmed = title.trimEnd();
  const lower = trimmed.toLowerCase();
  const brands = titleSuffix ? [...SITE_BRANDS, titleSuffix.trim().toLowerCase()] : SITE_BRANDS;
  for (const brand of brands) {
    if (!brand || !lower.endsWith(brand)) continue;
    let index = lower.length - brand.length;
    while (index > 0 && lower[index - 1] === ' ') index--;
    if (index === 0 || !SEPARATORS.includes(lower[index - 1]!)) continue;
    index--;
    while (index > 0 && lower[index - 1] === ' ') index--;
    return index;
  }
  return -1;
}

/** The title as the reader sees it before the site's suffix, counted in characters (not UTF-16 units). */
export function titleLength(title: string, titleSuffix: string | undefined): number {
  const suffix = siteSuffixStart(title, titleSuffix);
  return [...(suffix === -1 ? title : title.slice(0, suffix)).trim()].length;
}
