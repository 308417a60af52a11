// What a rule may know beyond its own file: the file system (read-only) and the workspace folders.
import type { DocfxProjects } from '../config/docfx.js';
import type { FileSystem } from '../fs/file-system.js';
import type { WorkspaceIndex } from './index.js';

export interface LintEnvironment {
  fs: FileSystem;
  /** Workspace folders (absolute). Nothing outside them is read. */
  workspaceFolders: string[];
  /** 'repository' when the whole repository is validated: rules of repository scope run then. */
  mode: 'file' | 'repository';
  /** The date rules treat as today (ms.date checks); injectable for tests. */
  today: Date;
  /** docfx.json projects: docset roots and build metadata. */
  docfx: DocfxProjects;
  /** The workspace index (files, anchors, reverse edges), when the caller keeps one; rules fall back to the file system. */
  index?: WorkspaceIndex;
}
