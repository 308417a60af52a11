// The contributed Markdown snippets: the file's shape, and what each snippet expands to with its
// defaults, checked against the rules of spec/RULES.md that apply to it.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { before, describe, test } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { ALERT_TYPES } from '../../server/src/engine/parse/learn-extensions.js';
import {
  expandSnippet,
  loadSnippets,
  SNIPPETS_FILE,
  tabstopIndexes,
  type Snippet,
  type SnippetContext,
} from '../helpers/expand-snippet.js';

/** A fixed day with a one-digit month and day, so that zero padding shows. */
const CONTEXT: SnippetContext = { now: new Date(2025, 1, 9, 14, 5, 7), filePath: '/docs/guidance/adoption/training-strategy.md' };
const TODAY = '02/09/2025';

const PERSONAS = [
  { name: 'Explorer', plural: 'Explorers' },
  { name: 'Innovator', plural: 'Innovators' },
  { name: 'Champion', plural: 'Champions' },
];
/** Prefixes a writer would try first; each must reach its snippet. */
const EXPECTED_PREFIXES = [
  'note',
  'tip',
  'important',
  'caution',
  'warning',
  'persona',
  'persona-explorer',
  'persona-innovator',
  'persona-champion',
  'personas',
  'frontmatter',
  'image',
  'image-icon',
  'image-complex',
  'nextstep',
  'related',
];
/** Learn's ms.topic values (fm-topic-value); `conceptual` is deprecated and must not be offered. */
const LEARN_TOPICS = new Set([
  'article',
  'best-practice',
  'concept-article',
  'faq',
  'get-started',
  'glossary',
  'how-to',
  'overview',
  'quickstart',
  'reference',
  'sample',
  'troubleshooting',
  'troubleshooting-general',
  'troubleshooting-known-issue',
  'tutorial',
  'whats-new',
]);
const REQUIRED_FRONT_MATTER_KEYS = ['title', 'description', 'author', 'ms.author', 'ms.date', 'ms.topic'];

let snippets: Record<string, Snippet>;

before(async () => {
  snippets = await loadSnippets();
});

function prefixesOf(snippet: Snippet): string[] {
  return typeof snippet.prefix === 'string' ? [snippet.prefix] : snippet.prefix;
}

function snippetByPrefix(prefix: string): Snippet {
  const found = Object.values(snippets).find((snippet) => prefixesOf(snippet).includes(prefix));
  assert.ok(found, `a snippet has the prefix "${prefix}"`);
  return found;
}

function expand(prefix: string, context: SnippetContext = CONTEXT): string {
  return expandSnippet(snippetByPrefix(prefix).body, context);
}

/** What style-* rules look for, on the text a reader sees (emphasis markers removed). */
function styleProblems(markdown: string): string[] {
  const text = markdown.replaceAll('**', '');
  const problems: string[] = [];
  const repeated = /\b(\p{L}+)\s+\1\b/iu.exec(text);
  if (repeated) problems.push(`style-repeated-word: "${repeated[0]}"`);
  const term = /\be\.g\.|\bi\.e\.|click here|\blog in\b/i.exec(text);
  if (term) problems.push(`style-terms: "${term[0]}"`);
  const chat = /Certainly!|As an AI language model|I hope this helps|Sure! Here is/i.exec(text);
  if (chat) problems.push(`style-ai-artifact: "${chat[0]}"`);
  if (/â€|Ã|\uFFFD/.test(text)) problems.push('style-mojibake');
  return problems;
}

/** What md-heading-increment and md-list-marker look for. */
function structureProblems(markdown: string): string[] {
  const problems: string[] = [];
  let previousLevel: number | undefined;
  for (const line of markdown.split('\n')) {
    const heading = /^(#{1,6}) \S/.exec(line);
    if (heading) {
      const level = heading[1]!.length;
      if (previousLevel !== undefined && level > previousLevel + 1) problems.push(`md-heading-increment: "${line}"`);
      previousLevel = level;
    }
    if (/^[_*+] /.test(line)) problems.push(`md-list-marker: "${line}"`);
  }
  return problems;
}

describe('snippets file', () => {
  test('is strict JSON (no comments or trailing commas)', async () => {
    const text = await readFile(SNIPPETS_FILE, 'utf8');
    assert.doesNotThrow(() => JSON.parse(text));
  });

  test('every snippet has a prefix, a body and a description, and nothing VS Code does not read', () => {
    for (const [name, snippet] of Object.entries(snippets)) {
      assert.deepEqual(Object.keys(snippet).sort(), ['body', 'description', 'prefix'], name);
      const prefixes = prefixesOf(snippet);
      assert.ok(
        prefixes.length > 0 && prefixes.every((prefix) => /^[a-z][a-z-]*$/.test(prefix)),
        `${name}: prefixes ${JSON.stringify(prefixes)}`,
      );
      const body = typeof snippet.body === 'string' ? [snippet.body] : snippet.body;
      assert.ok(body.length > 0 && body.every((line) => typeof line === 'string'), `${name}: body`);
      assert.ok(typeof snippet.description === 'string' && snippet.description.length > 20, `${name}: description`);
    }
  });

  test('prefixes are unique across snippets', () => {
    const all = Object.values(snippets).flatMap(prefixesOf);
    assert.deepEqual(
      all.filter((prefix, index) => all.indexOf(prefix) !== index),
      [],
    );
  });

  test('the prefixes a writer would guess are all there', () => {
    for (const prefix of EXPECTED_PREFIXES) snippetByPrefix(prefix);
  });

  test('tab stops run 1, 2, 3… in the order the writer meets them', () => {
    for (const [name, snippet] of Object.entries(snippets)) {
      const indexes = tabstopIndexes(snippet.body);
      assert.deepEqual(
        indexes,
        indexes.map((_, position) => position + 1),
        name,
      );
    }
  });

  test('every body expands, with no style or structure problem', () => {
    for (const [name, snippet] of Object.entries(snippets)) {
      const markdown = expandSnippet(snippet.body, CONTEXT);
      assert.doesNotMatch(markdown, /\$\{|\$[A-Z_\d]/, `${name}: nothing left unexpanded`);
      assert.deepEqual([...styleProblems(markdown), ...structureProblems(markdown)], [], name);
    }
  });
});

describe('alerts', () => {
  for (const type of ALERT_TYPES) {
    const prefix = type.toLowerCase();

    test(`${prefix}: the ${type} marker alone on its line, then a quoted body`, () => {
      const [marker, ...body] = expand(prefix).split('\n');
      assert.equal(marker, `> [!${type}]`);
      assert.ok(body.length > 0, 'the alert has a body');
      for (const line of body) assert.match(line, /^> \S/);
    });

    test(`${prefix}: wraps the selected text`, () => {
      assert.equal(expand(prefix, { ...CONTEXT, selectedText: 'Save your work first.' }), `> [!${type}]\n> Save your work first.`);
    });

    test(`alert-${prefix} reaches the same snippet`, () => {
      assert.equal(snippetByPrefix(`alert-${prefix}`), snippetByPrefix(prefix));
    });
  }
});

describe('persona sections', () => {
  /** Checks one persona section: heading, description, both lead-ins with their lists, closing paragraph. */
  function assertPersonaSection(lines: string[], level: string, name: string, plural: string): void {
    assert.match(lines[0]!, new RegExp(`^${level} ${name}: \\S`));
    const blocks = lines.slice(1).join('\n').trim().split('\n\n');
    assert.equal(blocks.length, 6, `${name}: description, questions lead-in, questions, support lead-in, activities, closing`);
    const [description, questionsLeadIn, questions, supportLeadIn, activities, closing] = blocks;
    assert.match(description!, new RegExp(`\\*\\*(?:${name}|${plural})\\*\\* \\S.+\\.$`));
    assert.equal(questionsLeadIn, `Key questions for **${plural}** include:`);
    for (const item of questions!.split('\n')) assert.match(item, /^- \S.*\?$/);
    assert.equal(supportLeadIn, `To support **${plural}**, offer activities and resources such as:`);
    for (const item of activities!.split('\n')) assert.match(item, /^- \*\*[^*]+\*\*: \S.*\.$/);
    assert.match(closing!, new RegExp(`\\*\\*${plural}\\*\\* \\S.+\\.$`));
  }

  for (const { name, plural } of PERSONAS) {
    test(`persona-${name.toLowerCase()}: an H3 ${name} section`, () => {
      assertPersonaSection(expand(`persona-${name.toLowerCase()}`).split('\n'), '###', name, plural);
    });
  }

  test('persona: a generic section; the plural, typed once, fills all four places', () => {
    assertPersonaSection(expand('persona').split('\n'), '###', 'Persona', 'Personas');
    const body = (snippetByPrefix('persona').body as string[]).join('\n');
    const typedPlural = body.replace(/(\$\{\d+:)Personas\}/, '$1Makers}');
    assertPersonaSection(expandSnippet(typedPlural, CONTEXT).split('\n'), '###', 'Persona', 'Makers');
  });

  test('personas: an H2 introduction, then Explorer, Innovator and Champion as H3 sections', () => {
    const markdown = expand('personas');
    const sections = markdown.split(/\n\n(?=### )/);
    assert.equal(sections.length, 4);
    const [introduction, ...personaSections] = sections;
    const [heading, ...introText] = introduction!.split('\n\n');
    assert.match(heading!, /^## \S/);
    assert.equal(introText.length, 1, 'one introduction paragraph');
    for (const [index, { name, plural }] of PERSONAS.entries())
      assertPersonaSection(personaSections[index]!.split('\n'), '###', name, plural);
    assert.equal(snippetByPrefix('persona-set'), snippetByPrefix('personas'));
  });
});

describe('images', () => {
  const IMAGE = /^:::image((?: [a-z-]+="[^"]*")+):::$/;

  function attributesOf(line: string): Record<string, string> {
    const image = IMAGE.exec(line);
    assert.ok(image, `a one-line :::image with quoted attribute values: ${line}`);
    return Object.fromEntries([...image[1]!.matchAll(/ ([a-z-]+)="([^"]*)"/g)].map(([, name, value]) => [name!, value!]));
  }

  test('image: type content, a source in the media folder named after the article, and alt text', () => {
    const attributes = attributesOf(expand('image'));
    assert.deepEqual(Object.keys(attributes), ['type', 'source', 'alt-text']);
    assert.equal(attributes.type, 'content');
    assert.equal(attributes.source, 'media/training-strategy/image.png');
    assert.match(attributes['alt-text']!, /^[A-Z].+\.$/);
  });

  test('image-icon: type icon, a source, no alt text', () => {
    const attributes = attributesOf(expand('image-icon'));
    assert.deepEqual(Object.keys(attributes), ['type', 'source']);
    assert.equal(attributes.type, 'icon');
    assert.match(attributes.source!, /\.svg$/);
  });

  test('image-complex: alt text, a long description, then :::image-end:::', () => {
    const [opener, ...rest] = expand('image-complex').split('\n');
    const attributes = attributesOf(opener!);
    assert.deepEqual(Object.keys(attributes), ['type', 'source', 'alt-text']);
    assert.equal(attributes.type, 'complex');
    assert.equal(attributes.source, 'media/training-strategy/diagram.png');
    assert.equal(rest.at(-1), ':::image-end:::');
    const longDescription = rest.slice(0, -1).join(' ');
    assert.ok(longDescription.length > attributes['alt-text']!.length, 'the long description says more than the alt text');
  });
});

describe('next step and related resources', () => {
  test('nextstep: a nextstepaction div quoting one link to an article', () => {
    const markdown = expand('nextstep');
    assert.match(markdown, /^> \[!div class="nextstepaction"\]\n> \[[^\]]+\]\([^)\s]+\.md\)$/);
    assert.equal(snippetByPrefix('next-step'), snippetByPrefix('nextstep'));
  });

  test('related: an H2 "Related resources" and a list of links to articles', () => {
    const [heading, blank, ...items] = expand('related').split('\n');
    assert.equal(heading, '## Related resources');
    assert.equal(blank, '');
    assert.ok(items.length >= 2);
    for (const item of items) assert.match(item, /^- \[[^\]]+\]\([^)\s]+\.md\)$/);
  });
});

describe('front matter', () => {
  function frontMatterOf(markdown: string): { yaml: string; body: string } {
    const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(markdown);
    assert.ok(match, 'front matter between the first two --- lines');
    return { yaml: match[1]!, body: match[2]! };
  }

  test('valid YAML with the required keys, no empty, deprecated or unknown key', () => {
    const { yaml } = frontMatterOf(expand('frontmatter'));
    const metadata = parseYaml(yaml, { uniqueKeys: true }) as Record<string, unknown>;
    for (const key of REQUIRED_FRONT_MATTER_KEYS) assert.ok(key in metadata, `fm-required: ${key}`);
    assert.deepEqual(Object.keys(metadata).sort(), [...REQUIRED_FRONT_MATTER_KEYS, 'ms.reviewer', 'ms.subservice'].sort());
    for (const [key, value] of Object.entries(metadata)) {
      assert.equal(typeof value, 'string', `fm-type: ${key}`);
      assert.doesNotMatch(value as string, /^(|na|n\/a)$/i, `fm-empty-value: ${key}`);
    }
  });

  test("title, description and aliases are in range; ms.date is today's date as MM/DD/YYYY", () => {
    const metadata = parseYaml(frontMatterOf(expand('frontmatter')).yaml) as Record<string, string>;
    const title = metadata.title!;
    assert.ok(title.length >= 20 && title.length <= 60, `fm-title-length: ${title.length}`);
    assert.doesNotMatch(title, /\|/, 'fm-title-suffix');
    const description = metadata.description!;
    assert.ok(description.length >= 115 && description.length <= 165, `fm-description-length: ${description.length}`);
    for (const key of ['ms.author', 'ms.reviewer']) assert.match(metadata[key]!, /^[a-z0-9][a-z0-9._-]*$/, `fm-alias: ${key}`);
    assert.equal(metadata['ms.date'], TODAY, 'fm-date-format');
    assert.equal(expand('frontmatter', { ...CONTEXT, now: new Date(2026, 11, 31) }).match(/^ms\.date: (.*)$/m)?.[1], '12/31/2026');
  });

  test('ms.topic defaults to concept-article, and every choice is a Learn topic', () => {
    const body = snippetByPrefix('frontmatter').body as string[];
    const topicLine = body.find((line) => line.startsWith('ms.topic: '));
    const choices = /\$\{\d+\|([^|]+)\|\}/.exec(topicLine ?? '')?.[1]?.split(',');
    assert.ok(choices, 'ms.topic is a choice');
    assert.equal(choices[0], 'concept-article');
    for (const topic of choices) assert.ok(LEARN_TOPICS.has(topic), `fm-topic-value: ${topic}`);
    assert.equal((parseYaml(frontMatterOf(expand('frontmatter')).yaml) as Record<string, string>)['ms.topic'], 'concept-article');
  });

  test('a #customer intent comment in the expected form', () => {
    const { yaml } = frontMatterOf(expand('frontmatter'));
    const intents = yaml.split('\n').filter((line) => line.startsWith('#'));
    assert.equal(intents.length, 1);
    assert.match(intents[0]!, /^#customer intent: As an? [^,]+, I want .+ so that .+\.$/);
  });

  test('the article body starts with one H1 that repeats the title, then an introduction', () => {
    const markdown = expand('frontmatter');
    const { yaml, body } = frontMatterOf(markdown);
    const { title } = parseYaml(yaml) as { title: string };
    const [blank, heading, separator, introduction, ...rest] = body.split('\n');
    assert.deepEqual([blank, heading, separator], ['', `# ${title}`, '']);
    assert.match(introduction!, /^[A-Z].+\.$/);
    assert.deepEqual(rest, []);
  });
});

describe('expandSnippet', () => {
  test('placeholders, mirrors, choices and $0', () => {
    assert.equal(expandSnippet(['${1:Title}: ${2|b,a|}', '$1 again, ${2} and $0end'], CONTEXT), 'Title: b\nTitle again, b and end');
  });

  test('the first placeholder of a tab stop gives its value to later occurrences', () => {
    assert.equal(expandSnippet('$1 ${1:first} ${1:second}', CONTEXT), 'first first first');
  });

  test('nested placeholders and variables with defaults', () => {
    assert.equal(
      expandSnippet('${1:media/${TM_FILENAME_BASE}/${2:image}.png} ${3:${TM_SELECTED_TEXT:none}}', CONTEXT),
      'media/training-strategy/image.png none',
    );
    assert.equal(expandSnippet('${1:${TM_SELECTED_TEXT:none}}', { ...CONTEXT, selectedText: 'chosen' }), 'chosen');
  });

  test('date and file variables', () => {
    assert.equal(
      expandSnippet(
        '$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE $CURRENT_HOUR:$CURRENT_MINUTE:$CURRENT_SECOND $CURRENT_MONTH_NAME_SHORT $CURRENT_DAY_NAME',
        CONTEXT,
      ),
      '2025-02-09 14:05:07 Feb Sunday',
    );
    assert.equal(expandSnippet('$TM_FILENAME in ${TM_DIRECTORY}', CONTEXT), 'training-strategy.md in /docs/guidance/adoption');
  });

  test('escapes, and a $ that starts nothing, stay text', () => {
    assert.equal(expandSnippet('\\$1 costs $ 5 \\} ${1:a\\}b} ${2|x\\,y,z|}', CONTEXT), '$1 costs $ 5 } a}b x,y');
  });

  test('unknown variables, transforms and unclosed placeholders are errors, not silent text', () => {
    assert.throws(() => expandSnippet('$CURRENT_MONT', CONTEXT), /Unknown snippet variable \$CURRENT_MONT/);
    assert.throws(() => expandSnippet('${1/(.*)/$1/}', CONTEXT), /transform/);
    assert.throws(() => expandSnippet('${1:open', CONTEXT), /expected "}"/);
    assert.throws(() => expandSnippet('${1|a,b', CONTEXT), /choice/);
  });

  test('tabstopIndexes lists tab stops in order of first appearance, without $0', () => {
    assert.deepEqual(tabstopIndexes('${2:b} $1 ${2} ${3|x,y|} $0'), [2, 1, 3]);
  });
});
