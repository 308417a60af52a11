// fm-yaml-syntax: the front matter must be valid YAML, closed, with each key once.
import { defineRule } from './rule.js';

export const fmYamlSyntax = defineRule(
  {
    id: 'fm-yaml-syntax',
    docs: { description: 'Front matter is valid YAML: closed, no duplicate keys, no tabs', category: 'front-matter' },
    defaultSeverity: 'error',
    fixable: false,
  },
  ({ document, report }) => {
    const frontMatter = document.frontMatter;
    if (!frontMatter) return;
    if (!frontMatter.closed) {
      report({ message: 'The front matter is not closed: add a line with --- after the last key.', at: [0, 3] });
      return;
    }
    for (const error of frontMatter.errors) {
      report({ message: `Invalid YAML: ${describe(error.code, error.message, document.text.slice(error.range.start.offset, error.range.end.offset))}`, at: error.range });
    }
  },
);

function describe(code: string, message: string, source: string): string {
  if (code === 'DUPLICATE_KEY') return `the key "${source.trim()}" appears more than once.`;
  if (code === 'TAB_AS_INDENT') return 'tabs cannot indent YAML; use spaces.';
  return message.endsWith('.') ? message : `${message}.`;
}
