// Which Markdown files the Learn build publishes. Learn article rules run on those; the rest of a
// repository (README, SECURITY, .github templates, files a docfx.json excludes) is Markdown read on
// GitHub, where only what is broken there too is reported. See docs/build-scope.md.
//
// A file is built when the docset holding it takes it:
// - with an `.openpublishing.publish.config.json`, the docsets are its `build_source_folder`s and a
//   file outside all of them is not built;
// - without one, the docset is the nearest docfx.json (a lone docfx.json is built as it is);
// - the docset's docfx.json `build.content` globs decide (none given: every file of the docset);
// - with neither config file, the whole workspace counts as built, as it always has.
// A file the build does not take itself is published when a published file includes it.
import type { DocfxProject, DocfxProjects } from './docfx.js';
import { isInside, relativePath } from '../fs/file-system.js';

/** Include chains longer than this are not followed (the include rules report cycles). */
const MAX_INCLUDE_DEPTH = 32;

export class BuildScope {
  constructor(private readonly docfx: DocfxProjects) {}

  /** The build takes this file itself (its docset's content globs match it). */
  isBuilt(path: string): boolean {
    const published = this.docfx.publishedDocsets(path);
    let project: DocfxProject | undefined;
    if (published !== undefined) {
      const docset = this.docfx.publishedDocsetOf(path);
      if (docset === undefined) return false;
      project = this.docfx.projectAt(docset);
    } else {
      project = this.docfx.projectFor(path);
    }
    if (!project?.content) return true;
    return project.content.some(
      (group) => isInside(path, group.base) && path !== group.base && group.matches(relativePath(group.base, path)),
    );
  }

  /** Built, or included (directly or through other includes) by a built file. */
  isPublished(path: string, includersOf: (path: string) => string[]): boolean {
    if (this.isBuilt(path)) return true;
    const seen = new Set<string>([path]);
    let frontier = [path];
    for (let depth = 0; depth < MAX_INCLUDE_DEPTH && frontier.length > 0; depth++) {
      const next: string[] = [];
      for (const file of frontier) {
        for (const includer of includersOf(file)) {
          if (seen.has(includer)) continue;
          if (this.isBuilt(includer)) return true;
          seen.add(includer);
          next.push(includer);
        }
      }
      frontier = next;
    }
    return false;
  }
}
