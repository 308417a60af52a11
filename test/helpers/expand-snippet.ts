// Expands a VS Code snippet body into the text VS Code inserts when the writer accepts every
// default: a placeholder keeps its text, a mirror copies the first placeholder of its tab stop, a
// choice takes its first option, and a variable takes its value (or its default when it has none).
// Tests use it to check, and lint, what each contributed snippet produces.
import { readFile } from 'node:fs/promises';
import { basename, dirname, extname } from 'node:path';

export const SNIPPETS_FILE = new URL('../../snippets/learn-markdown.json', import.meta.url);

/** One entry of a VS Code snippets file. */
export interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description: string;
}

export async function loadSnippets(): Promise<Record<string, Snippet>> {
  return JSON.parse(await readFile(SNIPPETS_FILE, 'utf8')) as Record<string, Snippet>;
}

/** Where and when a snippet is inserted: what VS Code's snippet variables are resolved from. */
export interface SnippetContext {
  /** The moment of insertion (CURRENT_* variables, in local time as VS Code uses). */
  now: Date;
  /** Absolute path of the document (TM_FILENAME, TM_DIRECTORY…). */
  filePath: string;
  /** Text selected when the snippet is inserted; without one, TM_SELECTED_TEXT falls back to its default. */
  selectedText?: string;
}

type SnippetNode =
  | { kind: 'text'; text: string }
  | { kind: 'tabstop'; index: number; placeholder: SnippetNode[] | undefined }
  | { kind: 'choice'; index: number; options: string[] }
  | { kind: 'variable'; name: string; fallback: SnippetNode[] | undefined };

export function expandSnippet(body: string | readonly string[], context: SnippetContext): string {
  const nodes = new SnippetParser(typeof body === 'string' ? body : body.join('\n')).parse();
  const variables = snippetVariables(context);
  // As in VS Code, the first occurrence of a tab stop that has a value gives it to all the others.
  const tabstopValues = new Map<number, SnippetNode[]>();
  walk(nodes, (node) => {
    if (node.kind === 'tabstop' && node.placeholder && !tabstopValues.has(node.index)) tabstopValues.set(node.index, node.placeholder);
    if (node.kind === 'choice' && !tabstopValues.has(node.index)) tabstopValues.set(node.index, [{ kind: 'text', text: node.options[0]! }]);
  });

  const render = (sequence: SnippetNode[]): string =>
    sequence
      // biome-ignore lint/suspicious/useIterableCallbackReturn: the switch covers every node kind (TypeScript checks it), so each path returns
      .map((node) => {
        switch (node.kind) {
          case 'text':
            return node.text;
          case 'tabstop':
          case 'choice': {
            const value = tabstopValues.get(node.index);
            return value ? render(value) : '';
          }
          case 'variable': {
            if (!variables.has(node.name)) throw new Error(`Unknown snippet variable $${node.name}`);
            const value = variables.get(node.name);
            if (value) return value;
            return node.fallback ? render(node.fallback) : '';
          }
        }
      })
      .join('');
  return render(nodes);
}

/** Tab stop numbers in order of first appearance, $0 excluded. */
export function tabstopIndexes(body: string | readonly string[]): number[] {
  const indexes: number[] = [];
  walk(new SnippetParser(typeof body === 'string' ? body : body.join('\n')).parse(), (node) => {
    if ((node.kind === 'tabstop' || node.kind === 'choice') && node.index !== 0 && !indexes.includes(node.index)) indexes.push(node.index);
  });
  return indexes;
}

function walk(nodes: SnippetNode[], visit: (node: SnippetNode) => void): void {
  for (const node of nodes) {
    visit(node);
    if (node.kind === 'tabstop' && node.placeholder) walk(node.placeholder, visit);
    if (node.kind === 'variable' && node.fallback) walk(node.fallback, visit);
  }
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** VS Code's file, selection and date variables. A value of undefined means "use the default". */
function snippetVariables({ now, filePath, selectedText }: SnippetContext): Map<string, string | undefined> {
  const pad = (value: number) => String(value).padStart(2, '0');
  return new Map([
    ['TM_SELECTED_TEXT', selectedText || undefined],
    ['TM_FILENAME', basename(filePath)],
    ['TM_FILENAME_BASE', basename(filePath, extname(filePath))],
    ['TM_DIRECTORY', dirname(filePath)],
    ['TM_FILEPATH', filePath],
    ['CURRENT_YEAR', String(now.getFullYear())],
    ['CURRENT_YEAR_SHORT', String(now.getFullYear()).slice(-2)],
    ['CURRENT_MONTH', pad(now.getMonth() + 1)],
    ['CURRENT_MONTH_NAME', MONTH_NAMES[now.getMonth()]],
    ['CURRENT_MONTH_NAME_SHORT', MONTH_NAMES[now.getMonth()]!.slice(0, 3)],
    ['CURRENT_DATE', pad(now.getDate())],
    ['CURRENT_DAY_NAME', DAY_NAMES[now.getDay()]],
    ['CURRENT_DAY_NAME_SHORT', DAY_NAMES[now.getDay()]!.slice(0, 3)],
    ['CURRENT_HOUR', pad(now.getHours())],
    ['CURRENT_MINUTE', pad(now.getMinutes())],
    ['CURRENT_SECOND', pad(now.getSeconds())],
  ]);
}

/**
 * The TextMate snippet syntax that VS Code documents: `$1`, `${1}`, `${1:default}`, `${1|a,b|}`,
 * `$NAME`, `${NAME}`, `${NAME:default}`, with `\` escaping `$`, `}` and `\` (and `,` `|` in choices).
 * Transforms are rejected rather than expanded wrongly. A `$` that starts none of these is text, as in VS Code.
 */
class SnippetParser {
  private position = 0;

  constructor(private readonly source: string) {}

  parse(): SnippetNode[] {
    return this.parseSequence(false);
  }

  /** Reads up to the end, or inside a placeholder up to its unescaped closing `}`. */
  private parseSequence(inPlaceholder: boolean): SnippetNode[] {
    const nodes: SnippetNode[] = [];
    let text = '';
    const flushText = () => {
      if (text) nodes.push({ kind: 'text', text });
      text = '';
    };
    while (this.position < this.source.length) {
      const char = this.source[this.position]!;
      const next = this.source[this.position + 1];
      if (char === '\\' && next !== undefined && '$}\\'.includes(next)) {
        text += next;
        this.position += 2;
      } else if (char === '}' && inPlaceholder) {
        break;
      } else if (char === '$' && next !== undefined && /[\w{]/.test(next)) {
        flushText();
        nodes.push(this.parseDollar());
      } else {
        text += char;
        this.position += 1;
      }
    }
    flushText();
    return nodes;
  }

  private parseDollar(): SnippetNode {
    const simple = /^\$(?:(\d+)|([A-Za-z_]\w*))/.exec(this.source.slice(this.position));
    if (simple) {
      this.position += simple[0].length;
      return simple[1] !== undefined
        ? { kind: 'tabstop', index: Number(simple[1]), placeholder: undefined }
        : { kind: 'variable', name: simple[2]!, fallback: undefined };
    }
    const start = this.position;
    const braced = /^\$\{(?:(\d+)|([A-Za-z_]\w*))/.exec(this.source.slice(start));
    if (!braced) throw this.error(start, 'a tab stop number or a variable name after "${"');
    this.position += braced[0].length;
    const index = braced[1] !== undefined ? Number(braced[1]) : undefined;
    const name = braced[2];
    const marker = this.source[this.position];
    this.position += 1;
    if (marker === '}')
      return index !== undefined
        ? { kind: 'tabstop', index, placeholder: undefined }
        : { kind: 'variable', name: name!, fallback: undefined };
    if (marker === ':') {
      const children = this.parseSequence(true);
      this.expect('}', start);
      return index !== undefined
        ? { kind: 'tabstop', index, placeholder: children }
        : { kind: 'variable', name: name!, fallback: children };
    }
    if (marker === '|' && index !== undefined) return { kind: 'choice', index, options: this.parseChoiceOptions(start) };
    if (marker === '/') throw this.error(start, 'no transform (not supported by this expander)');
    throw this.error(start, '"}", ":" or "|"');
  }

  private parseChoiceOptions(start: number): string[] {
    const options: string[] = [];
    let option = '';
    while (this.position < this.source.length) {
      const char = this.source[this.position]!;
      const next = this.source[this.position + 1];
      if (char === '\\' && next !== undefined && ',|\\'.includes(next)) {
        option += next;
        this.position += 2;
      } else if (char === ',') {
        options.push(option);
        option = '';
        this.position += 1;
      } else if (char === '|' && next === '}') {
        options.push(option);
        this.position += 2;
        return options;
      } else {
        option += char;
        this.position += 1;
      }
    }
    throw this.error(start, 'a choice closed by "|}"');
  }

  private expect(char: string, start: number): void {
    if (this.source[this.position] !== char) throw this.error(start, `"${char}"`);
    this.position += 1;
  }

  private error(start: number, expected: string): Error {
    return new Error(
      `Malformed snippet at offset ${start} (${JSON.stringify(this.source.slice(start, start + 30))}…): expected ${expected}`,
    );
  }
}
