// fm-title-suffix: the title must not end with "| Microsoft Learn" or the docset's titleSuffix
// (the site adds them itself, so readers would see them twice), nor with a brand the site no
// longer uses ("| Microsoft Docs", "| MSDN"), which readers would see beside "| Microsoft Learn".
import { textEntry } from '../frontmatter/settings.js';
import { findSiteSuffix, LEARN_BRAND, type SiteSuffix } from '../frontmatter/title.js';
import { defineFrontMatterRule } from './front-matter-rule.js';

export const fmTitleSuffix = defineFrontMatterRule(
  {
    id: 'fm-title-suffix',
    docs: {
      description: 'Title ends with "| Microsoft Docs", "| Microsoft Learn" or similar (the site adds it)',
      category: 'front-matter',
    },
    defaultSeverity: 'warning',
    fixable: true,
  },
  ({ document, facts, report }) => {
    const entry = textEntry(facts, 'title');
    if (!entry) return;
    const suffixValue = facts.entries.get('titleSuffix')?.value ?? facts.buildMetadata.titleSuffix;
    const titleSuffix = typeof suffixValue === 'string' ? suffixValue : undefined;
    const suffix = findSiteSuffix(entry.value, titleSuffix);
    if (!suffix) return;
    // Find the suffix again in the source as written (inside quotes, when quoted) to remove exactly it.
    const { start, end } = entry.valueRange;
    const raw = document.text.slice(start.offset, end.offset);
    const quoted = raw.length >= 2 && (raw[0] === '"' || raw[0] === "'") && raw.at(-1) === raw[0];
    const inner = quoted ? raw.slice(1, -1) : raw;
    const innerStart = start.offset + (quoted ? 1 : 0);
    const sourceSuffix = inner.includes('\n') ? -1 : (findSiteSuffix(inner, titleSuffix)?.start ?? -1);
    const suffixText = entry.value.slice(suffix.start).trim();
    report({
      message: suffixMessage(suffixText, suffix.kind, titleSuffix),
      at: sourceSuffix === -1 ? entry.valueRange : [innerStart + sourceSuffix, innerStart + inner.length],
      ...(sourceSuffix === -1
        ? {}
        : {
            fix: {
              title: `Remove "${suffixText}"`,
              edits: [{ start: innerStart + sourceSuffix, end: innerStart + inner.trimEnd().length, newText: '' }],
              safe: true,
            },
          }),
    });
  },
);

function suffixMessage(suffixText: string, kind: SiteSuffix['kind'], titleSuffix: string | undefined): string {
  switch (kind) {
    case 'learn':
      return `Remove "${suffixText}" from the title: Learn adds "| ${LEARN_BRAND}" to every page title itself.`;
    case 'retired':
      return `Remove "${suffixText}" from the title: an old site suffix; Learn adds "| ${LEARN_BRAND}" to every page title itself.`;
    case 'docset':
      return `Remove "${suffixText}" from the title: Learn adds this docset's titleSuffix ("${titleSuffix?.trim()}") to every page title itself.`;
  }
}
