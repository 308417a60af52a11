// The engine's front door: text (or bytes) and a path in, findings out. The language server and
// the CLI both call this, so the editor and CI cannot disagree.
import type { Root } from 'mdast';
import { unified, type Processor } from 'unified';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { BuildScope } from './config/build-scope.js';
import { DocfxProjects } from './config/docfx.js';
import { ConfigLoader, type ResolvedConfig, type RuleSetting } from './config/config.js';
import { parseDocument, type DocumentModel } from './parse/document.js';
import { plainDocument } from './parse/plain-document.js';
import { isTableOfContents } from './parse/file-kind.js';
import { decodeText, type DecodedText } from './parse/text.js';
import { directiveUnknownRule, fileNotText, internalError } from './rules/engine-rules.js';
import { KNOWN_RULE_IDS, RULE_META_BY_ID, RULES } from './rules/registry.js';
import { RULE_SOURCE, type GuidanceMessageData, type GuidanceRule } from './rules/rule.js';
import { RepositoryPlugins } from './plugins/repository-plugins.js';
import { DEFAULT_MAX_FILE_SIZE, exceededLimit, frontMatterPrefix } from './limits.js';
import { applySuppressions } from './suppressions.js';
import type { Finding, Severity, SeveritySetting } from './types.js';
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

interface ActiveRule {
  rule: GuidanceRule<never>;
  setting: RuleSetting;
}

export class Linter {
  readonly config: ConfigLoader;
  private readonly processors = new Map<string, Processor<Root, Root, Root>>();
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
      const config = this.config.resolve(path);
      const severity = this.severityOf(fileNotText.id, config);
      if (severity === 'off') return { findings: [] };
      const start = { line: 1, column: 1, offset: 0 };
      return {
        findings: [
          {
            file: path,
            ruleId: fileNotText.id,
            severity,
            message: `Skipped: the file is not text (${decoded.reason}).`,
            range: { start, end: start },
          },
        ],
      };
    }
    return { ...this.lintText(path, decoded.value.text), decoded: decoded.value };
  }

  /** Checks text as given (an editor buffer, or a decoded file without its BOM). */
  lintText(path: string, text: string): LintResult {
    const config = this.config.resolve(path);
    // A redirection file is JSON: only the redirect rules read it, and no Markdown limit applies.
    const redirection = isCheckedRedirectionFile(path);
    const limit = redirection ? undefined : exceededLimit(text, config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
    let document: DocumentModel;
    try {
      document = redirection ? plainDocument(path, text) : parseDocument(path, limit ? frontMatterPrefix(text) : text);
    } catch (error) {
      return { findings: this.parseFailure(path, config, error) };
    }
    // Over a limit, only the cheap checks run: the front matter rules, on the front matter alone.
    // Markdown the build does not publish as an article gets only the rules for what GitHub breaks too.
    const article = !redirection && this.isLearnArticle(path);
    const active = this.activeRules(config).filter(({ rule }) =>
      redirection
        ? rule.meta.docs.category === 'redirects'
        : rule.meta.docs.category !== 'redirects' &&
          (article || rule.meta.outsideBuild === true) &&
          (!limit || rule.meta.docs.category === 'front-matter'),
    );
    const file = new VFile({ path, value: document.text });
    file.data.guidance = { document, config, environment: this.environment };
    this.processorFor(active).runSync(document.tree, file);
    if (limit) file.message(limit.message, { place: { line: 1, column: 1 }, ruleId: limit.ruleId, source: RULE_SOURCE });
    else if (!redirection) this.plugins.run(config, document.tree, file);
    const severityById = new Map<string, SeveritySetting>(active.map(({ rule, setting }) => [rule.meta.id, setting.severity]));
    if (limit) severityById.set(limit.ruleId, this.severityOf(limit.ruleId, config));
    const findings = file.messages
      .map((message) => this.toFinding(path, message, severityById, config))
      .filter((finding): finding is Finding => finding !== undefined);
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
    const severity = this.severityOf(internalError.id, config);
    if (severity === 'off') return [];
    const start = { line: 1, column: 1, offset: 0 };
    const reason = error instanceof Error ? error.message : String(error);
    return [
      { file: path, ruleId: internalError.id, severity, message: `This file could not be parsed: ${reason}`, range: { start, end: start } },
    ];
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

  private processorFor(active: ActiveRule[]): Processor<Root, Root, Root> {
    const key = active
      .map(({ rule, setting }) => (setting.options ? `${rule.meta.id}=${JSON.stringify(setting.options)}` : rule.meta.id))
      .join(',');
    let processor = this.processors.get(key);
    if (!processor) {
      const built = unified() as unknown as Processor<Root, Root, Root>;
      for (const { rule, setting } of active) built.use(rule.plugin, [1, setting.options ?? {}]);
      processor = built.freeze() as Processor<Root, Root, Root>;
      this.processors.set(key, processor);
    }
    return processor;
  }

  private toFinding(
    path: string,
    message: VFileMessage,
    severityById: Map<string, SeveritySetting>,
    config: ResolvedConfig,
  ): Finding | undefined {
    const data = message as VFileMessage & GuidanceMessageData;
    const place = message.place;
    const start = place && 'start' in place ? place.start : (place ?? { line: 1, column: 1 });
    const end = place && 'end' in place ? place.end : start;
    const range = {
      start: { line: start.line, column: start.column, offset: start.offset ?? 0 },
      end: { line: end.line, column: end.column, offset: end.offset ?? 0 },
    };
    if (data.internalError || (message.fatal === true && message.source !== RULE_SOURCE && !message.ruleId)) {
      const severity = this.severityOf(internalError.id, config);
      if (severity === 'off') return undefined;
      return { file: path, ruleId: internalError.id, severity, message: message.reason, range };
    }
    const ruleId = message.source === RULE_SOURCE ? message.ruleId! : `${message.source ?? 'remark-lint'}:${message.ruleId}`;
    // Plug-in rules are not in the active list: their severity comes from config, default warning.
    const configured = message.source === RULE_SOURCE ? severityById.get(ruleId) : this.severityOf(ruleId, config);
    if (!configured || configured === 'off') return undefined;
    const severity = data.severity && SEVERITY_ORDER[data.severity] > SEVERITY_ORDER[configured] ? data.severity : configured;
    const finding: Finding = { file: path, ruleId, severity, message: message.reason, range };
    if (data.fix) finding.fix = data.fix;
    if (data.suggestions) finding.suggestions = data.suggestions;
    return finding;
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

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      a.range.start.line - b.range.start.line ||
      a.range.start.column - b.range.start.column ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.ruleId.localeCompare(b.ruleId),
  );
}
