// The per-rule part of schemas/guidancelint.schema.json (`definitions.rules`: each rule id with its
// description, default and, for a rule that takes options, the options schema from its `meta.options`),
// written from the rules' own metadata so the editor's completions and the configuration check cannot
// drift from the code: `npm run docs:rules` rewrites it, and a unit test fails when it is stale. The
// rest of the file is written by hand and kept as it is.
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { RULE_METAS } from '../server/src/engine/rules/registry.js';
import type { JsonSchema } from '../server/src/engine/types.js';

export const CONFIG_SCHEMA_FILE = new URL('../schemas/guidancelint.schema.json', import.meta.url);

const LINE_WIDTH = 140;

/** `definitions.rules`: a known rule id takes its own setting; any other id the generic one (plug-in ids, and unknown ids, which the loader names). */
export function ruleSettingsSchema(): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const meta of [...RULE_METAS].sort((a, b) => a.id.localeCompare(b.id))) {
    const described = { description: meta.docs.description, default: meta.defaultSeverity };
    properties[meta.id] = meta.options
      ? {
          ...described,
          oneOf: [
            { $ref: '#/definitions/severity' },
            { type: 'array', minItems: 1, maxItems: 2, items: [{ $ref: '#/definitions/severity' }, meta.options] },
          ],
        }
      : { ...described, $ref: '#/definitions/ruleWithoutOptions' };
  }
  return {
    type: 'object',
    description: 'Rule settings by rule id: a severity, or [severity, options] for a rule that takes options.',
    properties,
    additionalProperties: { $ref: '#/definitions/ruleSetting' },
  };
}

/** The schema file's text with `definitions.rules` written anew; the rest of the text unchanged. */
export function renderConfigSchema(current: string): string {
  const tree = parseTree(current);
  const node = tree && findNodeAtLocation(tree, ['definitions', 'rules']);
  if (!node) throw new Error('schemas/guidancelint.schema.json has no definitions.rules to write');
  const lineStart = current.lastIndexOf('\n', node.offset) + 1;
  const indent = /^ */.exec(current.slice(lineStart))![0];
  const written = formatJson(ruleSettingsSchema(), indent, node.offset - lineStart);
  return current.slice(0, node.offset) + written + current.slice(node.offset + node.length);
}

/** JSON in the file's style: a value on one line when it fits, else one entry a line. */
function formatJson(value: unknown, indent: string, column: number): string {
  const inline = inlineJson(value);
  // +1: the comma that may follow.
  if (column + inline.length + 1 <= LINE_WIDTH || value === null || typeof value !== 'object') return inline;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    const items = value.map((item) => inner + formatJson(item, inner, inner.length));
    return `[\n${items.join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).map(([key, item]) => {
    const prefix = `${inner}${JSON.stringify(key)}: `;
    return prefix + formatJson(item, inner, prefix.length);
  });
  return `{\n${entries.join(',\n')}\n${indent}}`;
}

function inlineJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inlineJson).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}: ${inlineJson(item)}`);
    return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
  }
  return JSON.stringify(value);
}
