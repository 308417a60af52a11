// Finds `.guidancelint.jsonc` / `.guidancelint.json` files from a file's folder upwards, checks
// them against the config schema, and merges them (parents first, nearest last, then overrides).
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import picomatch from 'picomatch';
import configSchema from '../../../../schemas/guidancelint.schema.json' with { type: 'json' };
import { LineIndex } from '../parse/text.js';
import { MAX_JSON_DEPTH, tooDeepAt } from './json-depth.js';
import type { SeveritySetting } from '../types.js';
import { dirname, isInside, joinPath, relativePath, type FileSystem } from '../workspace/file-system.js';

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
}

export interface ConfigFile {
  path: string;
  folder: string;
  data: RawConfig;
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
  /** The config files that applied, parents first. */
  files: string[];
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

  resolve(filePath: string): ResolvedConfig {
    const chain = this.chainFor(dirname(filePath));
    const resolved: ResolvedConfig = { rules: new Map(), frontMatter: {}, docsets: {}, plugins: [], files: chain.map((file) => file.path) };
    for (const file of chain) {
      applySection(resolved, file, file.data);
      if (file.data.docsets) Object.assign(resolved.docsets, file.data.docsets);
      if (file.data.baseUrl) resolved.baseUrl = file.data.baseUrl;
      if (file.data.maxFileSize) resolved.maxFileSize = file.data.maxFileSize;
      for (const name of file.data.plugins ?? []) resolved.plugins.push({ name, folder: file.folder });
    }
    for (const file of chain) {
      for (const override of file.data.overrides ?? []) {
        const patterns = Array.isArray(override.files) ? override.files : [override.files];
        const relative = relativePath(file.folder, filePath);
        if (isInside(filePath, file.folder) && picomatch.isMatch(relative, patterns, { dot: true })) applySection(resolved, file, override);
      }
    }
    return resolved;
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
    const bytes = this.fs.readFile(path);
    if (!bytes) throw new ConfigError(path, '', 'the configuration file cannot be read');
    const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
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
    config.overrides?.forEach((override, index) => this.checkRuleIds(path, `overrides[${index}].rules`, override.rules));
    return { path, folder: dirname(path), data: config };
  }

  private checkRuleIds(path: string, key: string, rules: Record<string, RawRuleSetting> | undefined): void {
    for (const id of Object.keys(rules ?? {})) {
      if (this.options.knownRuleIds.has(id) || id.startsWith('remark-lint:')) continue;
      const suggestion = closestId(id, this.options.knownRuleIds);
      throw new ConfigError(path, `${key}.${id}`, `unknown rule id${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`);
    }
  }
}

function applySection(resolved: ResolvedConfig, file: ConfigFile, section: { rules?: Record<string, RawRuleSetting>; frontMatter?: FrontMatterSettings }): void {
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

/** The known id closest to `id` (edit distance at most 3), for "did you mean". */
export function closestId(id: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = 4;
  for (const candidate of known) {
    const distance = editDistance(id.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 8) return Math.abs(a.length - b.length);
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
