// A generated docs repository with every kind of hostile file issue 9 lists, laid out the same in
// memory (unit test) and on disk (CLI test). Paths are relative to the workspace root; `outside`
// files live next to the workspace, reachable only through symlinks.
import { encodeText } from '../../server/src/engine/parse/text.js';

/** Text that appears only in the file outside the workspace: no finding may ever mention it. */
export const OUTSIDE_MARKER = 'OUTSIDE-MARKER-7f3a9c';

const FRONT_MATTER =
  '---\ntitle: Hostile workspace article for the linter\ndescription: An article of the generated hostile workspace, complete and valid, so that only the hostile part of each file is ever reported.\nauthor: writer\nms.author: writer\nms.date: 11/01/2026\nms.topic: article\n---\n';

/** A shell start-up file outside the workspace that the committed cache symlink points at. */
export const CACHE_VICTIM = { path: 'home/.bashrc', content: 'export PATH=/usr/bin\n' };

export const INCLUDE_CHAIN_LENGTH = 100;
export const TABLE_ROWS = 100_000;
export const NESTING_DEPTH = 5_000;

export interface HostileWorkspace {
  /** Workspace files by relative path. */
  files: Map<string, string | Uint8Array>;
  /** Files outside the workspace, by path relative to the outside folder. */
  outsideFiles: Map<string, string>;
  /** Symlinks by relative path: `target` relative to the link's folder, or `outside:` + a path in the outside folder. */
  symlinks: Map<string, string>;
  /** The relative path of the file at the end of the very long folder chain. */
  longPath: string;
  /** Inputs that are not regular files: a FIFO (reading it blocks), a link to /dev/zero (it never ends). */
  specials: Map<string, 'fifo' | 'dev-zero'>;
}

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes[0] = endian === 'le' ? 0xff : 0xfe;
  bytes[1] = endian === 'le' ? 0xfe : 0xff;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    bytes[2 + index * 2 + (endian === 'le' ? 0 : 1)] = unit & 0xff;
    bytes[2 + index * 2 + (endian === 'le' ? 1 : 0)] = unit >> 8;
  }
  return bytes;
}

function concat(...parts: Array<Uint8Array | string>): Uint8Array {
  const encoded = parts.map((part) => (typeof part === 'string' ? new TextEncoder().encode(part) : part));
  const result = new Uint8Array(encoded.reduce((total, part) => total + part.byteLength, 0));
  let offset = 0;
  for (const part of encoded) {
    result.set(part, offset);
    offset += part.byteLength;
  }
  return result;
}

/**
 * `rootLength` is the length of the absolute workspace path, so the long folder chain ends just
 * under PATH_MAX (4096) on disk. In-process tests may ask for a shorter table: parsing 100,000 rows
 * takes the Markdown parser seconds, which the CLI test measures.
 */
export function hostileWorkspace(rootLength: number, tableRows = TABLE_ROWS): HostileWorkspace {
  const files = new Map<string, string | Uint8Array>();
  // Each article its own title and H1, as a docset needs (docset-duplicate-title, docset-duplicate-h1).
  let articles = 0;
  const article = (body: string) => {
    articles++;
    const name = `Hostile workspace article ${articles} for the linter`;
    return FRONT_MATTER.replace('Hostile workspace article for the linter', name) + `\n# ${name}\n\n` + body;
  };
  // A lower-case alert: a finding with a known position, to show the text was decoded and located right.
  const ALERT = '> [!tip]\n> Decoded.\n';

  files.set('docs/binary.md', concat(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'IHDR'));
  files.set('docs/nul.md', concat(article('Text'), new Uint8Array([0]), 'more text\n'));
  // A NUL byte beyond the sniffed start: the file decodes as text with a U+0000 in it.
  files.set('docs/nul-late.md', article('Padding. '.repeat(1200) + '\n\nAfter\u0000the NUL [link](%00.md).\n'));
  files.set('docs/oversize.md', '---\ntitle: Oversize\n---\n' + 'A long generated paragraph of prose. '.repeat(40_000) + '\n');
  files.set('docs/deep-quote.md', article('>'.repeat(NESTING_DEPTH) + ' deep\n'));
  files.set('docs/deep-list.md', article('- '.repeat(NESTING_DEPTH) + 'deep\n'));
  files.set('docs/deep-brackets.md', article('['.repeat(NESTING_DEPTH) + 'x' + ']'.repeat(NESTING_DEPTH) + '\n'));
  files.set('docs/table.md', article('|a|b|\n|-|-|\n' + '|1|x|\n'.repeat(tableRows)));
  files.set('docs/bom.md', concat(new Uint8Array([0xef, 0xbb, 0xbf]), article(ALERT)));
  files.set('docs/utf16le.md', utf16(article(ALERT), 'le'));
  files.set('docs/utf16be.md', utf16(article(ALERT), 'be'));
  files.set('docs/crlf.md', article(ALERT).replace(/\n/g, '\r\n'));
  files.set('docs/mixed-eol.md', article('Line one\r\nLine two\rLine three\n\n' + ALERT));
  files.set('docs/utf32le.md', encodeText(article(ALERT), { encoding: 'utf-32le', bom: true }));
  files.set('docs/cr-only.md', article(ALERT).replace(/\n/g, '\r'));
  // Latin-1 (one é on a line without a finding): --fix must leave it byte for byte.
  files.set(
    'docs/latin1.md',
    Uint8Array.from(article('Caf\u00e9 au lait.\n\n' + ALERT), (char) => char.charCodeAt(0)),
  );
  // Fixes that used to lose keys: a retired key in a flow mapping, and one whose anchor a later key uses.
  files.set(
    'docs/flow-front-matter.md',
    `---\n{${FRONT_MATTER.split('\n').slice(1, -2).join(', ')}, manager: someone}\n---\n\n# Flow mapping\n`,
  );
  files.set(
    'docs/anchor-front-matter.md',
    FRONT_MATTER.replace('ms.author: writer\n', 'ms.author: &w writer\nmanager: &m someone\nms.reviewer: *m\n') + '\n# Anchors\n',
  );
  files.set('docs/unclosed-front-matter.md', '---\ntitle: Never closed\ndescription: The closing line is missing.\n\n# Heading\n\nText.\n');
  files.set(
    'docs/alias-bomb.md',
    '---\ntitle: Billion laughs\na: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\nh: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\ni: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]\n---\n# Bomb\n',
  );
  files.set(
    'docs/escapes.md',
    article(
      [
        '[nul](%00)',
        '[nul in name](a%00b.md)',
        '[lone percent](%)',
        '[bad hex](%zz.md)',
        '[cut](a%2)',
        '[bad utf-8](%E0%A4%A.md)',
        '[overlong](%C0%AF..%C0%AF)',
        '[dots](%2e%2e/%2e%2e/%2e%2e/etc/passwd)',
        '![img](%00.png)',
        '<a href="%00">html</a>',
        '[anchor](#%)',
        '[!INCLUDE [nul](includes/%00.md)]',
      ].join('\n\n') + '\n',
    ),
  );

  // Includes: a chain of 100, a self-include, and the cycle A → B → C → A.
  files.set('docs/chain.md', article('[!INCLUDE [first](includes/chain-1.md)]\n'));
  for (let index = 1; index <= INCLUDE_CHAIN_LENGTH; index++) {
    files.set(
      `docs/includes/chain-${index}.md`,
      index < INCLUDE_CHAIN_LENGTH ? `Step ${index}.\n\n[!INCLUDE [next](chain-${index + 1}.md)]\n` : 'The end of the chain.\n',
    );
  }
  files.set('docs/includes/self.md', 'Me again.\n\n[!INCLUDE [self](self.md)]\n');
  files.set('docs/includes/cycle-a.md', '[!INCLUDE [b](cycle-b.md)]\n');
  files.set('docs/includes/cycle-b.md', '[!INCLUDE [c](cycle-c.md)]\n');
  files.set('docs/includes/cycle-c.md', '[!INCLUDE [a](cycle-a.md)]\n');
  files.set('docs/uses-includes.md', article('[!INCLUDE [self](includes/self.md)]\n\n[!INCLUDE [cycle](includes/cycle-a.md)]\n'));

  // Reaching outside through symlinks: include it, link to its anchor, link to the folder link.
  files.set(
    'docs/reaches-outside.md',
    article(
      '[!INCLUDE [secret](secret-link.md)]\n\nSee [the secret](secret-link.md#outside-marker-7f3a9c) and [more](outside-folder/secret.md#outside-marker-7f3a9c).\n',
    ),
  );
  const outsideFiles = new Map([
    ['secret.md', `# ${OUTSIDE_MARKER}\n\n> [!tip]\n> ${OUTSIDE_MARKER} must never be read.\n`],
    [CACHE_VICTIM.path, CACHE_VICTIM.content],
  ]);
  const symlinks = new Map([
    ['docs/secret-link.md', 'outside:secret.md'],
    ['docs/outside-folder', 'outside:'],
    // A directory symlink loop, and two links that point at each other.
    ['docs/loop', '.'],
    ['docs/sub/up', '../..'],
    ['docs/ping.md', 'pong.md'],
    ['docs/pong.md', 'ping.md'],
    // A committed cache whose results file is a link to a shell start-up file: --cache must refuse it.
    ['.guidancelint-cache/results.json', `outside:${CACHE_VICTIM.path}`],
  ]);
  files.set('docs/sub/inner.md', article('Inside a folder a link loops through.\n'));

  // Folders of 200 characters until the path is just under PATH_MAX (4096 with the final NUL).
  const name = 'deep.md';
  const segment = 'd'.repeat(200);
  const folders: string[] = [];
  let length = rootLength + '/docs/long'.length + 1 + name.length;
  while (length + segment.length + 1 < 4000) {
    folders.push(segment);
    length += segment.length + 1;
  }
  const tail = 4090 - length - 1;
  if (tail > 0) folders.push('t'.repeat(Math.min(tail, 200)));
  const longPath = ['docs/long', ...folders, name].join('/');
  files.set(longPath, '# No front matter at the end of a very long path\n');

  // Issue 13: the FIFO blocked the CLI for ever; reading the link grew it past 3 GB.
  const specials = new Map<string, 'fifo' | 'dev-zero'>([
    ['.gitignore', 'fifo'],
    ['docs/.gitignore', 'dev-zero'],
  ]);

  return { files, outsideFiles, symlinks, longPath, specials };
}
