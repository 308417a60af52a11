// Zone pivots of an article, as docfx v3 reads them: front matter `zone_pivot_groups` names groups
// (comma-separated) of the docset's definitions file, `zone-pivot-groups.yml` (or the name
// `zone_pivot_group_filename` gives), which lists each group's pivot ids; `::: zone pivot="a,b"`
// shows its content for those pivots. The build looks for the definitions where its site folder
// starts; we take the nearest such file from the article's folder up to its docset root, and say
// nothing about groups when there is none (the definitions may live where we cannot see them).
import { parse as parseYaml } from 'yaml';
import type { DocfxProjects } from '../../config/docfx.js';
import { dirname, isInside, joinPath, type FileSystem } from '../../fs/file-system.js';
import { MAX_SETTINGS_FILE_BYTES } from '../../limits.js';
import type { DocumentModel } from '../../parse/document.js';
import type { TripleColonBlock } from '../../parse/learn-syntax.js';
import type { LintEnvironment } from '../environment.js';

export interface PivotGroup {
  id: string;
  pivots: string[];
}

export interface NamedId {
  id: string;
  /** Offsets of the id as written. */
  at: [number, number];
}

export interface ZonePivotFacts {
  /** The groups front matter names, with where; empty without `zone_pivot_groups`. */
  groups: NamedId[];
  /** Where `zone_pivot_groups` is written (its value). */
  groupsAt: [number, number] | undefined;
  /** The definitions file that applies, and its groups; undefined when none is found. */
  definition: { file: string; groups: PivotGroup[] } | undefined;
  /** Zones opened in the article: the block and the pivot ids it names. */
  zones: Array<{ block: TripleColonBlock; pivots: NamedId[] }>;
}

const DEFAULT_DEFINITION_NAME = 'zone-pivot-groups';
const factsByDocument = new WeakMap<DocumentModel, ZonePivotFacts>();

export function zonePivotFacts(document: DocumentModel, environment: LintEnvironment): ZonePivotFacts {
  const cached = factsByDocument.get(document);
  if (cached) return cached;
  const entry = document.frontMatter?.entries.find((candidate) => candidate.key === 'zone_pivot_groups');
  const groups = typeof entry?.value === 'string' ? idsIn(document.text, entry.valueRange.start.offset, entry.valueRange.end.offset) : [];
  const zones = document.tripleColon
    .filter((block) => block.name === 'zone' && !block.isEnd)
    .map((block) => {
      const pivot = block.attributes.find((attribute) => attribute.name === 'pivot');
      return {
        block,
        pivots:
          pivot?.value !== undefined && pivot.valueRange
            ? idsIn(document.text, pivot.valueRange.start.offset, pivot.valueRange.end.offset)
            : [],
      };
    });
  const needsDefinition = groups.length > 0;
  const facts: ZonePivotFacts = {
    groups,
    groupsAt: entry ? [entry.valueRange.start.offset, entry.valueRange.end.offset] : undefined,
    definition: needsDefinition ? findDefinition(document, environment) : undefined,
    zones,
  };
  factsByDocument.set(document, facts);
  return facts;
}

/** Comma-separated ids between two offsets (quotes and spaces around them skipped), each with its range. */
function idsIn(text: string, start: number, end: number): NamedId[] {
  const ids: NamedId[] = [];
  for (const match of text.slice(start, end).matchAll(/[^\s,"']+/g)) {
    ids.push({ id: match[0], at: [start + match.index, start + match.index + match[0].length] });
  }
  return ids;
}

function findDefinition(document: DocumentModel, environment: LintEnvironment): ZonePivotFacts['definition'] {
  const { docfx, fs } = environment;
  const named = document.frontMatter?.entries.find((candidate) => candidate.key === 'zone_pivot_group_filename')?.value;
  const configured = docfx.metadataFor(document.path).zone_pivot_group_filename;
  const written = typeof named === 'string' ? named : typeof configured === 'string' ? configured : undefined;
  const name = (written ?? DEFAULT_DEFINITION_NAME).trim().replace(/\.(json|ya?ml)$/i, '');
  const root = docsetRoot(document.path, docfx, environment.workspaceFolders);
  if (!root) return undefined;
  for (let folder = dirname(document.path); isInside(folder, root); folder = dirname(folder)) {
    for (const candidate of [`${name}.yml`, `${name}.yaml`, `${name}.json`]) {
      const file = joinPath(folder, candidate);
      if (fs.stat(file)?.type !== 'file') continue;
      // A definitions file that does not read as groups tells nothing: no group is reported missing.
      const groups = readGroups(fs, file);
      return groups ? { file, groups } : undefined;
    }
    if (folder === root) break;
  }
  return undefined;
}

function docsetRoot(path: string, docfx: DocfxProjects, workspaceFolders: string[]): string | undefined {
  const project = docfx.projectFor(path);
  if (project) return project.root;
  return workspaceFolders.filter((folder) => isInside(path, folder)).sort((a, b) => b.length - a.length)[0];
}

function readGroups(fs: FileSystem, file: string): PivotGroup[] | undefined {
  const read = fs.readBoundedFile(file, MAX_SETTINGS_FILE_BYTES);
  if (read.kind !== 'bytes') return undefined;
  let data: unknown;
  try {
    data = parseYaml(new TextDecoder().decode(read.bytes), { maxAliasCount: 100 });
  } catch {
    return undefined;
  }
  const groups = (data as { groups?: unknown } | null)?.groups;
  if (!Array.isArray(groups)) return undefined;
  return groups
    .filter((group): group is { id: unknown; pivots?: unknown } => typeof group === 'object' && group !== null)
    .filter((group) => typeof group.id === 'string')
    .map((group) => ({
      id: group.id as string,
      pivots: Array.isArray(group.pivots)
        ? group.pivots
            .map((pivot: unknown) => (typeof pivot === 'object' && pivot !== null ? (pivot as { id?: unknown }).id : undefined))
            .filter((id): id is string => typeof id === 'string')
        : [],
    }));
}
