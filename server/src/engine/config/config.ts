// Finds `.guidancelint.jsonc` / `.guidancelint.json` files from a file's folder upwards, checks
// them against the config schema, and merges them (parents first, nearest last, then overrides).
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import configSchema from '../../../../schemas/guidancelint.schema.json' with { type: 'json' };
import { closestId } from '../closest-match.js';
import { loadFrontMatterSchema, SchemaError } from '../frontmatter/schema.js';
import { MAX_SETTINGS_FILE_BYTES } from '../limits.js';
import { LineIndex } from '../parse/text.js';
import { compileGlob, GlobError } from './glob.js';
import { MAX_JSON_DEPTH, tooDeepAt } from './json-depth.js';
import type { SeveritySetting } from '../types.js';
import { dirname, isInside, joinPath, relativePath, resolvePath, toPosixPath, type FileSystem } from '../fs/file-system.js';

export const CONFIG_FILE_NAMES = ['.guidancelint.jsonc', '.guidancelint.json'] as const;

export interface RuleSetting {
  severity: SeveritySetting;
  options?: Record<string, unknown>;
}

export type RawRuleSetting = SeveritySetting | [SeveritySetting] | [SeveritySetting, Record<string, unknown>];

export interface FrontMatterSettings {
  schema?: string;
  required?: string[];
  requiredInIncludes?: string[];
  topics?: string[];
  deprecatedTopics?: Record<string, string>;
  maxAgeDays?: number;
  titleLength?: { min?: number; max?: number };
  descriptionLength?: { min?: number; max?: number };
  descriptionRecommendedLength?: { min?: number; max?: number };
  customerIntentTopics?: string[];
}

interface OverrideSection {
  files: string | string[];
  rules?: Record<string, RawRuleSetting>;
  frontMatter?: FrontMatterSettings;
}

export interface RawConfig {
  root?: boolean;
  rules?: Record<string, RawRuleSetting>;
  ignore?: string[];
  overrides?: OverrideSection[];
  frontMatter?: FrontMatterSettings;
  docsets?: Record<string, string>;
  baseUrl?: string;
  plugins?: string[];
  maxFileSize?: number;
  partialCheckout?: boolean;
  baseline?: string;
}

export interface ConfigFile {
  path: string;
  folder: string;
  data: RawConfig;
  /** For each of `data.overrides`, whether a path relative to `folder` matches its `files`. */
  overrideMatchers: Array<(relativePath: string) => boolean>;
}

export interface ResolvedConfig {
  /** Explicit settings only; a rule not named here runs at its default severity. */
  rules: Map<string, RuleSetting>;
  frontMatter: FrontMatterSettings & { schemaPath?: string };
  docsets: Record<string, string>;
  baseUrl?: string;
  /** Plug-in module names, each with the folder of the config that named it (modules resolve from there). */
  plugins: Array<{ name: string; folder: string }>;
  maxFileSize?: number;
  /** This checkout lacks some folders of the repository (set in config, or git sparse-checkout is on). */
  partialCheckout?: boolean;
  /** The config files that applied, parents first. */
  files: string[];
}

/** The baseline a repository's configuration names (`baseline`). */
export interface ConfiguredBaseline {
  /** Absolute path of the baseline file. */
  file: string;
  /** The folder its entries are relative to: that of the configuration naming it. */
  root: string;
  /** The configuration file naming it. */
  config: string;
}

/** A configuration problem the user must fix: names the file and the key. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly key: string,
    readonly detail: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    const where = line !== undefined ? `${file}:${line}:${column ?? 1}` : file;
    super(`${where}: ${key ? `"${key}": ` : ''}${detail}`);
    this.name = 'ConfigError';
  }
}

let schemaValidator: ValidateFunction | undefined;

function validator(): ValidateFunction {
  schemaValidator ??= new Ajv({ allErrors: false, strict: false }).compile(configSchema);
  return schemaValidator;
}

export interface ConfigLoaderOptions {
  /** Rule ids that config may name (plug-in ids `remark-lint:…` are always accepted). */
  knownRuleIds: ReadonlySet<string>;
  /** Use this file alone instead of discovering configuration. */
  explicitFile?: string;
  /** Folders a repository's configuration may read files from (front matter schemas). */
  workspaceFolders?: readonly string[];
}

export class ConfigLoader {
  private readonly filesByFolder = new Map<string, ConfigFile | null>();
  private readonly chainByFolder = new Map<string, ConfigFile[]>();

  constructor(
    private readonly fs: FileSystem,
    private readonly options: ConfigLoaderOptions,
  ) {}

  /** Forget cached files (after a config file changed on disk). */
  invalidate(): void {
    this.filesByFolder.clear();
    this.chainByFolder.clear();
  }

  /** Config files that apply to files in `folder`, parents first. Throws ConfigError. */
  chainFor(folder: string): ConfigFile[] {
    if (this.options.explicitFile) return [this.loadFile(this.options.explicitFile)];
    const cached = this.chainByFolder.get(folder);
    if (cached) return cached;
    const own = this.configIn(folder);
    const parent = dirname(folder);
    const chain = own?.data.root || parent === folder ? (own ? [own] : []) : [...this.chainFor(parent), ...(own ? [own] : [])];
    this.chainByFolder.set(folder, chain);
    return chain;
  }

  /** The settings for one file. Throws ConfigError, also for a front matter schema that cannot be used. */
  resolve(filePath: string): ResolvedConfig {
    const chain = this.chainFor(dirname(filePath));
    const resolved: ResolvedConfig = { rules: new Map(), frontMatter: {}, docsets: {}, plugins: [], files: chain.map((file) => file.path) };
    let schemaConfig: ConfigFile | undefined;
    const apply = (file: ConfigFile, section: RawConfig | OverrideSection) => {
      applySection(resolved, file, section);
      if (section.frontMatter?.schema) schemaConfig = file;
    };
    for (const file of chain) {
      apply(file, file.data);
      if (file.data.docsets) Object.assign(resolved.docsets, file.data.docsets);
      if (file.data.baseUrl) resolved.baseUrl = file.data.baseUrl;
      if (file.data.maxFileSize) resolved.maxFileSize = file.data.maxFileSize;
      if (file.data.partialCheckout !== undefined) resolved.partialCheckout = file.data.partialCheckout;
      for (const name of file.data.plugins ?? []) resolved.plugins.push({ name, folder: file.folder });
    }
    for (const file of chain) {
      (file.data.overrides ?? []).forEach((override, index) => {
        if (isInside(filePath, file.folder) && file.overrideMatchers[index]!(relativePath(file.folder, filePath))) apply(file, override);
      });
    }
    if (schemaConfig && resolved.frontMatter.schemaPath) this.checkSchema(schemaConfig, resolved.frontMatter.schemaPath);
    return resolved;
  }

  /**
   * A schema is read only inside the workspace or the folder of the config naming it (symlinks
   * followed): a cloned repository must not make us read, and quote in findings, a file elsewhere.
   * One that does not compile is one configuration error, not a failure in every file.
   */
  private checkSchema(config: ConfigFile, schemaPath: string): void {
    const real = this.fs.realPath(schemaPath);
    if (real === undefined) throw new ConfigError(config.path, 'frontMatter.schema', `the schema ${schemaPath} does not exist`);
    const allowed = [config.folder, ...(this.options.workspaceFolders ?? [])].map((folder) => this.fs.realPath(folder) ?? folder);
    if (!allowed.some((folder) => isInside(real, folder))) {
      throw new ConfigError(
        config.path,
        'frontMatter.schema',
        `the schema ${schemaPath} is outside the workspace: a schema must be a file inside it`,
      );
    }
    try {
      loadFrontMatterSchema(schemaPath, this.fs);
    } catch (error) {
      if (error instanceof SchemaError) throw new ConfigError(config.path, 'frontMatter.schema', error.message);
      throw error;
    }
  }

  /**
   * The baseline for the files of a repository (`folder`, its root): the nearest configuration that
   * applies there naming one. Throws ConfigError, also for a path outside that configuration's folder
   * (`--update-baseline` writes it: a cloned repository must not make us write anywhere else).
   */
  baselineFor(folder: string): ConfiguredBaseline | undefined {
    const config = this.chainFor(folder).findLast((file) => file.data.baseline !== undefined);
    if (!config) return undefined;
    const file = resolvePath(config.folder, toPosixPath(config.data.baseline!));
    const real = this.fs.realPath(file);
    const realFolder = this.fs.realPath(config.folder) ?? config.folder;
    if (!isInside(file, config.folder) || file === config.folder || (real !== undefined && !isInside(real, realFolder)))
      throw new ConfigError(config.path, 'baseline', 'must name a file inside the folder of this configuration file');
    return { file, root: config.folder, config: config.path };
  }

  /** Ignore globs of every config that applies to `folder`, each with the folder it is relative to. */
  ignoresFor(folder: string): Array<{ folder: string; patterns: string[] }> {
    return this.chainFor(folder)
      .filter((file) => file.data.ignore?.length)
      .map((file) => ({ folder: file.folder, patterns: file.data.ignore! }));
  }

  private configIn(folder: string): ConfigFile | undefined {
    if (this.filesByFolder.has(folder)) return this.filesByFolder.get(folder) ?? undefined;
    let found: ConfigFile | undefined;
    for (const name of CONFIG_FILE_NAMES) {
      const path = joinPath(folder, name);
      if (this.fs.stat(path)?.type === 'file') {
        found = this.loadFile(path);
        break;
      }
    }
    this.filesByFolder.set(folder, found ?? null);
    return found;
  }

  private loadFile(path: string): ConfigFile {
    const read = this.fs.readBoundedFile(path, MAX_SETTINGS_FILE_BYTES);
    if (read.kind !== 'bytes')
      throw new ConfigError(path, '', `the configuration file cannot be read${read.kind === 'refused' ? `: ${read.reason}` : ''}`);
    const text = new TextDecoder().decode(read.bytes).replace(/^\uFEFF/, '');
    const deep = tooDeepAt(text);
    if (deep !== -1) {
      const point = new LineIndex(text).point(deep);
      throw new ConfigError(path, '', `nested more than ${MAX_JSON_DEPTH} levels deep`, point.line, point.column);
    }
    const errors: ParseError[] = [];
    const data = parseJsonc(text, errors, { allowTrailingComma: true, disallowComments: false }) as unknown;
    if (errors.length > 0) {
      const point = new LineIndex(text).point(errors[0]!.offset);
      throw new ConfigError(path, '', `invalid JSON (${printParseErrorCode(errors[0]!.error)})`, point.line, point.column);
    }
    const validate = validator();
    if (!validate(data)) throw schemaError(path, validate.errors ?? []);
    const config = data as RawConfig;
    this.checkRuleIds(path, 'rules', config.rules);
    for (const [index, override] of (config.overrides ?? []).entries())
      this.checkRuleIds(path, `overrides[${index}].rules`, override.rules);
    const overrideMatchers = (config.overrides ?? []).map((override, index) => {
      const globs = (Array.isArray(override.files) ? override.files : [override.files]).map((glob) => {
        try {
          return compileGlob(glob);
        } catch (error) {
          if (error instanceof GlobError) throw new ConfigError(path, `overrides[${index}].files`, error.message);
          throw error;
        }
      });
      return (relative: string) => globs.some((matches) => matches(relative));
    });
    return { path, folder: dirname(path), data: config, overrideMatchers };
  }

  private checkRuleIds(path: string, key: string, rules: Record<string, RawRuleSetting> | undefined): void {
    for (const id of Object.keys(rules ?? {})) {
      if (this.options.knownRuleIds.has(id) || id.startsWith('remark-lint:')) continue;
      const suggestion = closestId(id, this.options.knownRuleIds);
      throw new ConfigError(path, `${key}.${id}`, `unknown rule id${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`);
    }
  }
}

function applySection(resolved: ResolvedConfig, file: ConfigFile, section: RawConfig | OverrideSection): void {
  for (const [id, raw] of Object.entries(section.rules ?? {})) resolved.rules.set(id, toRuleSetting(raw));
  if (section.frontMatter) {
    const { schema, ...rest } = section.frontMatter;
    Object.assign(resolved.frontMatter, rest);
    if (schema) resolved.frontMatter.schemaPath = joinPath(file.folder, schema);
  }
}

export function toRuleSetting(raw: RawRuleSetting): RuleSetting {
  if (typeof raw === 'string') return { severity: raw };
  return raw[1] ? { severity: raw[0], options: raw[1] } : { severity: raw[0] };
}

function schemaError(path: string, errors: ErrorObject[]): ConfigError {
  // With oneOf, ajv reports every branch; the most specific error is the deepest path.
  const error = [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length)[0];
  if (!error) return new ConfigError(path, '', 'does not match the configuration schema');
  const key = error.instancePath
    .split('/')
    .filter(Boolean)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? `[${part}]` : part))
    .join('.')
    .replace(/\.\[/g, '[');
  if (error.keyword === 'additionalProperties') {
    const extra = (error.params as { additionalProperty: string }).additionalProperty;
    return new ConfigError(path, key ? `${key}.${extra}` : extra, 'is not a known setting');
  }
  if (error.keyword === 'enum') {
    const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.map((value) => JSON.stringify(value)).join(', ');
    return new ConfigError(path, key, `must be one of ${allowed}`);
  }
  return new ConfigError(path, key, error.message ?? 'is not valid');
}
