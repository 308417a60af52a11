// Everything the fm-* rules need to know about one file, worked out once per file and shared by
// the rules: the schema, the settings with their defaults, and the effective metadata.
import type { ResolvedConfig } from '../config/config.js';
import type { DocumentModel } from '../parse/document.js';
import { isIncludeFile } from '../parse/file-kind.js';
import type { LintEnvironment } from '../workspace/environment.js';
import type { FrontMatter, FrontMatterEntry } from '../parse/front-matter.js';
import { loadFrontMatterSchema, type FrontMatterSchema } from './schema.js';

export interface LengthRange {
  min: number;
  max: number;
}

export interface EffectiveFrontMatterSettings {
  required: string[];
  requiredInIncludes: string[];
  topics: string[];
  /** Retired ms.topic value → replacement. */
  deprecatedTopics: Record<string, string>;
  maxAgeDays: number;
  titleLength: LengthRange;
  descriptionLength: LengthRange;
  /** The range Learn recommends within descriptionLength. */
  descriptionRecommendedLength: LengthRange;
  /** Topics whose articles carry a `#customer intent:` comment. */
  customerIntentTopics: string[];
}

export const DEFAULT_MAX_AGE_DAYS = 365;
export const DEFAULT_TITLE_LENGTH: LengthRange = { min: 20, max: 60 };
export const DEFAULT_DESCRIPTION_LENGTH: LengthRange = { min: 75, max: 300 };
export const DEFAULT_DESCRIPTION_RECOMMENDED_LENGTH: LengthRange = { min: 115, max: 165 };
export const DEFAULT_CUSTOMER_INTENT_TOPICS = ['concept-article', 'how-to', 'tutorial', 'quickstart'];

/** Days after which ms.date is stale (fm-date-stale). */
export function maxAgeDays(config: ResolvedConfig): number {
  return config.frontMatter.maxAgeDays ?? DEFAULT_MAX_AGE_DAYS;
}

export function effectiveSettings(config: ResolvedConfig, schema: FrontMatterSchema): EffectiveFrontMatterSettings {
  const settings = config.frontMatter;
  const topic = schema.keys.get('ms.topic');
  return {
    required: settings.required ?? schema.required,
    requiredInIncludes: settings.requiredInIncludes ?? [],
    topics: settings.topics ?? topic?.values ?? [],
    deprecatedTopics: settings.deprecatedTopics ?? topic?.deprecatedValues ?? {},
    maxAgeDays: maxAgeDays(config),
    titleLength: { ...DEFAULT_TITLE_LENGTH, ...settings.titleLength },
    descriptionLength: { ...DEFAULT_DESCRIPTION_LENGTH, ...settings.descriptionLength },
    descriptionRecommendedLength: { ...DEFAULT_DESCRIPTION_RECOMMENDED_LENGTH, ...settings.descriptionRecommendedLength },
    customerIntentTopics: settings.customerIntentTopics ?? DEFAULT_CUSTOMER_INTENT_TOPICS,
  };
}

export interface FrontMatterFacts {
  frontMatter: FrontMatter;
  schema: FrontMatterSchema;
  settings: EffectiveFrontMatterSettings;
  isInclude: boolean;
  /** First occurrence of each key in the file's own front matter. */
  entries: ReadonlyMap<string, FrontMatterEntry>;
  /** Metadata the docfx build gives the file before its front matter (none for include files). */
  buildMetadata: Record<string, unknown>;
}

const factsByDocument = new WeakMap<DocumentModel, FrontMatterFacts | null>();

/**
 * The facts for a file whose front matter is closed and parses; undefined otherwise (then only
 * fm-missing and fm-yaml-syntax have something to say). Throws SchemaError for an unusable repository schema.
 */
export function frontMatterFacts(
  document: DocumentModel,
  config: ResolvedConfig,
  environment: LintEnvironment,
): FrontMatterFacts | undefined {
  const cached = factsByDocument.get(document);
  if (cached !== undefined) return cached ?? undefined;
  const frontMatter = document.frontMatter;
  let facts: FrontMatterFacts | null = null;
  if (frontMatter?.closed && !frontMatter.errors.some((error) => error.code !== 'DUPLICATE_KEY')) {
    const schema = loadFrontMatterSchema(config.frontMatter.schemaPath, environment.fs);
    const entries = new Map<string, FrontMatterEntry>();
    for (const entry of frontMatter.entries) if (!entries.has(entry.key)) entries.set(entry.key, entry);
    const isInclude = isIncludeFile(document);
    facts = {
      frontMatter,
      schema,
      settings: effectiveSettings(config, schema),
      isInclude,
      entries,
      // docfx builds articles; include files are excluded from its content and get no metadata.
      buildMetadata: isInclude ? {} : environment.docfx.metadataFor(document.path),
    };
  }
  factsByDocument.set(document, facts);
  return facts ?? undefined;
}

/** A front matter entry whose value is text (not a list, a map, a number, or empty). */
export type TextEntry = FrontMatterEntry & { value: string };

/** The file's own `key` entry when its value is text; undefined otherwise (the rule has nothing to say). */
export function textEntry(facts: FrontMatterFacts, key: string): TextEntry | undefined {
  const entry = facts.entries.get(key);
  return entry && typeof entry.value === 'string' ? (entry as TextEntry) : undefined;
}

/**
 * A value is "empty" when it says nothing: missing, blank, an empty list, or a placeholder such as n/a.
 * An entry's value is undefined when it could not be evaluated (an alias bomb over the limit): that
 * is not empty, and calling it so would let a safe fix delete it.
 */
export function isEmptyValue(value: unknown): boolean {
  if (value === null) return true;
  if (value === undefined) return false;
  if (typeof value === 'string') return /^\s*(?:n\/?a)?\s*$/i.test(value);
  if (Array.isArray(value)) return value.length === 0;
  return false;
}
