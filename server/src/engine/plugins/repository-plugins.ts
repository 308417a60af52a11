// The remark-lint plug-ins of a Linter: which configs name which plug-ins, loading them when the
// caller allows repository code to run, and running them over a file after our own rules. Plug-ins
// are unified plug-ins reporting through vfile messages (that is their API), so they run in a
// unified processor of their own over the document's tree; their messages become findings here.
import type { Root } from 'mdast';
import { unified, type Pluggable, type Processor } from 'unified';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { ConfigLoader, ResolvedConfig } from '../config/config.js';
import type { DocumentModel } from '../parse/document.js';
import { internalError } from '../rules/engine-rules.js';
import type { Finding, SeveritySetting } from '../types.js';
import { dirname } from '../fs/file-system.js';
import { PluginLoader, type PluginReference } from './loader.js';

interface LoadedPlugin {
  name: string;
  folder: string;
  plugin: Pluggable;
}

export class RepositoryPlugins {
  private readonly loader = new PluginLoader();
  private readonly processors = new Map<string, Processor<Root, Root, Root>>();
  /** Folders whose configs' plug-ins were skipped and said so (once each). */
  private readonly noticedFolders = new Set<string>();

  constructor(
    private readonly configs: ConfigLoader,
    private readonly allowed: boolean,
    private readonly notice: (message: string) => void,
  ) {}

  /**
   * Loads the plug-ins that the configs of these files name and that were not tried before.
   * Resolves true when a plug-in was newly loaded; rejects with the ConfigError of the first one
   * that cannot be loaded (a failing plug-in is reported once, then skipped).
   */
  async load(paths: readonly string[]): Promise<boolean> {
    if (!this.allowed) return false;
    const wanted = new Map<string, PluginReference>();
    /** Loads another caller started: wait for them (their failure is that caller's to report). */
    const underWay: Array<Promise<unknown>> = [];
    for (const folder of new Set(paths.map(dirname))) {
      for (const file of this.configs.chainFor(folder)) {
        for (const name of file.data.plugins ?? []) {
          const reference = { name, folder: file.folder, configFile: file.path };
          if (!this.loader.attempted(reference)) wanted.set(`${file.folder}\0${name}`, reference);
          else if (!this.loader.settled(reference)) underWay.push(this.loader.load(reference).catch(() => undefined));
        }
      }
    }
    // Started before any await, so a caller that comes meanwhile finds them under way.
    const started = [...wanted.values()].map((reference) => this.loader.load(reference));
    await Promise.all([...underWay, ...started]);
    return started.length > 0;
  }

  /**
   * Runs the loaded plug-ins of the file's config over its tree. Their messages become findings:
   * `<source>:<rule id>` (`remark-lint:` when a plug-in names no source) at the severity `severityOf`
   * gives that id; a plug-in that throws, or fails the file without a rule id, is one internal-error.
   */
  run(path: string, document: DocumentModel, config: ResolvedConfig, severityOf: (ruleId: string) => SeveritySetting): Finding[] {
    if (config.plugins.length === 0) return [];
    if (!this.allowed) {
      for (const { folder } of config.plugins) {
        if (this.noticedFolders.has(folder)) continue;
        this.noticedFolders.add(folder);
        this.notice(
          `The remark-lint plug-ins named by the configuration in ${folder} were not run: running code from a repository needs a trusted workspace.`,
        );
      }
      return [];
    }
    const loaded = config.plugins
      .map((reference) => ({ ...reference, plugin: this.loader.get({ ...reference, configFile: '' }) }))
      .filter((entry): entry is LoadedPlugin => entry.plugin !== undefined);
    if (loaded.length === 0) return [];
    const file = new VFile({ path, value: document.text });
    let failure: string | undefined;
    try {
      this.processorFor(loaded).runSync(document.tree, file);
    } catch (error) {
      // A plug-in that throws must not hide our findings: the failure becomes a finding of its own.
      failure = `A remark-lint plug-in (${loaded.map((entry) => entry.name).join(', ')}) failed on this file: ${error instanceof Error ? error.message : String(error)}`;
    }
    const findings = file.messages
      .map((message) => toFinding(path, message, severityOf))
      .filter((finding): finding is Finding => finding !== undefined);
    const failureSeverity = severityOf(internalError.id);
    if (failure && failureSeverity !== 'off') {
      const start = { line: 1, column: 1, offset: 0 };
      findings.push({ file: path, ruleId: internalError.id, severity: failureSeverity, message: failure, range: { start, end: start } });
    }
    return findings;
  }

  private processorFor(loaded: LoadedPlugin[]): Processor<Root, Root, Root> {
    const key = loaded.map((entry) => `${entry.folder}\0${entry.name}`).join('\n');
    let processor = this.processors.get(key);
    if (!processor) {
      processor = (unified() as unknown as Processor<Root, Root, Root>).use(loaded.map((entry) => entry.plugin)).freeze() as Processor<
        Root,
        Root,
        Root
      >;
      this.processors.set(key, processor);
    }
    return processor;
  }
}

/** A plug-in's message as a finding; a fatal message without a rule id is a failure (internal-error). */
function toFinding(path: string, message: VFileMessage, severityOf: (ruleId: string) => SeveritySetting): Finding | undefined {
  const place = message.place;
  const start = place && 'start' in place ? place.start : (place ?? { line: 1, column: 1 });
  const end = place && 'end' in place ? place.end : start;
  const range = {
    start: { line: start.line, column: start.column, offset: start.offset ?? 0 },
    end: { line: end.line, column: end.column, offset: end.offset ?? 0 },
  };
  const ruleId = message.fatal === true && !message.ruleId ? internalError.id : `${message.source ?? 'remark-lint'}:${message.ruleId}`;
  const severity = severityOf(ruleId);
  return severity === 'off' ? undefined : { file: path, ruleId, severity, message: message.reason, range };
}
