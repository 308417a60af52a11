// The text the Insert Alert, Insert Include and Insert Persona Section commands write, and where
// they write it: plain functions of strings, so they are tested without VS Code.
import { posix } from 'node:path';

/** One entry of the contributed snippets file (snippets/learn-markdown.json). */
export interface SnippetEntry {
  prefix: string | string[];
  body: string | string[];
  description: string;
}

export type SnippetsFile = Record<string, SnippetEntry>;

/** A position or a selection in a document: 0-based lines, characters within the line. */
export interface TextSpan {
  startLine: number;
  startCharacter: number;
  endLine: number;
  endCharacter: number;
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const ATX_HEADING = /^ {0,3}#{1,6}[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

// ---- Snippets: the one source of the inserted alert and persona text ----

export function snippetByPrefix(snippets: SnippetsFile, prefix: string): SnippetEntry | undefined {
  return Object.values(snippets).find((snippet) =>
    (typeof snippet.prefix === 'string' ? [snippet.prefix] : snippet.prefix).includes(prefix),
  );
}

export function snippetBodyText(snippet: SnippetEntry): string {
  return typeof snippet.body === 'string' ? snippet.body : snippet.body.join('\n');
}

export interface AlertChoice {
  type: string;
  /** What the alert is for; also the body text when nothing is selected. */
  purpose: string;
}

const ALERT_SNIPPET = /^> \[!([A-Z]+)\]\n> \$\{1:\$\{TM_SELECTED_TEXT:([^}]*)\}\}\$0$/;

/** The alert types of the alert snippets, in the snippets file's order. */
export function alertChoices(snippets: SnippetsFile): AlertChoice[] {
  const choices: AlertChoice[] = [];
  for (const snippet of Object.values(snippets)) {
    const alert = ALERT_SNIPPET.exec(snippetBodyText(snippet));
    if (alert) choices.push({ type: alert[1]!, purpose: alert[2]! });
  }
  return choices;
}

export interface PersonaChoice {
  label: string;
  description: string;
  /** Prefix of the snippet whose body is inserted. */
  prefix: string;
}

export const PERSONA_CHOICES: readonly PersonaChoice[] = [
  { label: 'Explorer', description: 'At the start of their journey: personal productivity', prefix: 'persona-explorer' },
  { label: 'Innovator', description: 'Transforming teamwork: departmental solutions', prefix: 'persona-innovator' },
  { label: 'Champion', description: 'Leading innovation across the organization', prefix: 'persona-champion' },
  { label: 'Any persona', description: 'A section to fill in for a persona of your own', prefix: 'persona' },
  { label: 'All three personas', description: 'An introduction, then Explorer, Innovator and Champion', prefix: 'personas' },
];

/** Persona names whose sections are siblings of each other (the headings the persona snippets write). */
const PERSONA_HEADING = /^(?:Explorer|Innovator|Champion)s?\b\s*:/i;
const HEADING_MARKS = /^ {0,3}(#{1,6})(?=[ \t]|$)/;

/**
 * The depth a persona section's heading takes when inserted after `line`: the same as a persona
 * heading above it (the sections are siblings), else one below the nearest heading above (an H2
 * right after the H1), and an H2 when no heading is above. A fixed H3 broke the outline after an H1.
 */
export function personaHeadingDepth(lines: readonly string[], line: number): number {
  let nearest: { depth: number; text: string } | undefined;
  for (const text of outsideFences(lines.slice(0, line + 1))) {
    const heading = ATX_HEADING.exec(text);
    if (heading) nearest = { depth: HEADING_MARKS.exec(text)![1]!.length, text: heading[1]! };
  }
  if (!nearest) return 2;
  if (PERSONA_HEADING.test(nearest.text)) return nearest.depth;
  return Math.min(nearest.depth + 1, 6);
}

/** The snippet body with its headings moved so that the first one has `depth`, the others keeping their place under it. */
export function withHeadingDepth(body: string, depth: number): string {
  const lines = body.split('\n');
  const first = lines.map((line) => HEADING_MARKS.exec(line)?.[1]?.length).find((found) => found !== undefined);
  if (first === undefined) return body;
  const shift = depth - first;
  return lines.map((line) => line.replace(HEADING_MARKS, (marks) => '#'.repeat(Math.min(Math.max(marks.length + shift, 1), 6)))).join('\n');
}

// ---- Blocks: alerts and persona sections stand as their own paragraphs ----

export interface BlockPlacement {
  /** What the block replaces. */
  range: TextSpan;
  /** The whole lines the selection covers, or undefined when nothing is selected. */
  selectedLines: string[] | undefined;
  /** Line breaks that keep a blank line between the block and the text around it. */
  before: string;
  after: string;
}

/**
 * Where a block goes. A selection is widened to whole lines and replaced (a selection that ends at
 * the start of a line leaves that line out). Without one, a blank cursor line is replaced, and
 * otherwise the block goes after the cursor's line. Blank lines separate the block from its
 * neighbours: without one, the next paragraph would be read as part of a blockquote.
 */
export function placeBlock(lines: readonly string[], selection: TextSpan): BlockPlacement {
  const isBlank = (line: number) => line < 0 || line >= lines.length || lines[line]!.trim() === '';
  const empty = selection.startLine === selection.endLine && selection.startCharacter === selection.endCharacter;
  if (empty && !isBlank(selection.startLine)) {
    const line = selection.startLine;
    const end = lines[line]!.length;
    return {
      range: { startLine: line, startCharacter: end, endLine: line, endCharacter: end },
      selectedLines: undefined,
      before: '\n\n',
      after: isBlank(line + 1) ? '' : '\n',
    };
  }
  const startLine = selection.startLine;
  const endLine = !empty && selection.endCharacter === 0 && selection.endLine > startLine ? selection.endLine - 1 : selection.endLine;
  return {
    range: { startLine, startCharacter: 0, endLine, endCharacter: lines[endLine]?.length ?? 0 },
    selectedLines: empty ? undefined : lines.slice(startLine, endLine + 1),
    before: isBlank(startLine - 1) ? '' : '\n',
    after: isBlank(endLine + 1) ? '' : '\n',
  };
}

/** Escapes text so a snippet inserts it as written. */
export function escapeSnippetText(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}

/**
 * An alert as snippet text: the marker, then the selected lines quoted (their shared indentation
 * kept in front of `>`, so an alert in a list item stays in it), or the alert's purpose to type over.
 */
export function alertSnippet(choice: AlertChoice, selectedLines: readonly string[] | undefined): string {
  const content = selectedLines?.some((line) => line.trim() !== '') ? trimBlankEdges(selectedLines) : undefined;
  if (!content) return `> [!${choice.type}]\n> \${1:${escapeSnippetText(choice.purpose)}}$0`;
  const indent = commonIndentation(content);
  const quoted = content.map((line) => (line.trim() === '' ? `${indent}>` : `${indent}> ${escapeSnippetText(line.slice(indent.length))}`));
  return [`${indent}> [!${choice.type}]`, ...quoted].join('\n') + '$0';
}

function trimBlankEdges(lines: readonly string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]!.trim() === '') start++;
  while (end > start && lines[end - 1]!.trim() === '') end--;
  return lines.slice(start, end);
}

function commonIndentation(lines: readonly string[]): string {
  let common: string | undefined;
  for (const line of lines) {
    if (line.trim() === '') continue;
    const indent = /^[ \t]*/.exec(line)![0];
    if (common === undefined || indent.length < common.length) common = indent;
  }
  return common ?? '';
}

// ---- Includes ----

export interface IncludeChoice {
  /** The include's file name. */
  label: string;
  /** Its path relative to the article, as the include will be written. */
  description: string;
  /** Its first lines. */
  detail: string;
  title: string;
  relativePath: string;
}

/** Path of `target` relative to the folder of `fromFile`, with forward slashes, as Learn links are written. */
export function relativeIncludePath(fromFile: string, target: string): string {
  const from = posix.dirname(fromFile.replace(/\\/g, '/'));
  return posix.relative(from, target.replace(/\\/g, '/'));
}

/** The lines after front matter, outside fenced code. */
function bodyLines(text: string): string[] {
  return outsideFences(text.replace(FRONT_MATTER, '').split(/\r?\n/));
}

/** The lines outside fenced code (the fence lines left out too), in order. */
function outsideFences(lines: readonly string[]): string[] {
  const outside: string[] = [];
  let fence: string | undefined;
  for (const line of lines) {
    const marker = FENCE.exec(line)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      continue;
    }
    if (marker) {
      fence = marker;
      continue;
    }
    outside.push(line);
  }
  return outside;
}

/** The include's first heading, else its file name without `.md` (the convention of Learn repositories). */
export function includeTitle(path: string, text: string): string {
  for (const line of bodyLines(text)) {
    const heading = ATX_HEADING.exec(line);
    if (heading) return cleanTitle(heading[1]!);
  }
  return posix.basename(path.replace(/\\/g, '/')).replace(/\.md$/i, '');
}

/** Brackets would end the title of `[!INCLUDE [title](path)]` early; emphasis and code marks are noise there. */
function cleanTitle(heading: string): string {
  return heading.replace(/[[\]*_`]/g, '').trim();
}

const PREVIEW_LINES = 3;
const PREVIEW_LENGTH = 200;

/** The first non-empty lines of the include (after its front matter), on one line. */
export function includePreview(text: string): string {
  const lines = text
    .replace(FRONT_MATTER, '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .slice(0, PREVIEW_LINES);
  const preview = lines.join(' ⏎ ');
  return preview.length > PREVIEW_LENGTH ? `${preview.slice(0, PREVIEW_LENGTH - 1)}…` : preview;
}

const PATH_ESCAPES: Record<string, string> = { ' ': '%20', '(': '%28', ')': '%29' };

/** `[!INCLUDE [title](path)]`, with the characters a Learn include path cannot hold encoded. */
export function includeDirective(title: string, relativePath: string): string {
  const path = relativePath.replace(/[ ()]/g, (character) => PATH_ESCAPES[character]!);
  return `[!INCLUDE [${cleanTitle(title)}](${path})]`;
}

/** The include files a writer can pick for an article: nearest folders first, then by path. */
export function includeChoices(activeFile: string, files: ReadonlyArray<{ path: string; text: string }>): IncludeChoice[] {
  const active = activeFile.replace(/\\/g, '/');
  return files
    .filter((file) => file.path.replace(/\\/g, '/') !== active)
    .map((file): IncludeChoice => {
      const relativePath = relativeIncludePath(active, file.path);
      return {
        label: posix.basename(file.path.replace(/\\/g, '/')),
        description: relativePath,
        detail: includePreview(file.text),
        title: includeTitle(file.path, file.text),
        relativePath,
      };
    })
    .sort((a, b) => climbs(a.relativePath) - climbs(b.relativePath) || a.relativePath.localeCompare(b.relativePath));
}

function climbs(relativePath: string): number {
  return relativePath.split('/').filter((segment) => segment === '..').length;
}
