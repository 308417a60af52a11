// fm-type: each value has the form the schema asks for (text or list, text or number) and meets
// the schema's other constraints on it. ms.topic and ms.date values, missing and unknown keys have
// rules of their own.
import type { ErrorObject } from 'ajv';
import { isCollection, type Node as YamlNode } from 'yaml';
import type { FrontMatterEntry } from '../parse/front-matter.js';
import type { Range } from '../types.js';
import { defineFrontMatterRule } from './front-matter-rule.js';

/** Errors other rules report better: fm-topic-value and fm-date-format. */
const OWNED_ELSEWHERE = new Set(['ms.topic/enum', 'ms.date/pattern']);

export const fmType = defineFrontMatterRule(
  {
    id: 'fm-type',
    docs: { description: "A value has the schema's type (text or list, text or number)", category: 'front-matter' },
    defaultSeverity: 'warning',
    fixable: false,
  },
  ({ document, facts, report }) => {
    const metadata: Record<string, unknown> = {};
    // An empty value (null) is fm-empty-value's or fm-required's finding, not a type mismatch.
    for (const [key, entry] of facts.entries) if (entry.value !== undefined && entry.value !== null) metadata[key] = entry.value;
    const reported = new Set<string>();
    for (const error of facts.schema.validate(metadata)) {
      const [key, ...path] = error.instancePath.split('/').slice(1).map(unescapePointer);
      if (key === undefined || reported.has(error.instancePath)) continue;
      if (path.length === 0 && OWNED_ELSEWHERE.has(`${key}/${error.keyword}`)) continue;
      const entry = facts.entries.get(key);
      if (!entry) continue;
      reported.add(error.instancePath);
      report({
        message: describe(key, path, error, valueAt(entry.value, path)),
        at: rangeOf(document.lines, entry, path) ?? entry.valueRange,
      });
    }
  },
);

function describe(key: string, path: string[], error: ErrorObject, value: unknown): string {
  const where = path.length > 0 ? `Item ${Number(path[0]) + 1} of "${key}"` : `"${key}"`;
  if (error.keyword === 'type') {
    const wanted = String((error.params as { type: string | string[] }).type)
      .split(',')
      .map(kindName);
    return `${where} should be ${wanted.join(' or ')}, not ${kindName(kindOf(value))}.`;
  }
  if (error.keyword === 'enum') {
    const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.map(String);
    return `${where} should be one of ${allowed.slice(0, 8).join(', ')}${allowed.length > 8 ? ', …' : ''}.`;
  }
  return `${where} ${error.message ?? 'does not match the schema'}.`;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value === 'object' ? 'object' : typeof value;
}

function kindName(type: string): string {
  switch (type) {
    case 'string':
      return 'text';
    case 'array':
      return 'a list';
    case 'number':
    case 'integer':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'object':
      return 'a set of keys';
    case 'null':
      return 'empty';
    default:
      return type;
  }
}

function valueAt(value: unknown, path: string[]): unknown {
  let current = value;
  for (const part of path)
    current = typeof current === 'object' && current !== null ? (current as Record<string, unknown>)[part] : undefined;
  return current;
}

/** The source range of a value inside a list or map value (such as the second item of a list). */
function rangeOf(lines: { range(start: number, end: number): Range }, entry: FrontMatterEntry, path: string[]): Range | undefined {
  if (path.length === 0) return undefined;
  let node = entry.pair.value as YamlNode | null;
  for (const part of path) {
    if (!isCollection(node)) return undefined;
    node = node.get(/^\d+$/.test(part) ? Number(part) : part, true) as YamlNode | null;
  }
  if (!node?.range) return undefined;
  // Node ranges count from the start of the YAML text; entry ranges know where that is in the file.
  const base = entry.valueRange.start.offset - (entry.pair.value as YamlNode).range![0];
  return lines.range(base + node.range[0], base + node.range[1]);
}

function unescapePointer(part: string): string {
  return part.replace(/~1/g, '/').replace(/~0/g, '~');
}
