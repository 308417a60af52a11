// The front matter JSON Schema: the default Learn guidance schema, or the repository's own
// (`frontMatter.schema`). Rules read what they need about each key from here; values are checked
// with ajv.
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import defaultSchemaJson from '../../../../schemas/learn-guidance.schema.json' with { type: 'json' };
import { MAX_SETTINGS_FILE_BYTES } from '../limits.js';
import type { FileSystem } from '../fs/file-system.js';
import { unsafePatternReason } from './safe-pattern.js';

/** What the schema says about one top-level key. */
export interface KeyInfo {
  key: string;
  description: string;
  /** JSON Schema types the value may have (empty: any). */
  types: string[];
  /** Allowed values, when the schema lists them. */
  values?: string[];
  /** Allowed values of list items. */
  itemValues?: string[];
  deprecated: boolean;
  /** The key that took over from a deprecated one. */
  replacedBy?: string;
  /** Retired values and their replacement. */
  deprecatedValues: Record<string, string>;
}

export interface FrontMatterSchema {
  /** File the schema came from; undefined for the built-in default. */
  path: string | undefined;
  keys: ReadonlyMap<string, KeyInfo>;
  /** Keys the schema requires of an article. */
  required: string[];
  /** Whether a key is declared (by name or by a patternProperties pattern). */
  isKnown(key: string): boolean;
  /** Key lookup ignoring letter case, for "did you mean". */
  keyInfo(key: string): KeyInfo | undefined;
  /** ajv errors for the metadata object (all of them). */
  validate(metadata: Record<string, unknown>): ErrorObject[];
}

type SchemaObject = Record<string, unknown>;

/** Annotation keywords this project and VS Code's JSON support add (ajv knows `deprecated` already). */
const EXTRA_KEYWORDS = ['x-replacedBy', 'x-deprecatedValues', 'markdownDescription', 'enumDescriptions', 'deprecationMessage'];

function newAjv(strict: boolean): Ajv {
  const ajv = new Ajv({ allErrors: true, strict, allowUnionTypes: true, validateFormats: false });
  for (const keyword of EXTRA_KEYWORDS) ajv.addKeyword(keyword);
  return ajv;
}

export function compileSchema(json: SchemaObject, path: string | undefined, strict = false): FrontMatterSchema {
  const validateFunction: ValidateFunction = newAjv(strict).compile(json);
  const properties = isObject(json.properties) ? json.properties : {};
  const keys = new Map<string, KeyInfo>();
  for (const [key, raw] of Object.entries(properties)) if (isObject(raw)) keys.set(key, keyInfoOf(key, raw, json));
  const byLowerCase = new Map([...keys.values()].map((info) => [info.key.toLowerCase(), info]));
  const patterns = isObject(json.patternProperties) ? Object.keys(json.patternProperties).map((pattern) => new RegExp(pattern, 'u')) : [];
  const required = Array.isArray(json.required) ? json.required.filter((key): key is string => typeof key === 'string') : [];
  return {
    path,
    keys,
    required,
    isKnown: (key) => keys.has(key) || patterns.some((pattern) => pattern.test(key)),
    keyInfo: (key) => keys.get(key) ?? byLowerCase.get(key.toLowerCase()),
    validate: (metadata) => (validateFunction(metadata) ? [] : [...(validateFunction.errors ?? [])]),
  };
}

function keyInfoOf(key: string, raw: SchemaObject, root: SchemaObject): KeyInfo {
  const resolved = { ...resolveRef(raw, root), ...raw };
  const items = isObject(resolved.items) ? resolveRef(resolved.items, root) : undefined;
  const info: KeyInfo = {
    key,
    description: typeof resolved.description === 'string' ? resolved.description : '',
    types:
      typeof resolved.type === 'string'
        ? [resolved.type]
        : Array.isArray(resolved.type)
          ? resolved.type.filter((type): type is string => typeof type === 'string')
          : [],
    deprecated: resolved.deprecated === true,
    deprecatedValues: isObject(resolved['x-deprecatedValues']) ? stringValues(resolved['x-deprecatedValues']) : {},
  };
  if (Array.isArray(resolved.enum)) info.values = resolved.enum.map(String);
  if (items && Array.isArray(items.enum)) info.itemValues = items.enum.map(String);
  if (typeof resolved['x-replacedBy'] === 'string') info.replacedBy = resolved['x-replacedBy'];
  return info;
}

/** Follows a local `#/definitions/...` reference; anything else is taken as written. */
function resolveRef(node: SchemaObject, root: SchemaObject): SchemaObject {
  const ref = node.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return node;
  let target: unknown = root;
  for (const part of ref.slice(2).split('/')) target = isObject(target) ? target[part.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  return isObject(target) ? target : node;
}

let defaultSchema: FrontMatterSchema | undefined;

/** The built-in Learn guidance schema. */
export function learnGuidanceSchema(): FrontMatterSchema {
  defaultSchema ??= compileSchema(defaultSchemaJson as SchemaObject, undefined, true);
  return defaultSchema;
}

/** A repository schema that cannot be used: the message names the file and the reason. */
export class SchemaError extends Error {
  constructor(
    readonly path: string,
    detail: string,
  ) {
    super(`Front matter schema ${path}: ${detail}`);
    this.name = 'SchemaError';
  }
}

// Repository schemas by path, kept with the text they were compiled from: the file is re-read per
// lint (an edited schema takes effect at once) but compiled only when its text changes.
const repositorySchemas = new Map<string, { text: string; schema: FrontMatterSchema | SchemaError }>();

/** The schema configured for a file (`schemaPath` from config), or the default. Throws SchemaError. */
export function loadFrontMatterSchema(schemaPath: string | undefined, fs: FileSystem): FrontMatterSchema {
  if (!schemaPath) return learnGuidanceSchema();
  const read = fs.readBoundedFile(schemaPath, MAX_SETTINGS_FILE_BYTES);
  if (read.kind !== 'bytes')
    throw new SchemaError(schemaPath, `the file cannot be read${read.kind === 'refused' ? `: ${read.reason}` : ''}.`);
  const text = new TextDecoder().decode(read.bytes).replace(/^\uFEFF/, '');
  let cached = repositorySchemas.get(schemaPath);
  if (cached?.text !== text) {
    cached = { text, schema: compileRepositorySchema(schemaPath, text) };
    repositorySchemas.set(schemaPath, cached);
  }
  if (cached.schema instanceof SchemaError) throw cached.schema;
  return cached.schema;
}

function compileRepositorySchema(path: string, text: string): FrontMatterSchema | SchemaError {
  const errors: ParseError[] = [];
  const json = parseJsonc(text, errors, { allowTrailingComma: true }) as unknown;
  if (errors.length > 0 || !isObject(json)) return new SchemaError(path, 'the file is not a JSON object.');
  const unsafe = unsafePattern(json, '');
  if (unsafe)
    return new SchemaError(
      path,
      `the pattern ${JSON.stringify(unsafe.pattern)} at ${unsafe.at || '/'} can take exponential time: ${unsafe.reason}. Rewrite it so that each pass of a repeated group starts with its own character.`,
    );
  try {
    return compileSchema(json, path);
  } catch (error) {
    // ajv fetches nothing: a $ref to another file or a URL can never resolve.
    const missingRef = error instanceof Error && 'missingRef' in error ? String(error.missingRef) : undefined;
    if (missingRef !== undefined)
      return new SchemaError(path, `the $ref "${missingRef}" is not in this file: a schema can refer only to its own parts ("#/…").`);
    return new SchemaError(path, error instanceof Error ? error.message : String(error));
  }
}

/** The first `pattern` or `patternProperties` key that a backtracking engine may take exponential time on. */
function unsafePattern(node: unknown, at: string): { pattern: string; at: string; reason: string } | undefined {
  if (Array.isArray(node)) {
    for (const [index, item] of node.entries()) {
      const found = unsafePattern(item, `${at}/${index}`);
      if (found) return found;
    }
    return undefined;
  }
  if (!isObject(node)) return undefined;
  const candidates = [
    ...(typeof node.pattern === 'string' ? [{ pattern: node.pattern, at: `${at}/pattern` }] : []),
    ...(isObject(node.patternProperties)
      ? Object.keys(node.patternProperties).map((pattern) => ({ pattern, at: `${at}/patternProperties` }))
      : []),
  ];
  for (const candidate of candidates) {
    const reason = unsafePatternReason(candidate.pattern);
    if (reason) return { ...candidate, reason };
  }
  for (const [key, value] of Object.entries(node)) {
    const found = unsafePattern(value, `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    if (found) return found;
  }
  return undefined;
}

function stringValues(record: SchemaObject): Record<string, string> {
  return Object.fromEntries(Object.entries(record).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

function isObject(value: unknown): value is SchemaObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
