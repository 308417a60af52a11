// Code actions: Fix all (fix-all.ts) and quick fixes for the diagnostics the editor sends back —
// the finding's own fix and suggestions, read from `Diagnostic.data` (convert.ts), the repair of a
// link to a heading renamed in this session (heading-renames.ts), and the actions that silence a
// finding (silence-actions.ts). They are computed on the document's text now: the
// open buffer, or the file on disk for a closed file in the Problems panel. A diagnostic whose data
// no longer matches that text gets no fix.
import {
  type CancellationToken,
  type CodeAction,
  CodeActionKind,
  type CodeActionParams,
  type Diagnostic,
  type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigFile, ConfigLoader } from '../engine/config/config.js';
import { dirname, type FileSystem, isInside, joinPath, relativePath } from '../engine/fs/file-system.js';
import { decodeText, LineIndex } from '../engine/parse/text.js';
import type { TextEdit } from '../engine/types.js';
import { type DiagnosticData, toLspEdit, uriToPath } from './convert.js';
import type { DocumentValidation } from './document-validation.js';
import { FIX_ALL_KIND, fixAllAction, requestsKind } from './fix-all.js';
import { type ConfigTarget, NEW_CONFIG_FILE, type SilenceContext, silenceActions } from './silence-actions.js';

export interface CodeActionHost {
  documents: TextDocuments<TextDocument>;
  validation: DocumentValidation;
  /** Files as the editor sees them. */
  fs: FileSystem;
  workspaceFolders: () => string[];
  config: () => ConfigLoader;
  /** Headings renamed in this session (heading-renames.ts). */
  headingRenames: RenamedHeadingFixes;
}

export interface RenamedHeadingFixes {
  /** The repairs of a diagnostic's link to a heading renamed in this session, computed on `text`, the document now. */
  quickFixes(path: string, text: string, lines: LineIndex, diagnostic: Diagnostic, data: DiagnosticData): CodeAction[];
}

export async function codeActions(
  host: CodeActionHost,
  { textDocument: { uri }, context: { diagnostics, only } }: CodeActionParams,
  token: CancellationToken,
): Promise<CodeAction[]> {
  const path = uriToPath(uri);
  if (!path) return [];
  const actions: CodeAction[] = [];
  const open = host.documents.get(uri);
  if (open && requestsKind(only, FIX_ALL_KIND)) {
    const version = open.version;
    const findings = await host.validation.currentFindings(open, () => token.isCancellationRequested);
    const current = host.documents.get(uri);
    if (findings && current?.version === version) {
      const text = current.getText();
      const fixAll = fixAllAction(uri, text, findings, new LineIndex(text));
      if (fixAll) actions.push(fixAll);
    }
  }
  if (!requestsKind(only, CodeActionKind.QuickFix) || diagnostics.length === 0) return actions;
  const text = host.documents.get(uri)?.getText() ?? textOnDisk(host.fs, path);
  if (text === undefined) return actions;
  const lines = new LineIndex(text);
  const context: QuickFixContext = {
    uri,
    path,
    text,
    lines,
    configTarget: () => configTarget(host, path),
    renamedHeadingFixes: (diagnostic, data) => host.headingRenames.quickFixes(path, text, lines, diagnostic, data),
  };
  actions.push(...quickFixActions(context, diagnostics));
  return actions;
}

/** A closed file's text as the editor would open it; undefined when it cannot be read as text. */
export function textOnDisk(fs: FileSystem, path: string): string | undefined {
  const bytes = fs.readFile(path);
  const decoded = bytes && decodeText(bytes);
  return decoded?.kind === 'text' ? decoded.value.text : undefined;
}

/**
 * Where "disable for the repository" writes: the nearest configuration file inside the file's
 * workspace folder, else a new one at that folder's root. Nothing outside the workspace is written.
 */
function configTarget(host: CodeActionHost, path: string): ConfigTarget | undefined {
  const folder = host.workspaceFolders().find((candidate) => isInside(path, candidate));
  if (!folder) return undefined;
  let chain: ConfigFile[];
  try {
    chain = host.config().chainFor(dirname(path));
  } catch {
    // An invalid configuration is reported as such; it is not edited.
    return undefined;
  }
  const nearest = chain.filter((file) => isInside(file.path, folder)).at(-1);
  if (!nearest) return { path: joinPath(folder, NEW_CONFIG_FILE), label: NEW_CONFIG_FILE, text: undefined };
  const text = textOnDisk(host.fs, nearest.path);
  return text === undefined ? undefined : { path: nearest.path, label: relativePath(folder, nearest.path), text };
}

export interface QuickFixContext extends SilenceContext {
  /** The document's text now, and its lines. */
  text: string;
  lines: LineIndex;
  /** The repairs of a link to a heading renamed in this session, first among the diagnostic's actions. */
  renamedHeadingFixes?: (diagnostic: Diagnostic, data: DiagnosticData) => CodeAction[];
}

export function quickFixActions(context: QuickFixContext, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    const data = diagnosticData(diagnostic);
    if (!data || !matchesText(data, diagnostic, context)) continue;
    actions.push(...(context.renamedHeadingFixes?.(diagnostic, data) ?? []));
    for (const fix of data.fixes ?? []) {
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: fix.preferred,
        edit: { changes: { [context.uri]: fix.edits.map((edit) => toLspEdit(edit, context.lines)) } },
      });
    }
    // A safe fix is right in every case (rule.ts): the finding is fixed, not silenced.
    if (!data.fixes?.some((fix) => fix.preferred)) actions.push(...silenceActions(context, diagnostic, data.ruleId));
  }
  return actions;
}

/** The diagnostic's data when it has our shape: it comes back from the client, which may send anything. */
export function diagnosticData(diagnostic: Diagnostic): DiagnosticData | undefined {
  const data = diagnostic.data as Partial<DiagnosticData> | undefined;
  if (!data || typeof data !== 'object' || typeof data.ruleId !== 'string' || typeof data.offset !== 'number') return undefined;
  if (data.fixes !== undefined && !(Array.isArray(data.fixes) && data.fixes.every(isFix))) return undefined;
  return data as DiagnosticData;
}

function isFix(value: unknown): boolean {
  const fix = value as { title?: unknown; edits?: unknown; preferred?: unknown } | null;
  return (
    typeof fix === 'object' &&
    fix !== null &&
    typeof fix.title === 'string' &&
    typeof fix.preferred === 'boolean' &&
    Array.isArray(fix.edits) &&
    fix.edits.every(isEdit)
  );
}

function isEdit(value: unknown): boolean {
  const edit = value as Partial<TextEdit> | null;
  return (
    typeof edit === 'object' &&
    edit !== null &&
    Number.isInteger(edit.start) &&
    Number.isInteger(edit.end) &&
    edit.start! <= edit.end! &&
    typeof edit.newText === 'string'
  );
}

/**
 * The text is still the one checked when the finding's offset falls where the diagnostic starts and
 * every edit lies inside the text; an edit made since (above the finding) moves one and not the other.
 */
function matchesText(data: DiagnosticData, diagnostic: Diagnostic, { text, lines }: QuickFixContext): boolean {
  if (data.offset > text.length) return false;
  const start = lines.point(data.offset);
  if (start.line - 1 !== diagnostic.range.start.line || start.column - 1 !== diagnostic.range.start.character) return false;
  return (data.fixes ?? []).every((fix) => fix.edits.every((edit) => edit.end <= text.length));
}
