// Editor help in tables of contents (toc.yml, toc.json): completion of paths after `href:`,
// `topicHref:` and `tocHref:` (articles, TOC files or folders, as each key takes them), and go to
// definition on an entry's path (a folder goes to the TOC it holds, probed the build's way).
import type { Location } from 'vscode-languageserver';
import { joinPath } from '../../engine/fs/file-system.js';
import { parseTocDocument, tocEntries, tocFormatOf, tocOf, tocReferences, type TocReferenceKey } from '../../engine/parse/toc.js';
import { TOC_FILE_NAMES, tocHrefKind } from '../../engine/workspace/graph/tocs.js';
import { pathToUri } from '../convert.js';
import type { FeatureContext, LanguageFeature } from './feature.js';
import { completePath } from './links.js';
import { indexOf } from './workspace-models.js';

const YAML_HREF = /^\s*(?:-\s+)?(href|topicHref|tocHref)\s*:\s*["']?([^"'\s#]*)$/;
const JSON_HREF = /"(href|topicHref|tocHref)"\s*:\s*"([^"]*)$/;
const TOC_FILE = /^toc\.(md|yml|json)$/i;
const ARTICLE = /\.(md|yml)$/i;

/** Which files each key takes (folders are always offered, to walk into). */
const ACCEPTS: Record<TocReferenceKey, (name: string) => boolean> = {
  href: (name) => ARTICLE.test(name) || TOC_FILE.test(name) || /\.json$/i.test(name),
  topicHref: (name) => ARTICLE.test(name) && !TOC_FILE.test(name),
  tocHref: (name) => TOC_FILE.test(name),
};

export const tocsFeature: LanguageFeature = {
  triggerCharacters: ['"', '/'],

  completion(context, position) {
    const format = tocFormatOf(context.path);
    if (format !== 'yaml' && format !== 'json') return undefined;
    const before = context.document.getText({ start: { line: position.line, character: 0 }, end: position });
    const match = (format === 'yaml' ? YAML_HREF : JSON_HREF).exec(before);
    if (!match) return undefined;
    const key = match[1] as TocReferenceKey;
    return completePath(context, indexOf(context), match[2]!, position, ACCEPTS[key]);
  },

  definition(context, position) {
    const format = tocFormatOf(context.path);
    if (format !== 'yaml' && format !== 'json') return undefined;
    return definitionInToc(context, context.document.offsetAt(position));
  },
};

function definitionInToc(context: FeatureContext, offset: number): Location[] | undefined {
  const toc = tocOf(parseTocDocument(context.path, context.document.getText()));
  if (!toc) return undefined;
  for (const entry of tocEntries(toc.entries)) {
    for (const [, reference] of tocReferences(entry)) {
      if (offset < reference.at[0] || offset > reference.at[1]) continue;
      const index = indexOf(context);
      const target = index.resolve(context.path, reference.value, context.linter.config.resolve(context.path).docsets);
      const path = target.kind === 'path' || target.kind === 'site' ? target.path : undefined;
      if (!path) return undefined;
      const candidates =
        tocHrefKind(reference.value) === 'folder'
          ? TOC_FILE_NAMES.map((name) => joinPath(path, name))
          : [path, path + '.md', joinPath(path, 'index.md')];
      const found = candidates.map((candidate) => index.lookup(candidate)).find((lookup) => lookup?.kind === 'file');
      if (!found) return undefined;
      return [{ uri: pathToUri(found.path), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }];
    }
  }
  return undefined;
}
