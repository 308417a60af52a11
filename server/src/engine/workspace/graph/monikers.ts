// The monikers a docset defines, and a file's own moniker range. docfx v3 takes the definition from
// the config's `monikerDefinition` (a JSON file, or the list itself: `monikers` of
// `{ moniker_name, product_name, order }`). Learn's build usually supplies it from its service, so a
// repository without one defines nothing we can check against: the moniker rules then stay silent
// about names and empty zones.
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import type { DocfxProjects } from '../../config/docfx.js';
import { dirname, isInside, resolvePath, type FileSystem } from '../../fs/file-system.js';
import { MAX_SETTINGS_FILE_BYTES } from '../../limits.js';
import type { DocumentModel } from '../../parse/document.js';
import type { MonikerDefinition } from '../../parse/moniker-range.js';

/** The docset's moniker definition, or undefined when the repository defines none (or it cannot be read). */
export function monikerDefinitionFor(path: string, docfx: DocfxProjects, fs: FileSystem): MonikerDefinition[] | undefined {
  const project = docfx.projectFor(path);
  if (!project) return undefined;
  let written = project.monikerDefinition;
  if (typeof written === 'string') {
    const file = resolvePath(project.root, written.trim().replace(/\\/g, '/'));
    // A URL or a file outside the docset is the build service's, not the repository's.
    if (/^[a-z][a-z0-9+.-]*:/i.test(written.trim()) || !isInside(file, dirname(project.path))) return undefined;
    const read = fs.readBoundedFile(file, MAX_SETTINGS_FILE_BYTES);
    if (read.kind !== 'bytes') return undefined;
    const errors: ParseError[] = [];
    written = parseJsonc(new TextDecoder().decode(read.bytes), errors, { allowTrailingComma: true });
    if (errors.length > 0) return undefined;
  }
  if (typeof written !== 'object' || written === null || !Array.isArray((written as { monikers?: unknown }).monikers)) return undefined;
  const definitions: MonikerDefinition[] = [];
  for (const entry of (written as { monikers: unknown[] }).monikers) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { moniker_name: name, product_name: product, order } = entry as Record<string, unknown>;
    if (typeof name !== 'string' || name.trim() === '') continue;
    definitions.push({
      name: name.trim(),
      product: typeof product === 'string' ? product : '',
      order: typeof order === 'number' ? order : 0,
    });
  }
  return definitions.length > 0 ? definitions : undefined;
}

/** The file's `monikerRange`: its own front matter's, else docfx.json metadata's; with where it is written when in the front matter. */
export function fileMonikerRange(
  document: DocumentModel,
  docfx: DocfxProjects,
): { text: string; at: [number, number] | undefined } | undefined {
  const entry = document.frontMatter?.entries.find((candidate) => candidate.key === 'monikerRange');
  if (entry && typeof entry.value === 'string')
    return { text: entry.value, at: [entry.valueRange.start.offset, entry.valueRange.end.offset] };
  const configured = docfx.metadataFor(document.path).monikerRange;
  return typeof configured === 'string' ? { text: configured, at: undefined } : undefined;
}
