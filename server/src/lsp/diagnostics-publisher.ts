// What the Problems panel shows, and for which files. The writer asked for two things: the open
// documents, and the files Validate Repository reported on; those are published in full and kept
// current. A closed file that is neither, re-checked because a file it links to changed (a heading
// renamed, an article moved), shows only the findings another file's edit can change (links, tables
// of contents), and only while it has some: its other findings were not asked for and would flood
// the panel. Findings in the repository's baseline are shown as hints (baseline-findings.ts).
import type { Connection } from 'vscode-languageserver';
import type { DocumentModel } from '../engine/parse/document.js';
import type { LineIndex } from '../engine/parse/text.js';
import { internalError } from '../engine/rules/engine-rules.js';
import { RULE_META_BY_ID } from '../engine/rules/registry.js';
import type { Finding, SeveritySetting } from '../engine/types.js';
import { baselinedDiagnostic, type BaselineSplit } from './baseline-findings.js';
import { toDiagnostic, uriToPath } from './convert.js';

/** Rule families whose findings in one file change when another file changes. */
const CROSS_FILE_CATEGORIES = new Set(['links', 'toc']);

export interface PublishedResult {
  findings: Finding[];
  /** Lines of the text checked (open documents). */
  lines: LineIndex | undefined;
  model?: DocumentModel;
  version: number | undefined;
}

interface VersionWaiter {
  version: number;
  resolve: (result: PublishedResult | undefined) => void;
}

export class DiagnosticsPublisher {
  private readonly results = new Map<string, PublishedResult>();
  /** Files Validate Repository reported on: published in full, also while closed. */
  private readonly validated = new Set<string>();
  private readonly waiters = new Map<string, VersionWaiter[]>();
  private readonly loggedInternalErrors = new Set<string>();
  /** Documents showing a failed check's one diagnostic, which `results` does not hold. */
  private readonly failed = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly severityFor: (ruleId: string, path: string) => SeveritySetting,
    private readonly baseline: { split: (path: string, findings: readonly Finding[]) => BaselineSplit },
  ) {}

  /** The result last published for a document. */
  result(uri: string): PublishedResult | undefined {
    return this.results.get(uri);
  }

  /** Documents with published diagnostics. */
  publishedUris(): string[] {
    return [...this.results.keys()];
  }

  markValidated(path: string): void {
    this.validated.add(path);
  }

  isValidated(path: string): boolean {
    return this.validated.has(path);
  }

  /** An open document's or a validated file's findings, in full; returns how the baseline split them. */
  publish(uri: string, result: PublishedResult): BaselineSplit {
    this.results.set(uri, result);
    this.failed.delete(uri);
    this.logInternalErrors(uri, result.findings);
    const split = this.send(uri, result);
    if (result.version !== undefined) this.wake(uri, result);
    return split;
  }

  /** How the baseline splits a file's findings, without publishing them. */
  baselineSplit(path: string, findings: readonly Finding[]): BaselineSplit {
    return this.baseline.split(path, findings);
  }

  /** Shows every published result again (the baseline changed). */
  republish(): void {
    for (const [uri, result] of this.results) if (!this.failed.has(uri)) this.send(uri, result);
  }

  /** A check's result for a file the writer may not have asked about (see the top of this file). */
  publishChecked(uri: string, result: PublishedResult, open: boolean): void {
    const path = uriToPath(uri);
    if (open || (path !== undefined && this.validated.has(path))) {
      this.publish(uri, result);
      return;
    }
    const crossFile = result.findings.filter((finding) =>
      CROSS_FILE_CATEGORIES.has(RULE_META_BY_ID.get(finding.ruleId)?.docs.category ?? ''),
    );
    if (crossFile.length > 0) this.publish(uri, { ...result, findings: crossFile });
    else if (this.results.has(uri)) this.clear(uri);
  }

  /** The document shows nothing (closed, or checking is off). */
  clear(uri: string): void {
    this.results.delete(uri);
    this.failed.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /**
   * Resolves with the result published for `version` (or a later one) of an open document, or
   * undefined once `timeoutMs` passed or `cancelled` says so.
   */
  whenPublished(uri: string, version: number, timeoutMs: number, cancelled: () => boolean): Promise<PublishedResult | undefined> {
    const current = this.results.get(uri);
    if (current?.version !== undefined && current.version >= version) return Promise.resolve(current);
    return new Promise((resolve) => {
      const waiter: VersionWaiter = {
        version,
        resolve: (result) => {
          clearTimeout(timer);
          clearInterval(poll);
          const list = this.waiters.get(uri) ?? [];
          list.splice(list.indexOf(waiter), 1);
          if (list.length === 0) this.waiters.delete(uri);
          resolve(result);
        },
      };
      const timer = setTimeout(() => waiter.resolve(undefined), timeoutMs);
      const poll = setInterval(() => {
        if (cancelled()) waiter.resolve(undefined);
      }, CANCEL_POLL_MS);
      this.waiters.set(uri, [...(this.waiters.get(uri) ?? []), waiter]);
    });
  }

  /** A check failed as a whole: one internal-error diagnostic at the top of the document. */
  publishInternalError(uri: string, error: unknown, version: number | undefined): void {
    const path = uriToPath(uri) ?? uri;
    const severity = this.severityFor(internalError.id, path);
    if (severity === 'off') return;
    const start = { line: 1, column: 1, offset: 0 };
    const message = `Checking this file failed: ${error instanceof Error ? error.message : String(error)}`;
    this.results.set(uri, { findings: [], lines: undefined, version });
    this.failed.add(uri);
    void this.connection.sendDiagnostics({
      uri,
      diagnostics: [toDiagnostic({ file: path, ruleId: internalError.id, severity, message, range: { start, end: start } })],
      ...(version !== undefined ? { version } : {}),
    });
  }

  private send(uri: string, result: PublishedResult): BaselineSplit {
    const split = this.baseline.split(uriToPath(uri) ?? uri, result.findings);
    const baselined = new Set(split.baselined);
    void this.connection.sendDiagnostics({
      uri,
      diagnostics: result.findings.map((finding) => (baselined.has(finding) ? baselinedDiagnostic(finding) : toDiagnostic(finding))),
      ...(result.version !== undefined ? { version: result.version } : {}),
    });
    return split;
  }

  private wake(uri: string, result: PublishedResult): void {
    for (const waiter of [...(this.waiters.get(uri) ?? [])]) if (result.version! >= waiter.version) waiter.resolve(result);
  }

  /** A failing rule is a finding for the writer and a log entry for whoever fixes the rule (once per file and message). */
  private logInternalErrors(uri: string, findings: Finding[]): void {
    for (const finding of findings) {
      if (finding.ruleId !== internalError.id) continue;
      const key = `${uri}\n${finding.message}`;
      if (this.loggedInternalErrors.has(key)) continue;
      this.loggedInternalErrors.add(key);
      this.connection.console.error(`${uriToPath(uri) ?? uri}:${finding.range.start.line}: ${finding.message}`);
    }
  }
}

const CANCEL_POLL_MS = 20;
