// Every contributed snippet, expanded with its defaults as a writer inserts it, must pass the
// project's own rules: a snippet that produces a finding teaches writers to make one. Each body is
// linted inside a complete article (the front matter snippet's, plus an H2 above persona H3s), in a
// workspace where the files its placeholder paths point at exist.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { Linter } from '../../server/src/engine/lint.js';
import type { Finding } from '../../server/src/engine/types.js';
import { MemoryFileSystem } from '../../server/src/engine/fs/file-system.js';
import { TEST_TODAY } from '../helpers/rule-tester.js';
import { expandSnippet, loadSnippets, type Snippet, type SnippetContext } from '../helpers/expand-snippet.js';

const ARTICLE = '/ws/docs/guidance/adoption/training-strategy.md';
const CONTEXT: SnippetContext = { now: TEST_TODAY, filePath: ARTICLE };

/** A small, complete article for the link targets of the snippets. */
const LINKED_ARTICLE = [
  '---',
  'title: Linked article for the snippet tests',
  'description: An article that the next-step and related-resources snippets link to, so that link rules find the target file they expect.',
  'author: writer',
  'ms.author: writer',
  'ms.date: 11/01/2026',
  'ms.topic: overview',
  '---',
  '',
  '# Linked article',
  '',
  'Text.',
  '',
].join('\n');

/** The files that snippet placeholders point at, relative to the article's folder. */
const WORKSPACE_FILES: Record<string, string> = {
  '/ws/docs/guidance/adoption/media/training-strategy/image.png': 'png',
  '/ws/docs/guidance/adoption/media/training-strategy/diagram.png': 'png',
  '/ws/docs/guidance/media/icon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  '/ws/docs/guidance/adoption/next-article.md': LINKED_ARTICLE,
  // Each its own title and H1, or they would be one docset's duplicates.
  '/ws/docs/guidance/adoption/related-article.md': LINKED_ARTICLE.replaceAll('Linked article', 'Related article'),
  '/ws/docs/guidance/adoption/another-article.md': LINKED_ARTICLE.replaceAll('Linked article', 'Another article'),
};

let snippets: Record<string, Snippet>;
let frontMatterArticle: string;

before(async () => {
  snippets = await loadSnippets();
  const frontMatter = Object.values(snippets).find((snippet) => [snippet.prefix].flat().includes('frontmatter'));
  assert.ok(frontMatter, 'the front matter snippet');
  frontMatterArticle = expandSnippet(frontMatter.body, CONTEXT);
});

/** The article a writer has after inserting the snippet into a new article. */
function articleWith(snippet: Snippet, context: SnippetContext): string {
  const markdown = expandSnippet(snippet.body, context);
  if (markdown.startsWith('---\n')) return `${markdown}\n`;
  // Persona sections are H3s: in an article they sit under an H2.
  const section = markdown.startsWith('### ') ? `## Personas\n\n${markdown}` : markdown;
  return `${frontMatterArticle}\n\n${section}\n`;
}

/** The placeholder text is there to be typed over: style-template-placeholder reports it until it is, which is its job. */
const PLACEHOLDER_RULE = 'style-template-placeholder';

function lint(text: string): Finding[] {
  const fs = new MemoryFileSystem({ ...WORKSPACE_FILES, [ARTICLE]: text });
  const linter = new Linter({ fs, workspaceFolders: ['/ws'], today: TEST_TODAY, mode: 'repository' });
  return linter.lintText(ARTICLE, text).findings.filter((finding) => finding.ruleId !== PLACEHOLDER_RULE);
}

function describeFindings(findings: Finding[], text: string): string {
  const lines = text.split('\n');
  return findings
    .map(
      (finding) =>
        `  ${finding.range.start.line}:${finding.range.start.column} ${finding.severity} ${finding.ruleId}: ${finding.message}\n    | ${lines[finding.range.start.line - 1]}`,
    )
    .join('\n');
}

describe('snippets pass the project rules', () => {
  test('the workspace of the test itself is clean: the linked article has no finding', () => {
    const fs = new MemoryFileSystem(WORKSPACE_FILES);
    const linter = new Linter({ fs, workspaceFolders: ['/ws'], today: TEST_TODAY, mode: 'repository' });
    const path = '/ws/docs/guidance/adoption/next-article.md';
    assert.deepEqual(
      linter.lintText(path, LINKED_ARTICLE).findings.map((finding) => finding.ruleId),
      [],
    );
  });

  test('every snippet is exercised', () => {
    assert.ok(Object.keys(snippets).length >= 16);
  });

  for (const selectedText of [undefined, 'Save your work before you close the app.']) {
    test(selectedText ? 'with selected text (alerts wrap it)' : 'with every default accepted', () => {
      const problems: string[] = [];
      for (const [name, snippet] of Object.entries(snippets)) {
        const text = articleWith(snippet, { ...CONTEXT, ...(selectedText ? { selectedText } : {}) });
        const findings = lint(text);
        if (findings.length > 0) problems.push(`${name}:\n${describeFindings(findings, text)}`);
      }
      assert.equal(problems.join('\n'), '', 'no finding of any severity');
    });
  }

  test('and all of them in one article', () => {
    const sections = Object.values(snippets)
      .map((snippet) => expandSnippet(snippet.body, CONTEXT))
      .filter((markdown) => !markdown.startsWith('---\n'))
      // One H2 for the single persona sections, before the set that brings its own H2s.
      .sort((a, b) => Number(b.startsWith('### ')) - Number(a.startsWith('### ')));
    const text = `${frontMatterArticle}\n\n## Personas\n\n${sections.join('\n\n')}\n`;
    const findings = lint(text);
    assert.equal(describeFindings(findings, text), '');
  });
});
