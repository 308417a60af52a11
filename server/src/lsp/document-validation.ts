// When documents are checked: on open, while typing (debounced) or on save (`guidanceLint.run`),
// and the other files an edit affects (linkers of a renamed heading, includers); after a change of
// settings, every file whose diagnostics are shown. The checks themselves run in DocumentChecks;
// what is shown is the DiagnosticsPublisher's decision.
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isInside } from '../engine/fs/file-system.js';
import type { OverlayFileSystem } from '../engine/fs/overlay-file-system.js';
import type { Finding } from '../engine/types.js';
import { tocFormatOf } from '../engine/parse/toc.js';
import { isCheckedRedirectionFile } from '../engine/workspace/graph/redirection-checks.js';
import { isMarkdownPath } from '../engine/workspace/index.js';
import { DEFAULT_TIME_BUDGET_MS } from '../parallel/pool.js';
import { pathToUri, uriToPath } from './convert.js';
import type { DiagnosticsPublisher } from './diagnostics-publisher.js';
import type { CheckedDocument, DocumentChecks } from './document-checks.js';
import type { ServerGuard } from './guard.js';
import type { ServerSettings } from './settings.js';
import type { ServerWorkspaceIndex } from './workspace-index.js';

/** Typing pauses this long before a check starts. */
export const DEBOUNCE_MS = 150;

export interface DocumentValidationHost {
  documents: TextDocuments<TextDocument>;
  fs: OverlayFileSystem;
  checks: DocumentChecks;
  graph: ServerWorkspaceIndex;
  publisher: DiagnosticsPublisher;
  guard: ServerGuard;
  settings: () => ServerSettings;
  /** Until the client's settings arrive, checking would use defaults the user may have turned off. */
  settingsLoaded: () => boolean;
  /** Checks these files again as Validate Repository does (repository mode, all cores). */
  revalidateRepositoryFiles: (paths: string[]) => void;
}

export class DocumentValidation {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Open documents by whether their last check in the worker ended within the time budget. */
  private readonly inTime = new Map<string, boolean>();
  /** Open documents by the version of their last full check (not an early one, made before the index was built). */
  private readonly fullyChecked = new Map<string, number>();

  constructor(private readonly host: DocumentValidationHost) {}

  /** Whether the open document's last check ended within the time budget (so the main thread may parse it in full). */
  checkedInTime(uri: string): boolean {
    return this.inTime.get(uri) === true;
  }

  opened(document: TextDocument): void {
    this.host.guard.run('checking an opened document', document.uri, () => this.validateNow(document), undefined);
  }

  changed(document: TextDocument): void {
    if (this.host.settings().run === 'onType') this.schedule(document);
  }

  saved(document: TextDocument): void {
    if (this.host.settings().run === 'onSave')
      this.host.guard.run('checking a saved document', document.uri, () => this.validateNow(document), undefined);
  }

  closed(document: TextDocument): void {
    const { checks, graph, publisher, fs } = this.host;
    clearTimeout(this.timers.get(document.uri));
    this.inTime.delete(document.uri);
    this.fullyChecked.delete(document.uri);
    const path = uriToPath(document.uri);
    if (path) {
      fs.deleteOverlay(path);
      checks.closed(path);
      this.recheck(graph.documentChanged(path));
    }
    if (path && publisher.isValidated(path) && this.host.settings().enable) checks.request(path, undefined, undefined);
    else publisher.clear(document.uri);
  }

  /** Watched files changed on disk: `dependents`' findings may have changed; a deleted file (or folder) shows nothing. */
  filesChanged(dependents: Set<string>, deleted: string[]): void {
    const { documents, publisher } = this.host;
    for (const uri of publisher.publishedUris()) {
      const path = uriToPath(uri);
      if (path && !documents.get(uri) && deleted.some((gone) => path === gone || isInside(path, gone))) publisher.clear(uri);
    }
    this.revalidateOpenDocuments();
    this.recheck(dependents);
  }

  revalidateOpenDocuments(): void {
    for (const document of this.host.documents.all())
      this.host.guard.run('checking an open document', document.uri, () => this.validateNow(document), undefined);
  }

  /**
   * Settings changed: open documents and every closed file whose diagnostics are shown are checked
   * again, so none keeps findings of the old settings: Validate Repository's files as it checks them,
   * the others (a linker's link findings) as an edit elsewhere does.
   */
  revalidatePublished(): void {
    this.revalidateOpenDocuments();
    const { documents, publisher, checks } = this.host;
    const validated: string[] = [];
    for (const uri of publisher.publishedUris()) {
      const path = uriToPath(uri);
      if (!path || documents.get(uri)) continue;
      if (!this.host.settings().enable) publisher.clear(uri);
      else if (publisher.isValidated(path)) validated.push(path);
      else checks.request(path, undefined, undefined);
    }
    if (validated.length > 0) this.host.revalidateRepositoryFiles(validated);
  }

  /**
   * A worker's result: published unless the document was opened or closed since it was asked for.
   * While the index is built, results of an open document come from two workers: an older version's
   * never replaces a newer one's, nor an early check's the full check of its version.
   */
  checked({ path, text, version, findings, lines, failed, timedOut, beforeIndex }: CheckedDocument): void {
    const uri = pathToUri(path);
    const open = this.host.documents.get(uri);
    if ((text === undefined) !== (open === undefined) || !this.host.settings().enable) return;
    if (version !== undefined) {
      const shown = this.host.publisher.result(uri)?.version;
      if (shown !== undefined && shown > version) return;
      if (beforeIndex && (this.fullyChecked.get(uri) ?? -1) >= version) return;
      if (!beforeIndex) this.fullyChecked.set(uri, version);
    }
    if (!failed) this.host.guard.configurationWorked();
    if (text !== undefined) this.inTime.set(uri, !timedOut);
    this.host.publisher.publishChecked(uri, { findings, lines, version }, open !== undefined);
  }

  /**
   * The findings of the open document's current text: the published ones when they belong to its
   * version, else those of a check started now (on save with `run: onSave`, the last check is of an
   * older version). Undefined when checking is off, or the check did not end in time.
   */
  async currentFindings(document: TextDocument, cancelled: () => boolean): Promise<Finding[] | undefined> {
    const published = this.host.publisher.result(document.uri);
    if (published?.version === document.version) return published.findings;
    if (!this.host.settingsLoaded() || !this.host.settings().enable) return undefined;
    clearTimeout(this.timers.get(document.uri));
    this.validateNow(document);
    const result = await this.host.publisher.whenPublished(document.uri, document.version, DEFAULT_TIME_BUDGET_MS, cancelled);
    return result?.version === document.version ? result.findings : undefined;
  }

  private schedule(document: TextDocument): void {
    clearTimeout(this.timers.get(document.uri));
    this.timers.set(
      document.uri,
      setTimeout(() => {
        this.timers.delete(document.uri);
        const current = this.host.documents.get(document.uri);
        if (current) this.host.guard.run('checking an edited document', current.uri, () => this.validateNow(current), undefined);
      }, DEBOUNCE_MS),
    );
  }

  private validateNow(document: TextDocument): void {
    const path = uriToPath(document.uri);
    if (!path) return;
    const text: unknown = document.getText();
    if (typeof text !== 'string')
      throw new Error(`the editor sent ${path} without its text (a ${text === null ? 'null' : typeof text} instead of a string)`);
    this.host.fs.setOverlay(path, text);
    if (!this.host.settingsLoaded()) return;
    if (!this.host.settings().enable) {
      this.host.publisher.publish(document.uri, { findings: [], lines: undefined, version: document.version });
      return;
    }
    this.host.checks.request(path, text, document.version);
    // Every article depends on a redirection file: they are re-checked when it is saved, not per keystroke.
    if (!isCheckedRedirectionFile(path)) this.recheck(this.host.graph.documentChanged(path));
  }

  /** The index was built: the files affected by changes made while it was being built. */
  recheckAfterIndexing(dependents: Set<string>): void {
    this.recheck(dependents);
  }

  /** Re-checks files whose findings depend on a change elsewhere (linkers of a renamed heading…), open or not. */
  private recheck(paths: Set<string>): void {
    if (!this.host.settings().enable) return;
    for (const path of paths) {
      if (!isMarkdownPath(path) && !tocFormatOf(path)) continue;
      const open = this.host.documents.get(pathToUri(path));
      if (open) {
        this.schedule(open);
        continue;
      }
      this.host.checks.request(path, undefined, undefined);
    }
  }
}
