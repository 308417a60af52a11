// The text and placement of the Insert Alert, Insert Include and Insert Persona Section commands
// (client/src/commands/authoring-text.ts), checked against the real snippets file and by parsing
// what they produce.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import {
  alertChoices,
  alertSnippet,
  includeChoices,
  includeDirective,
  includePreview,
  includeTitle,
  PERSONA_CHOICES,
  personaHeadingDepth,
  withHeadingDepth,
  placeBlock,
  relativeIncludePath,
  snippetBodyText,
  snippetByPrefix,
  type SnippetsFile,
  type TextSpan,
} from '../../../client/src/commands/authoring-text.js';
import { parseDocument } from '../../../server/src/engine/parse/document.js';
import { LEARN_ALERTS as ALERT_TYPES } from '../../../server/src/engine/parse/learn-extensions.js';
import { expandSnippet, loadSnippets } from '../../helpers/expand-snippet.js';

let snippets: SnippetsFile;

before(async () => {
  snippets = await loadSnippets();
});

const EXPAND_CONTEXT = { now: new Date(2026, 10, 22), filePath: '/ws/docs/article.md' };

function span(startLine: number, startCharacter: number, endLine = startLine, endCharacter = startCharacter): TextSpan {
  return { startLine, startCharacter, endLine, endCharacter };
}

/** The document after a block command: the placement's range replaced by its text, snippet syntax expanded. */
function insertBlock(text: string, selection: TextSpan, block: (selectedLines: string[] | undefined) => string): string {
  const lines = text.split('\n');
  const placement = placeBlock(lines, selection);
  const inserted = expandSnippet(placement.before + block(placement.selectedLines) + placement.after, EXPAND_CONTEXT);
  const offset = (line: number, character: number) =>
    lines.slice(0, line).reduce((sum, current) => sum + current.length + 1, 0) + character;
  const { startLine, startCharacter, endLine, endCharacter } = placement.range;
  return text.slice(0, offset(startLine, startCharacter)) + inserted + text.slice(offset(endLine, endCharacter));
}

describe('alert choices', () => {
  test('the five types with their purposes, read from the alert snippets, as the server offers them', () => {
    assert.deepEqual(alertChoices(snippets), ALERT_TYPES);
  });
});

describe('Insert Alert', () => {
  const tip = { type: 'TIP', purpose: 'Optional information that helps the reader be more successful.' };

  test('without a selection, on a blank line: an alert whose body is its purpose, to type over', () => {
    const text = 'First paragraph.\n\n\n\nLast paragraph.';
    const result = insertBlock(text, span(2, 0), (lines) => alertSnippet(tip, lines));
    assert.equal(result, `First paragraph.\n\n> [!TIP]\n> ${tip.purpose}\n\nLast paragraph.`);
    assert.equal(alertSnippet(tip, undefined), `> [!TIP]\n> \${1:${tip.purpose}}$0`);
  });

  test('without a selection, in a paragraph: after the line, with blank lines so the next paragraph stays out of the quote', () => {
    const text = 'First line of a paragraph.\nSecond line.';
    const result = insertBlock(text, span(0, 5), (lines) => alertSnippet(tip, lines));
    assert.equal(result, `First line of a paragraph.\n\n> [!TIP]\n> ${tip.purpose}\n\nSecond line.`);
    const model = parseDocument('/ws/a.md', result);
    assert.equal(model.alerts.length, 1);
    assert.equal(model.tree.children.length, 3, 'paragraph, alert, paragraph');
  });

  test('wraps the selected lines, whole lines even when the selection starts or ends inside one', () => {
    const text = 'Intro.\n\nSave your work.\nThen close the app.\n\nNext.';
    const result = insertBlock(text, span(2, 5, 3, 4), (lines) => alertSnippet(tip, lines));
    assert.equal(result, 'Intro.\n\n> [!TIP]\n> Save your work.\n> Then close the app.\n\nNext.');
  });

  test('a selection that ends at the start of a line leaves that line out; blank lines inside stay quoted', () => {
    const text = 'One.\n\nTwo.\nAfter.';
    const result = insertBlock(text, span(0, 0, 3, 0), (lines) => alertSnippet({ type: 'NOTE', purpose: 'x' }, lines));
    assert.equal(result, '> [!NOTE]\n> One.\n>\n> Two.\n\nAfter.');
    const model = parseDocument('/ws/a.md', result);
    assert.equal(model.alerts[0]?.type, 'NOTE');
    assert.equal(model.alerts[0]?.blockquote.children.length, 2, 'both paragraphs are in the alert');
  });

  test('indentation shared by the selected lines stays in front of >, so an alert in a list item stays in it', () => {
    const text = '1. Open the app.\n\n   Sign in with your account.\n   Then select Settings.\n\n2. Next step.';
    const result = insertBlock(text, span(2, 3, 3, 24), (lines) => alertSnippet({ type: 'IMPORTANT', purpose: 'x' }, lines));
    assert.equal(
      result,
      '1. Open the app.\n\n   > [!IMPORTANT]\n   > Sign in with your account.\n   > Then select Settings.\n\n2. Next step.',
    );
    const list = parseDocument('/ws/a.md', result).tree.children[0];
    assert.equal(list?.type, 'list');
    assert.ok(
      list.type === 'list' && list.children[0]!.children.some((child) => child.type === 'blockquote'),
      'the alert is inside the first item',
    );
  });

  test('selected text is inserted as written, even with snippet syntax in it', () => {
    assert.equal(
      expandSnippet(alertSnippet(tip, ['It costs $5 or ${1:x} \\o/.']), EXPAND_CONTEXT),
      '> [!TIP]\n> It costs $5 or ${1:x} \\o/.',
    );
  });

  test('a selection of blank lines only is treated as no selection', () => {
    assert.equal(alertSnippet(tip, ['', '  ']), alertSnippet(tip, undefined));
  });
});

describe('Insert Persona Section', () => {
  test('every choice reaches a persona snippet, whose body is inserted as it is', () => {
    assert.deepEqual(
      PERSONA_CHOICES.map((choice) => choice.label),
      ['Explorer', 'Innovator', 'Champion', 'Any persona', 'All three personas'],
    );
    for (const choice of PERSONA_CHOICES) {
      const snippet = snippetByPrefix(snippets, choice.prefix);
      assert.ok(snippet, choice.prefix);
      assert.match(snippetBodyText(snippet), /^#{2,3} /, `${choice.label} starts with a heading`);
    }
  });

  test('goes after the cursor line as its own block', () => {
    const body = snippetBodyText(snippetByPrefix(snippets, 'persona-explorer')!);
    const text = '## Personas\nThe personas are described here.\nMore text.';
    const result = insertBlock(text, span(1, 3), () => body);
    const [before, after] = result.split(/\n\n### Explorer: [^\n]*\n/);
    assert.equal(before, '## Personas\nThe personas are described here.');
    assert.ok(after?.endsWith('.\n\nMore text.'), after);
    assert.equal(
      parseDocument('/ws/a.md', result)
        .headings.map((heading) => heading.depth)
        .join(','),
      '2,3',
    );
  });
});

describe('Insert Persona Section: heading depth from the outline around the cursor', () => {
  const depthAfter = (text: string) => {
    const lines = text.split('\n');
    return personaHeadingDepth(lines, lines.length - 1);
  };

  test('an H2 right after the H1, or with no heading above', () => {
    assert.equal(depthAfter('# Adoption personas\n\nIntro.'), 2);
    assert.equal(depthAfter('Intro without a heading.'), 2);
  });

  test('one below a section heading, a sibling of a persona heading', () => {
    assert.equal(depthAfter('# Title\n## Personas\nText.'), 3);
    assert.equal(depthAfter('# Title\n## Personas\n### Explorer: Embarking\nText.'), 3);
    assert.equal(depthAfter('# Title\n## Champions: Leading innovation\nText.'), 2);
  });

  test('headings in fenced code do not count, and the depth stops at H6', () => {
    assert.equal(depthAfter('# Title\n```md\n## Not a heading\n```\nText.'), 2);
    assert.equal(depthAfter('###### Deep\nText.'), 6);
  });

  test('the snippet body moves as a whole: the first heading at the depth, the rest keep their place under it', () => {
    const body = snippetBodyText(snippetByPrefix(snippets, 'personas')!);
    const moved = withHeadingDepth(body, 3);
    assert.deepEqual(
      parseDocument('/ws/a.md', expandSnippet(moved, EXPAND_CONTEXT)).headings.map((heading) => heading.depth),
      [3, 4, 4, 4],
    );
    assert.equal(withHeadingDepth('No heading here.', 2), 'No heading here.');
  });

  test('after an H1, the inserted section is an H2 and the outline does not skip a level', () => {
    const body = snippetBodyText(snippetByPrefix(snippets, 'persona-explorer')!);
    const text = '# Adoption personas\nIntro.';
    const lines = text.split('\n');
    const result = insertBlock(text, span(1, 3), () => withHeadingDepth(body, personaHeadingDepth(lines, 1)));
    assert.deepEqual(
      parseDocument('/ws/a.md', result).headings.map((heading) => heading.depth),
      [1, 2],
    );
  });
});

describe('Insert Include', () => {
  test('relative paths from the article, with forward slashes', () => {
    assert.equal(relativeIncludePath('/ws/docs/guidance/adoption/article.md', '/ws/docs/includes/footer.md'), '../../includes/footer.md');
    assert.equal(relativeIncludePath('/ws/docs/article.md', '/ws/docs/includes/footer.md'), 'includes/footer.md');
    assert.equal(relativeIncludePath('C:\\repo\\docs\\a\\article.md', 'C:\\repo\\docs\\includes\\x.md'), '../includes/x.md');
  });

  test('the title is the first heading, else the file name', () => {
    assert.equal(
      includeTitle('/ws/includes/sign-in.md', '---\nms.topic: include\n---\n\n## Sign in to *Power Apps*\n\nText.'),
      'Sign in to Power Apps',
    );
    assert.equal(
      includeTitle('/ws/includes/guidance-adoption-common-goals-results.md', '---\nms.topic: include\n---\n\nKey results are specific.'),
      'guidance-adoption-common-goals-results',
    );
    assert.equal(includeTitle('/ws/includes/code.md', '```\n# not a heading\n```\nText.'), 'code', 'a # line in code is not a heading');
  });

  test('the preview is the first non-empty lines after the front matter, shortened', () => {
    assert.equal(
      includePreview('---\nauthor: a\n---\n\nFirst line.\n\nSecond line.\nThird.\nFourth.'),
      'First line. ⏎ Second line. ⏎ Third.',
    );
    assert.equal(includePreview(`${'word '.repeat(100)}`).length, 200);
    assert.equal(includePreview(''), '');
  });

  test('the directive is a well-formed include to the file', () => {
    const directive = includeDirective(
      'guidance-adoption-common-goals-results',
      '../../includes/guidance-adoption-common-goals-results.md',
    );
    assert.equal(
      directive,
      '[!INCLUDE [guidance-adoption-common-goals-results](../../includes/guidance-adoption-common-goals-results.md)]',
    );
    const odd = includeDirective('A [draft] title', '../includes/my note (old).md');
    assert.equal(odd, '[!INCLUDE [A draft title](../includes/my%20note%20%28old%29.md)]');
    const [include] = parseDocument('/ws/docs/a.md', odd).includes;
    assert.equal(include?.wellFormed, true);
    assert.equal(include?.path, '../includes/my%20note%20%28old%29.md');
  });

  test('choices: nearest folders first, the article itself left out', () => {
    const choices = includeChoices('/ws/docs/adoption/article.md', [
      { path: '/ws/includes/footer.md', text: 'Footer text.' },
      { path: '/ws/docs/adoption/includes/b.md', text: '## Bee\n\nText.' },
      { path: '/ws/docs/includes/a.md', text: 'A text.' },
      { path: '/ws/docs/adoption/article.md', text: 'Itself.' },
    ]);
    assert.deepEqual(
      choices.map((choice) => [choice.label, choice.description, choice.title, choice.detail]),
      [
        ['b.md', 'includes/b.md', 'Bee', '## Bee ⏎ Text.'],
        ['a.md', '../includes/a.md', 'a', 'A text.'],
        ['footer.md', '../../includes/footer.md', 'footer', 'Footer text.'],
      ],
    );
  });
});
