// Which repository a path on the command line belongs to: the root every check and move of it sees.
import { PUBLISH_CONFIG } from '../engine/config/docfx.js';
import { dirname, joinPath, type FileSystem } from '../engine/fs/file-system.js';

/**
 * The repository around a path: the nearest folder with .git, else the nearest with a Learn
 * publishing config (a copy without .git is still one repository, and checking one of its folders
 * must resolve `../includes` above it), else the path's own folder.
 */
export function workspaceFolderFor(fs: FileSystem, path: string): string {
  const start = fs.stat(path)?.type === 'directory' ? path : dirname(path);
  let published: string | undefined;
  for (let folder = start; ; folder = dirname(folder)) {
    if (fs.stat(joinPath(folder, '.git'))) return folder;
    if (!published && fs.stat(joinPath(folder, PUBLISH_CONFIG))?.type === 'file') published = folder;
    if (dirname(folder) === folder) return published ?? start;
  }
}
