// VS Code's Markdown link validation over a folder, for the benchmark: vscode-markdown-languageservice
// with a markdown-it parser and a workspace read from disk, computing the diagnostics VS Code shows
// with `markdown.validate.enabled` (its default levels) for every Markdown file.
// Usage: node test/bench/vscode-links.mjs <folder>   (prints the diagnostic counts)
// Plain JavaScript so it runs on node without a TypeScript loader, as a peer tool would.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import MarkdownIt from 'markdown-it';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, DiagnosticLevel, githubSlugifier, LogLevel } from 'vscode-markdown-languageservice';
import { URI } from 'vscode-uri';

const MARKDOWN_FILE = /\.md$/i;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/** VS Code's defaults for `markdown.validate.*` once validation is enabled. */
const DIAGNOSTIC_OPTIONS = {
  validateReferences: DiagnosticLevel.warning,
  validateFragmentLinks: DiagnosticLevel.warning,
  validateFileLinks: DiagnosticLevel.warning,
  validateMarkdownFileLinkFragments: DiagnosticLevel.warning,
  validateUnusedLinkDefinitions: DiagnosticLevel.hint,
  validateDuplicateLinkDefinitions: DiagnosticLevel.warning,
  ignoreLinks: [],
};

const NEVER = () => ({ dispose() {} });
const NOT_CANCELLED = { isCancellationRequested: false, onCancellationRequested: NEVER };

/** markdown-it as VS Code's Markdown engine uses it, keeping the tokens of the last document parsed. */
class MarkdownItParser {
  slugifier = githubSlugifier;
  #markdownIt = new MarkdownIt({ html: true });
  #last = { uri: '', version: -1, tokens: [] };

  async tokenize(document) {
    if (this.#last.uri !== document.uri || this.#last.version !== document.version) {
      this.#last = {
        uri: document.uri,
        version: document.version,
        tokens: this.#markdownIt.parse(withoutFrontMatter(document.getText()), {}),
      };
    }
    return this.#last.tokens;
  }
}

/**
 * VS Code's engine reads YAML front matter as one block (markdown-it-front-matter); blanking its lines
 * has the same effect on headings and links (`title: x` above `---` is no setext heading) and keeps
 * line numbers.
 */
function withoutFrontMatter(text) {
  const match = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?=\r?\n|$)/.exec(text);
  return match ? match[0].replace(/[^\r\n]/g, '') + text.slice(match[0].length) : text;
}

/** The workspace as VS Code's Markdown server sees it: files on disk, each read once and kept. */
class DiskWorkspace {
  onDidChangeMarkdownDocument = NEVER;
  onDidCreateMarkdownDocument = NEVER;
  onDidDeleteMarkdownDocument = NEVER;
  #folder;
  #documents = new Map();

  constructor(folder) {
    this.#folder = URI.file(folder);
  }

  get workspaceFolders() {
    return [this.#folder];
  }

  async getAllMarkdownDocuments() {
    const documents = [];
    for await (const path of markdownFiles(this.#folder.fsPath)) {
      const document = await this.openMarkdownDocument(URI.file(path));
      if (document) documents.push(document);
    }
    return documents;
  }

  hasMarkdownDocument(resource) {
    return this.#documents.has(resource.toString());
  }

  async openMarkdownDocument(resource) {
    const key = resource.toString();
    const known = this.#documents.get(key);
    if (known) return known;
    if (!MARKDOWN_FILE.test(resource.path)) return undefined;
    try {
      const document = TextDocument.create(key, 'markdown', 1, await readFile(resource.fsPath, 'utf8'));
      this.#documents.set(key, document);
      return document;
    } catch {
      return undefined;
    }
  }

  async stat(resource) {
    try {
      return { isDirectory: (await stat(resource.fsPath)).isDirectory() };
    } catch {
      return undefined;
    }
  }

  async readDirectory(resource) {
    const entries = await readdir(resource.fsPath, { withFileTypes: true });
    return entries.map((entry) => [entry.name, { isDirectory: entry.isDirectory() }]);
  }
}

async function* markdownFiles(folder) {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) yield* markdownFiles(path);
    } else if (entry.isFile() && MARKDOWN_FILE.test(entry.name)) {
      yield path;
    }
  }
}

async function main() {
  const folder = process.argv[2];
  if (!folder) {
    process.stderr.write('Usage: node test/bench/vscode-links.mjs <folder>\n');
    return 2;
  }
  const root = resolve(folder);
  const workspace = new DiskWorkspace(root);
  const logger = { level: LogLevel.Off, log() {} };
  const service = createLanguageService({ workspace, parser: new MarkdownItParser(), logger });
  const byCode = new Map();
  let files = 0;
  let total = 0;
  for await (const path of markdownFiles(root)) {
    const document = await workspace.openMarkdownDocument(URI.file(path));
    if (!document) continue;
    files++;
    for (const diagnostic of await service.computeDiagnostics(document, DIAGNOSTIC_OPTIONS, NOT_CANCELLED)) {
      total++;
      byCode.set(diagnostic.code, (byCode.get(diagnostic.code) ?? 0) + 1);
    }
  }
  service.dispose();
  const details = [...byCode]
    .sort((a, b) => b[1] - a[1])
    .map(([code, count]) => `${code} ${count}`)
    .join(', ');
  process.stdout.write(`vscode-markdown-languageservice: ${total} diagnostics in ${files} files${details ? ` (${details})` : ''}\n`);
  return 0;
}

process.exitCode = await main();
