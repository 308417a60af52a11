// Quick fixes that silence a finding instead of fixing it: a `guidance-lint-disable-next-line`
// comment above its line, a `guidance-lint-disable-file` comment after the front matter (the
// syntax of engine/suppressions.ts), or `"<id>": "off"` in the repository's configuration. The
// server only proposes edits; the editor applies them (the server never writes).
import { modify, parseTree, type ParseError } from 'jsonc-parser';
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit as LspTextEdit } from 'vscode-languageserver';
import { parseFrontMatter } from '../engine/parse/front-matter.js';
import { LineIndex } from '../engine/parse/text.js';
import { KNOWN_RULE_IDS, RULE_META_BY_ID } from '../engine/rules/registry.js';
import { pathToUri, toLspEdit } from './convert.js';

/** The configuration file a repository-wide setting goes into: its text, or undefined when it is to be created. */
export interface ConfigTarget {
  path: string;
  /** Shown in the action's title (relative to the workspace). */
  label: string;
  text: string | undefined;
}

export interface SilenceContext {
  uri: string;
  path: string;
  text: string;
  lines: LineIndex;
  /** Where `rules` for this file are written; undefined when there is no safe place (outside every workspace folder). */
  configTarget: () => ConfigTarget | undefined;
}

export const NEW_CONFIG_FILE = '.guidancelint.jsonc';

const NEXT_LINE_DIRECTIVE = /^[ \t>]*<!--\s*guidance-lint-disable-next-line\s[^>]*-->[ \t]*$/;
/** Block quote markers and indentation: a comment above a line inside `> [!TIP]` must stay inside the quote. */
const LINE_PREFIX = /^[ \t>]*/;

export function silenceActions(context: SilenceContext, diagnostic: Diagnostic, ruleId: string): CodeAction[] {
  const actions: CodeAction[] = [];
  const { text, lines } = context;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const frontMatter = parseFrontMatter(text, lines);
  const bodyStart = frontMatter?.closed ? frontMatter.bodyStart : 0;
  const line = diagnostic.range.start.line + 1;
  // Suppression comments are Markdown; the engine's own findings (a file not checked at all) are not silenced by them.
  const commentable = RULE_META_BY_ID.get(ruleId)?.docs.category !== 'engine' && line <= lines.lineCount;
  const insideFrontMatter = frontMatter !== undefined && lines.lineStart(line) < (frontMatter.closed ? bodyStart : text.length);
  if (commentable && !insideFrontMatter) {
    actions.push(action(`Disable ${ruleId} for this line`, diagnostic, { [context.uri]: [nextLineEdit(lines, line, ruleId, eol)] }));
  }
  if (commentable && !(frontMatter && !frontMatter.closed)) {
    const separator = bodyStart > 0 && !/\r?\n$/.test(text.slice(0, bodyStart)) ? eol : '';
    const insert = toLspEdit(
      { start: bodyStart, end: bodyStart, newText: `${separator}<!-- guidance-lint-disable-file ${ruleId} -->${eol}` },
      lines,
    );
    actions.push(action(`Disable ${ruleId} for this file`, diagnostic, { [context.uri]: [insert] }));
  }
  if (KNOWN_RULE_IDS.has(ruleId)) {
    const repository = repositoryAction(context, diagnostic, ruleId);
    if (repository) actions.push(repository);
  }
  return actions;
}

/** A comment above the line, or the id added to the disable-next-line comment already there. */
function nextLineEdit(lines: LineIndex, line: number, ruleId: string, eol: string): LspTextEdit {
  const previous = line > 1 ? lines.lineText(line - 1) : '';
  if (NEXT_LINE_DIRECTIVE.test(previous)) {
    const close = previous.lastIndexOf('-->');
    const at = previous.slice(0, close).trimEnd().length;
    const offset = lines.lineStart(line - 1) + at;
    return toLspEdit({ start: offset, end: offset, newText: ` ${ruleId}` }, lines);
  }
  const start = lines.lineStart(line);
  const prefix = LINE_PREFIX.exec(lines.lineText(line))![0];
  return toLspEdit({ start, end: start, newText: `${prefix}<!-- guidance-lint-disable-next-line ${ruleId} -->${eol}` }, lines);
}

function repositoryAction(context: SilenceContext, diagnostic: Diagnostic, ruleId: string): CodeAction | undefined {
  const target = context.configTarget();
  if (!target) return undefined;
  const title = `Disable ${ruleId} for the repository (${target.label})`;
  const uri = pathToUri(target.path);
  if (target.text === undefined) {
    const content = `${JSON.stringify({ rules: { [ruleId]: 'off' } }, null, 2)}\n`;
    return {
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: {
        documentChanges: [
          { kind: 'create', uri, options: { ignoreIfExists: true } },
          {
            textDocument: { uri, version: null },
            edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: content }],
          },
        ],
      },
    };
  }
  // A configuration that does not parse is left for the writer to repair (the server reports it).
  const errors: ParseError[] = [];
  const tree = parseTree(target.text, errors, { allowTrailingComma: true });
  if (errors.length > 0 || tree?.type !== 'object') return undefined;
  const eol = target.text.includes('\r\n') ? '\r\n' : '\n';
  const configLines = new LineIndex(target.text);
  const edits = modify(target.text, ['rules', ruleId], 'off', { formattingOptions: { insertSpaces: true, tabSize: 2, eol } });
  if (edits.length === 0) return undefined;
  return action(title, diagnostic, {
    [uri]: edits.map((edit) => toLspEdit({ start: edit.offset, end: edit.offset + edit.length, newText: edit.content }, configLines)),
  });
}

function action(title: string, diagnostic: Diagnostic, changes: Record<string, LspTextEdit[]>): CodeAction {
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: { changes } };
}
