// The engine's front door: text (or bytes) and a path in, findings out. The language server and
// the CLI both call this, so the editor and CI cannot disagree.
import { BuildScope } from './config/build-scope.js';
import { DocfxProjects } from './config/docfx.js';
import { ConfigLoader, type ResolvedConfig } from './config/config.js';
import { parseDocument, plainDocument, type DocumentModel } from './parse/document.js';
import { isTableOfContents } from './parse/file-kind.js';
import { parseTocDocument, tocFormatOf } from './parse/toc.js';
import { decodeText, type DecodedText } from './parse/text.js';
import { directiveUnknownRule, fileNotText, internalError } from './rules/engine-rules.js';
import { KNOWN_RULE_IDS, RULE_META_BY_ID, RULES } from './rules/registry.js';
import { RepositoryPlugins } from './plugins/repository-plugins.js';
import { DEFAULT_MAX_FILE_SIZE, exceededDataLimit, exceededLimit, frontMatterPrefix } from './limits.js';
import { runRules, SEVERITY_ORDER, type ActiveRule } from './run-rules.js';
import { applySuppressions } from './suppressions.js';
import type { Finding, SeveritySetting } from './types.js';
import type { LintEnvironment } from './workspace/environment.js';
import type { FileSystem } from './fs/file-system.js';
import { WorkspaceIndex } from './workspace/index.js';
import { isCheckedRedirectionFile } from './workspace/graph/redirection-checks.js';

export interface LinterOptions {
  fs: FileSystem;
  workspaceFolders: string[];
  /** Use this config file alone instead of discovering `.guidancelint.jsonc` files. */
  configFile?: string;
  /** Severity overrides applied over configuration (editor settings, `--rule id=severity`). */
  ruleOverrides?: Record<string, SeveritySetting>;
  /** The date rules treat as today. */
  today?: Date;
  /** 'repository' when validating a whole repository: rules of repository scope run too. */
  mode?: 'file' | 'repository';
  /** A workspace index kept by the caller (CLI run, language server): cross-file rules read it instead of the disk. */
  index?: WorkspaceIndex;
  /** Run the remark-lint plug-ins configs name (code from the repository): the CLI, trusted workspaces. */
  allowPlugins?: boolean;
  /** Where the engine says something that is not a finding (plug-ins skipped in an untrusted workspace). */
  onNotice?: (message: string) => void;
}

export interface LintResult {
  findings: Finding[];
  /** Undefined when the file was not text. */
  document?: DocumentModel;
  decoded?: DecodedText;
}

export class Linter {
  readonly config: ConfigLoader;
  readonly environment: LintEnvironment;
  private readonly plugins: RepositoryPlugins;
  private readonly scope: BuildScope;
  /** Made on first need when the caller keeps no index: who includes a file the build does not take. */
  private ownIndex: WorkspaceIndex | undefined;

  constructor(private readonly options: LinterOptions) {
    this.config = new ConfigLoader(options.fs, {
      knownRuleIds: KNOWN_RULE_IDS,
      workspaceFolders: options.workspaceFolders,
      ...(options.configFile ? { explicitFile: options.configFile } : {}),
    });
    this.environment = {
      fs: options.fs,
      workspaceFolders: options.workspaceFolders,
      mode: options.mode ?? 'file',
      today: options.today ?? new Date(),
      docfx: options.index?.site.docfx ?? new DocfxProjects(options.fs, options.workspaceFolders),
      ...(options.index ? { index: options.index } : {}),
    };
    this.plugins = new RepositoryPlugins(this.config, options.allowPlugins === true, options.onNotice ?? (() => {}));
    this.scope = new BuildScope(this.environment.docfx);
  }

  /** The Learn build publishes this file as an article: Learn article rules apply (docs/build-scope.md). */
  isLearnArticle(path: string): boolean {
    if (isTableOfContents(path)) return false;
    return this.scope.isPublished(path, (file) => this.includerIndex().includersOf(file));
  }

  private includerIndex(): WorkspaceIndex {
    if (this.options.index) return this.options.index;
    this.ownIndex ??= new WorkspaceIndex({
      fs: this.options.fs,
      workspaceFolders: this.options.workspaceFolders,
      docfx: this.environment.docfx,
      trackLinkers: false,
    });
    return this.ownIndex;
  }

  /**
   * Loads the remark-lint plug-ins named by the configs of these files (callers await it before
   * linting; files whose plug-ins are not loaded are checked without them). Resolves true when a
   * plug-in was newly loaded. Rejects with a ConfigError naming the config file and the plug-in.
   */
  loadPlugins(paths: readonly string[]): Promise<boolean> {
    return this.plugins.load(paths);
  }

  /** Reads, decodes and checks a file. Throws ConfigError when its configuration is invalid. */
  lintFile(path: string): LintResult {
    const bytes = this.options.fs.readFile(path);
    if (!bytes) return { findings: [] };
    return this.lintBytes(path, bytes);
  }

  lintBytes(path: string, bytes: Uint8Array): LintResult {
    const decoded = decodeText(bytes);
    if (decoded.kind === 'binary') {
      const message = `Skipped: the file is not text (${decoded.reason}).`;
      return { findings: this.atFileStart(path, fileNotText.id, this.config.resolve(path), message) };
    }
    return { ...this.lintText(path, decoded.value.text), decoded: decoded.value };
  }

  /** Checks text as given (an editor buffer, or a decoded file without its BOM). */
  lintText(path: string, text: string): LintResult {
    const config = this.config.resolve(path);
    const tocFormat = tocFormatOf(path);
    const tocData = tocFormat === 'yaml' || tocFormat === 'json';
    // A redirection file is JSON: only the redirect rules read it, and no Markdown limit applies.
    const redirection = isCheckedRedirectionFile(path);
    // A toc.yml or toc.json is data, not Markdown: over the size limit it is not read at all.
    const maxFileSize = config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    const limit = redirection ? undefined : tocData ? exceededDataLimit(text, maxFileSize) : exceededLimit(text, maxFileSize);
    let document: DocumentModel;
    try {
      if (redirection) document = plainDocument(path, text);
      else if (tocData) document = parseTocDocument(path, limit ? '' : text);
      else document = parseDocument(path, limit ? frontMatterPrefix(text) : text);
    } catch (error) {
      return { findings: this.parseFailure(path, config, error) };
    }
    // Over a limit, only the cheap checks run: the front matter rules, on the front matter alone.
    // Markdown the build does not publish as an article gets only the rules for what GitHub breaks too;
    // a table of contents gets the TOC rules, a toc.yml or toc.json nothing else, a redirection file
    // the redirect rules alone.
    const article = !redirection && this.isLearnArticle(path);
    const active = this.activeRules(config).filter(({ rule }) => {
      const { meta } = rule;
      if (redirection) return meta.docs.category === 'redirects';
      if (meta.docs.category === 'redirects') return false;
      if (limit && (meta.docs.category !== 'front-matter' || tocData)) return false;
      if (tocFormat) return meta.tocFiles === true || meta.tocFiles === 'also' || (!tocData && meta.outsideBuild === true);
      return meta.tocFiles !== true && (article || meta.outsideBuild === true);
    });
    const findings = runRules(active, {
      path,
      document,
      config,
      environment: this.environment,
      internalErrorSeverity: this.severityOf(internalError.id, config),
    });
    if (limit) findings.push(...this.atFileStart(path, limit.ruleId, config, limit.message));
    else if (!redirection) findings.push(...this.plugins.run(path, document, config, (ruleId) => this.severityOf(ruleId, config)));
    const suppressed = applySuppressions(document, findings, KNOWN_RULE_IDS);
    const unknownIdSeverity = this.severityOf(directiveUnknownRule.id, config);
    if (unknownIdSeverity !== 'off') {
      for (const unknown of suppressed.unknownRuleIds) {
        suppressed.findings.push({
          file: path,
          ruleId: directiveUnknownRule.id,
          severity: unknownIdSeverity,
          message: `Unknown rule id "${unknown.id}" in a guidance-lint comment.`,
          range: unknown.range,
        });
      }
    }
    return { findings: sortFindings(suppressed.findings), document };
  }

  /** The parser itself failed: one finding says so, instead of a crash that stops the whole run. */
  private parseFailure(path: string, config: ResolvedConfig, error: unknown): Finding[] {
    const reason = error instanceof Error ? error.message : String(error);
    return this.atFileStart(path, internalError.id, config, `This file could not be parsed: ${reason}`);
  }

  /** A finding about the whole file, at its start, unless configuration turns its rule off. */
  private atFileStart(path: string, ruleId: string, config: ResolvedConfig, message: string): Finding[] {
    const severity = this.severityOf(ruleId, config);
    if (severity === 'off') return [];
    const start = { line: 1, column: 1, offset: 0 };
    return [{ file: path, ruleId, severity, message, range: { start, end: start } }];
  }

  private activeRules(config: ResolvedConfig): ActiveRule[] {
    const active: ActiveRule[] = [];
    for (const rule of RULES) {
      const configured = config.rules.get(rule.meta.id);
      const severity = this.options.ruleOverrides?.[rule.meta.id] ?? configured?.severity ?? rule.meta.defaultSeverity;
      if (severity === 'off') continue;
      if (rule.meta.scope === 'repository' && this.environment.mode !== 'repository') continue;
      active.push({ rule, setting: configured?.options ? { severity, options: configured.options } : { severity } });
    }
    return active;
  }

  /** The severity configuration gives a rule for a file (for findings made outside the engine, such as a worker's time budget). */
  severityFor(ruleId: string, path: string): SeveritySetting {
    return this.severityOf(ruleId, this.config.resolve(path));
  }

  private severityOf(ruleId: string, config: ResolvedConfig): SeveritySetting {
    return (
      this.options.ruleOverrides?.[ruleId] ??
      config.rules.get(ruleId)?.severity ??
      RULE_META_BY_ID.get(ruleId)?.defaultSeverity ??
      'warning'
    );
  }
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      a.range.start.line - b.range.start.line ||
      a.range.start.column - b.range.start.column ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.ruleId.localeCompare(b.ruleId),
  );
}
