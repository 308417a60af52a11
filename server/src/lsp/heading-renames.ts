// Headings renamed by hand in this session. F2 renames a heading and the links to it together
// (features/headings.ts); a writer who retypes the heading instead breaks those links, and the new
// id is usually too far from the old one for link-anchor-not-found's "did you mean" ("Install" ->
// "Set up the tools"). The server sees each checked version of an open document, so it compares the
// headings of successive versions: the heading at the same place in the outline whose id changed
// was renamed. It remembers old id -> new id per file for the session; a link-anchor-not-found
// finding that names an old id says what the heading became, and its quick fixes change the link,
// or every link to the old anchor at once, as F2 would have. Session knowledge of the editor only:
// the CLI and CI never see it. Ids come from the document model (`learnHeadingId`), never computed here.
import { type CodeAction, CodeActionKind, type Diagnostic } from 'vscode-languageserver';
import { ConfigError } from '../engine/config/config.js';
import type { FileSystem } from '../engine/fs/file-system.js';
import { DEFAULT_MAX_FILE_SIZE, exceededLimit } from '../engine/limits.js';
import type { Linter } from '../engine/lint.js';
import { type DocumentModel, type HeadingInfo, parseDocument } from '../engine/parse/document.js';
import { learnHeadingId } from '../engine/parse/learn-syntax.js';
import type { LineIndex } from '../engine/parse/text.js';
import { anchorFileName, anchorNotFoundMessage, linkAnchorNotFound } from '../engine/rules/link-anchor-not-found.js';
import type { Finding } from '../engine/types.js';
import { scanMarkdown } from '../engine/workspace/graph/scan.js';
import { textOnDisk } from './code-actions.js';
import { type DiagnosticData, pathToUri, toLspEdit } from './convert.js';
import type { CheckedDocument } from './document-checks.js';
import { anchorEdits, anchorReferrers, destinationTargetAt, referrerSources } from './features/headings.js';

/** A section heading as the outline comparison needs it (tab headings are not sections). */
export interface OutlineHeading {
  /** Learn id, numbered when repeated. */
  id: string;
  text: string;
}

export interface HeadingRename {
  from: string;
  to: string;
  fromText: string;
  toText: string;
}

/** What a heading of `file` that was `oldId` is called now. */
export interface RenamedHeading {
  file: string;
  oldId: string;
  oldText: string;
  id: string;
  text: string;
}

/** Renames remembered for the whole session, oldest forgotten first. */
export const MAX_REMEMBERED_RENAMES = 200;

export function sectionHeadings(headings: readonly HeadingInfo[]): OutlineHeading[] {
  return headings.filter((heading) => !heading.isTab).map(({ id, text }) => ({ id, text }));
}

/**
 * The headings of `after` that are headings of `before` under another id. Headings are matched by
 * place: the unchanged start and end of the outline (by the id the text gives before numbering),
 * and between them, when both sides have as many headings, each with the one at the same place; an
 * inserted or deleted heading there makes the middle ambiguous, and nothing in it is matched. A
 * match is a rename only when the old id is gone (a link to an id that still exists is not broken)
 * and the new id is new, unless the heading kept its text and only its repeat number changed.
 */
export function detectHeadingRenames(before: readonly OutlineHeading[], after: readonly OutlineHeading[]): HeadingRename[] {
  const key = (heading: OutlineHeading) => learnHeadingId(heading.text);
  const shorter = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shorter && key(before[prefix]!) === key(after[prefix]!)) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && key(before.at(-1 - suffix)!) === key(after.at(-1 - suffix)!)) suffix++;
  const pairs: Array<[OutlineHeading, OutlineHeading]> = [];
  for (let place = 0; place < prefix; place++) pairs.push([before[place]!, after[place]!]);
  for (let place = 1; place <= suffix; place++) pairs.push([before.at(-place)!, after.at(-place)!]);
  if (before.length === after.length)
    for (let place = prefix; place < before.length - suffix; place++) pairs.push([before[place]!, after[place]!]);
  const beforeIds = new Set(before.map((heading) => heading.id));
  const afterIds = new Set(after.map((heading) => heading.id));
  return pairs
    .filter(([old, now]) => old.id !== now.id && !afterIds.has(old.id) && (key(old) === key(now) || !beforeIds.has(now.id)))
    .map(([old, now]) => ({ from: old.id, to: now.id, fromText: old.text, toText: now.text }));
}

/** The renames seen in the session. */
export class HeadingRenameMemory {
  /** By file and old id, oldest first. */
  private readonly renames = new Map<string, RenamedHeading>();

  /** The headings of a file changed from `before` to `after` (two versions of an open document). */
  changed(file: string, before: readonly OutlineHeading[], after: readonly OutlineHeading[]): void {
    for (const rename of detectHeadingRenames(before, after)) this.remember(file, rename);
    const ids = new Set(after.map((heading) => heading.id));
    for (const [key, entry] of this.renames) {
      // The old id is back (an undo, a heading written again): its links work. The new id is gone: it names nothing.
      if (entry.file === file && (ids.has(entry.oldId) || !ids.has(entry.id))) this.renames.delete(key);
    }
  }

  /** Whether any file had a heading `anchor` (any case) renamed: a cheap test before resolving a link. */
  mayBeRenamed(anchor: string): boolean {
    const wanted = anchor.toLowerCase();
    for (const entry of this.renames.values()) if (entry.oldId === wanted && entry.id !== '') return true;
    return false;
  }

  /**
   * The rename of heading `anchor` in the page `target`: a heading of the page itself or of a file
   * it includes (`includersOf` names the pages an include is rendered in), the latest seen first.
   */
  renamedIn(target: string, anchor: string, includersOf: (file: string) => string[]): RenamedHeading | undefined {
    const wanted = anchor.toLowerCase();
    const matches = [...this.renames.values()].filter((entry) => entry.oldId === wanted && entry.id !== '');
    return matches.reverse().find((entry) => entry.file === target || includersOf(entry.file).includes(target));
  }

  private remember(file: string, rename: HeadingRename): void {
    let chained = false;
    for (const entry of this.renames.values()) {
      // Typing a new heading passes through several checked versions: "Install", "S", "Set up", … is one rename.
      if (entry.file === file && entry.id === rename.from) {
        entry.id = rename.to;
        entry.text = rename.toText;
        chained = true;
      }
    }
    // A heading written empty first and then typed was added, not renamed.
    if (chained || rename.from === '') return;
    const key = `${file}\n${rename.from}`;
    this.renames.delete(key);
    this.renames.set(key, { file, oldId: rename.from, oldText: rename.fromText, id: rename.to, text: rename.toText });
    for (const oldest of this.renames.keys()) {
      if (this.renames.size <= MAX_REMEMBERED_RENAMES) break;
      this.renames.delete(oldest);
    }
  }
}

export interface HeadingRenamesHost {
  /** The main thread's Linter: configuration and the workspace index. */
  linter: () => Linter;
  /** Files as the editor sees them. */
  fs: FileSystem;
  isOpen: (path: string) => boolean;
}

/** A broken `#anchor` that names a heading renamed in this session. */
interface RenamedAnchor {
  /** The page the link points to. */
  target: string;
  anchor: string;
  heading: RenamedHeading;
}

/** An open document's last checked version: its text, its scanned anchors and, once parsed, its headings. */
interface SeenVersion {
  text: string;
  anchors: string;
  outline?: OutlineHeading[];
}

/** The language server's side: watches checked documents, words the findings, offers the fixes. */
export class HeadingRenames {
  private readonly memory = new HeadingRenameMemory();
  private readonly seen = new Map<string, SeenVersion>();

  constructor(private readonly host: HeadingRenamesHost) {}

  /** The document was closed: its next version (from a disk that may have changed) is not compared with this one. Its renames stay. */
  closed(path: string): void {
    this.seen.delete(path);
  }

  /**
   * A check's result on its way to the Problems panel: an open document's headings are compared
   * with its last checked version (parsed here only when the worker checked it within the time
   * budget, as the main thread's other parses), and each link-anchor-not-found finding that names a
   * renamed heading says so. Its "did you mean" is dropped: the rename is known.
   */
  checked(checked: CheckedDocument): CheckedDocument {
    return configured(checked, () => this.renamesChecked(checked));
  }

  /** The quick fixes of a link-anchor-not-found diagnostic whose anchor names a renamed heading; computed on `text`, the document now. */
  quickFixes(path: string, text: string, lines: LineIndex, diagnostic: Diagnostic, data: DiagnosticData): CodeAction[] {
    return configured([], () => this.renameFixes(path, text, lines, diagnostic, data));
  }

  private renamesChecked(checked: CheckedDocument): CheckedDocument {
    const { path, failed, timedOut } = checked;
    if (failed || timedOut) return checked;
    let model = checked.text !== undefined && this.host.isOpen(path) ? this.observe(path, checked.text) : undefined;
    if (!checked.findings.some((finding) => finding.ruleId === linkAnchorNotFound.meta.id)) return checked;
    const text = checked.text ?? textOnDisk(this.host.fs, path);
    if (text === undefined) return checked;
    const findings = checked.findings.map((finding) => {
      if (finding.ruleId !== linkAnchorNotFound.meta.id) return finding;
      const start = finding.range.start.offset;
      if (!this.memory.mayBeRenamed(text.slice(start + 1, finding.range.end.offset))) return finding;
      model ??= this.parse(path, text);
      const renamed = model && this.renamedAnchor(model, start, finding.range.end.offset);
      return renamed ? renamedFinding(finding, path, renamed) : finding;
    });
    return { ...checked, findings };
  }

  /**
   * Compares an open document's checked version with the last one. The index's line scan (a
   * hundredth of a parse) says whether any heading id may have changed: most versions change only
   * prose, and the main thread parses the two versions in full only when it did (a long article
   * costs it 200 ms, a hostile one half a second). Returns the new version's model when it was parsed.
   */
  private observe(path: string, text: string): DocumentModel | undefined {
    const anchors = scanMarkdown(text).anchors.join('\n');
    const last = this.seen.get(path);
    if (!last || last.anchors === anchors) {
      this.seen.set(path, { text, anchors, ...(last?.outline ? { outline: last.outline } : {}) });
      return undefined;
    }
    const before = last.outline ?? this.outlineOf(path, last.text);
    const model = this.parse(path, text);
    const after = model && sectionHeadings(model.headings);
    if (before && after) this.memory.changed(path, before, after);
    this.seen.set(path, { text, anchors, ...(after ? { outline: after } : {}) });
    return model;
  }

  private outlineOf(path: string, text: string): OutlineHeading[] | undefined {
    const model = this.parse(path, text);
    return model && sectionHeadings(model.headings);
  }

  private renameFixes(path: string, text: string, lines: LineIndex, diagnostic: Diagnostic, data: DiagnosticData): CodeAction[] {
    if (data.ruleId !== linkAnchorNotFound.meta.id) return [];
    const end = lines.lineStart(diagnostic.range.end.line + 1) + diagnostic.range.end.character;
    if (end > text.length || !this.memory.mayBeRenamed(text.slice(data.offset + 1, end))) return [];
    const model = this.parse(path, text);
    const renamed = model && this.renamedAnchor(model, data.offset, end);
    const index = this.host.linter().environment.index;
    if (!renamed || !index) return [];
    const { id } = renamed.heading;
    const actions: CodeAction[] = [
      {
        title: `Change to "#${id}"`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: { changes: { [pathToUri(path)]: [toLspEdit({ start: data.offset + 1, end, newText: id }, lines)] } },
      },
    ];
    const sources = referrerSources({ fs: this.host.fs, linter: this.host.linter() }, index, { path, model });
    const referrers = anchorReferrers(sources, renamed.heading.file, renamed.heading.oldId);
    if (referrers.length > 1) {
      actions.push({
        title: `Update ${referrers.length} links to the renamed heading`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: { changes: anchorEdits(referrers, id) },
      });
    }
    return actions;
  }

  /** The renamed heading the link at `start` (its `#`) to `end` names, when the page it points to is the one the heading was renamed in. */
  private renamedAnchor(model: DocumentModel, start: number, end: number): RenamedAnchor | undefined {
    const anchor = model.text.slice(start + 1, end);
    const linter = this.host.linter();
    const index = linter.environment.index;
    if (!index || model.text[start] !== '#') return undefined;
    const target = destinationTargetAt(index, linter.config.resolve(model.path).docsets, model, start);
    if (target === undefined) return undefined;
    const heading = this.memory.renamedIn(target, anchor, (file) => index.includersOf(file));
    return heading && { target, anchor, heading };
  }

  /** The document in full, unless over a size or nesting limit (then, as for the linter, it is not parsed). */
  private parse(path: string, text: string): DocumentModel | undefined {
    const maxFileSize = this.host.linter().config.resolve(path).maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    return exceededLimit(text, maxFileSize) ? undefined : parseDocument(path, text);
  }
}

/** An invalid configuration is reported by the checks themselves; here it only means nothing is added. */
function configured<T>(fallback: T, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof ConfigError) return fallback;
    throw error;
  }
}

function renamedFinding({ file, ruleId, severity, range }: Finding, path: string, { target, anchor, heading }: RenamedAnchor): Finding {
  const message = anchorNotFoundMessage(anchor, anchorFileName(path, target), { renamedFrom: heading.oldText, renamedTo: heading.text });
  return { file, ruleId, severity, range, message };
}
