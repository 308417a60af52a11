// fm-yaml-syntax: the front matter must be valid YAML, closed, a mapping of keys to values, with each
// key once. Values that need quotes are explained in the writer's words, with a fix.
import { isMap, isScalar, isSeq } from 'yaml';
import { explainQuotingProblem } from '../frontmatter/yaml-problems.js';
import { defineRule } from './rule.js';

export const fmYamlSyntax = defineRule(
  {
    id: 'fm-yaml-syntax',
    docs: {
      description: 'Front matter is valid YAML: closed, keys and values (not a list or a single value), no duplicate keys, no tabs',
      category: 'front-matter',
    },
    defaultSeverity: 'error',
    fixable: true,
  },
  ({ document, report }) => {
    const frontMatter = document.frontMatter;
    if (!frontMatter) return;
    if (!frontMatter.closed) {
      report({ message: 'The front matter is not closed: add a line with --- after the last key.', at: [0, 3] });
      return;
    }
    // A quoting mistake upsets the parser more than once on its line: the writer gets one finding, in their words.
    const explainedLines = new Set<number>();
    for (const error of frontMatter.errors) {
      const line = error.range.start.line;
      if (explainedLines.has(line)) continue;
      const explained = explainQuotingProblem(document.lines, error.code, error.range.start.offset);
      if (explained) {
        explainedLines.add(line);
        report(explained);
        continue;
      }
      report({
        message: `Invalid YAML: ${describe(error.code, error.message, document.text.slice(error.range.start.offset, error.range.end.offset))}`,
        at: error.range,
      });
    }
    if (frontMatter.errors.length > 0) return;
    // The build reads metadata only from a mapping; a list or a lone value is ignored as a whole.
    const contents = frontMatter.document.contents;
    if (!contents || isMap(contents) || (isScalar(contents) && contents.value === null)) return;
    const shape = isSeq(contents) ? 'a list' : 'a single value';
    const at: [number, number] = contents.range
      ? [frontMatter.contentStart + contents.range[0], frontMatter.contentStart + contents.range[1]]
      : [0, 3];
    report({ message: `The front matter is ${shape}, not keys with values ("title: …"): the build ignores all of it.`, at });
  },
);

function describe(code: string, message: string, source: string): string {
  if (code === 'DUPLICATE_KEY') return `the key "${source.trim()}" appears more than once.`;
  if (code === 'TAB_AS_INDENT') return 'tabs cannot indent YAML; use spaces.';
  return message.endsWith('.') ? message : `${message}.`;
}
