// uid-duplicate: a front matter `uid` another file of the repository defines too (docfx
// `duplicate-uid`, a warning): an `xref:` link to it can reach only one of them. Files versioned
// with `monikerRange` may share a uid across versions, so they are not compared.
import { basename } from '../fs/file-system.js';
import { indexFor } from '../workspace/graph/references.js';
import { defineRule } from './rule.js';

export const uidDuplicate = defineRule(
  {
    id: 'uid-duplicate',
    docs: { description: 'A uid another file of the repository defines too', category: 'links' },
    defaultSeverity: 'warning',
    fixable: false,
  },
  ({ document, environment, report }) => {
    const entry = document.frontMatter?.entries.find((candidate) => candidate.key === 'uid');
    if (!entry || typeof entry.value !== 'string' || entry.value.trim() === '') return;
    if (document.frontMatter!.entries.some((candidate) => candidate.key === 'monikerRange')) return;
    if (environment.docfx.metadataFor(document.path).monikerRange !== undefined) return;
    const uid = entry.value.trim();
    const index = indexFor(document, environment);
    const others = index.uids
      .definitionsOf(uid)
      .filter((definition) => definition.file !== document.path && !definition.versioned)
      .filter((definition) => environment.docfx.metadataFor(definition.file).monikerRange === undefined);
    if (others.length === 0) return;
    const where = others
      .map((definition) => {
        const folder = index.site.workspaceFolderOf(definition.file);
        const shown = folder ? definition.file.slice(folder.length + 1) : basename(definition.file);
        return definition.line > 0 ? `${shown} (line ${definition.line})` : shown;
      })
      .join(', ');
    report({
      message: `The uid "${uid}" is also defined in ${where}: an xref link can reach only one of them. Give each a uid of its own.`,
      at: entry.valueRange,
    });
  },
);
