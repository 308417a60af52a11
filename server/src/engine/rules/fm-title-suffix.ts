// fm-title-suffix: the title must not end with "| Microsoft Docs", "| Microsoft Learn" or the
// docset's titleSuffix: the site adds the suffix itself, so readers would see it twice.
import { frontMatterFacts } from '../frontmatter/settings.js';
import { siteSuffixStart } from '../frontmatter/title.js';
import { defineRule } from './rule.js';

export const fmTitleSuffix = defineRule(
  {
    id: 'fm-title-suffix',
    docs: { description: 'Title ends with "| Microsoft Docs", "| Microsoft Learn" or similar (the site adds it)', category: 'front-matter' },
    defaultSeverity: 'warning',
    fixable: true,
  },
  ({ document, config, environment, report }) => {
    const facts = frontMatterFacts(document, config, environment);
    const entry = facts?.entries.get('title');
    if (!facts || !entry || typeof entry.value !== 'string') return;
    const suffixValue = facts.entries.get('titleSuffix')?.value ?? facts.buildMetadata.titleSuffix;
    const titleSuffix = typeof suffixValue === 'string' ? suffixValue : undefined;
    if (siteSuffixStart(entry.value, titleSuffix) === -1) return;
    // Find the suffix again in the source as written (inside quotes, when quoted) to remove exactly it.
    const { start, end } = entry.valueRange;
    const raw = document.text.slice(start.offset, end.offset);
    const quoted = raw.length >= 2 && (raw[0] === '"' || raw[0] === "'") && raw.at(-1) === raw[0];
    const inner = quoted ? raw.slice(1, -1) : raw;
    const innerStart = start.offset + (quoted ? 1 : 0);
    const sourceSuffix = inner.includes('\n') ? -1 : siteSuffixStart(inner, titleSuffix);
    const suffixText = inner.slice(sourceSuffix).trim();
    report({
      message: `The site adds "${suffixText}" to every title: remove it from the title.`,
      at: sourceSuffix === -1 ? entry.valueRange : [innerStart + sourceSuffix, innerStart + inner.length],
      ...(sourceSuffix === -1 ? {} : { fix: { title: `Remove "${suffixText}"`, edits: [{ start: innerStart + sourceSuffix, end: innerStart + inner.trimEnd().length, newText: '' }], safe: true } }),
    });
  },
);
