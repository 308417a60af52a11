// Keeps the engine's workspace index current for the language server: built in the background at
// start (with work-done progress), updated from open-document edits and watched-file events, and
// answering which other files to re-check after each change. When checks run in lint workers, a
// change that arrives while it is being built waits for the build: working out what it affects
// needs every file summarised, which would otherwise happen at once, on the main thread, in the
// middle of a didOpen. (Checked in-process, the main thread's index must be current for each check.)
import { FileChangeType, type Connection, type FileEvent } from 'vscode-languageserver';
import type { FileSystem } from '../engine/fs/file-system.js';
import { WorkspaceIndex } from '../engine/workspace/index.js';
import { uriToPath } from './convert.js';

const CANCEL_POLL_MS = 20;

export class ServerWorkspaceIndex {
  private index: WorkspaceIndex | undefined;
  private folders: string[] = [];
  private building: Promise<void> | undefined;
  private built = false;
  /** Changes that arrived during the build, in order. */
  private pending: Array<{ path: string; deleted: boolean }> = [];

  constructor(
    private readonly connection: Connection,
    private readonly fs: FileSystem,
    private readonly changesDuringBuild: {
      wait: boolean;
      /** The files to re-check for the changes that waited, once the build is done (as `documentChanged` answers later on). */
      applied: (dependents: Set<string>) => void;
    },
  ) {}

  /** The index for these workspace folders (a new one when they changed). */
  for(folders: string[]): WorkspaceIndex {
    if (!this.index || folders.join('\n') !== this.folders.join('\n')) {
      this.folders = [...folders];
      this.index = new WorkspaceIndex({ fs: this.fs, workspaceFolders: this.folders });
      this.building = undefined;
      this.built = false;
      // A new index reads every file (and the unsaved documents) anew.
      this.pending = [];
    }
    return this.index;
  }

  /** Scans the whole workspace in slices, yielding to the event loop between them. */
  buildInBackground(folders: string[], withProgress: boolean): Promise<void> {
    const index = this.for(folders);
    this.building ??= (async () => {
      const progress = withProgress ? await this.connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
      progress?.begin('Guidance Lint: indexing links', 0, 'Reading Markdown files…', false);
      const started = performance.now();
      try {
        let files = 0;
        for (const { done, total } of index.buildSteps()) {
          // Another set of folders replaced this index: stop working on the old one.
          if (this.index !== index) return;
          files = total;
          progress?.report(total === 0 ? 100 : Math.floor((done / total) * 100), `${done} of ${total} files`);
          await new Promise((resolve) => setImmediate(resolve));
        }
        this.connection.console.info(`Index ready: ${files} Markdown files in ${formatDuration(performance.now() - started)}.`);
        this.built = true;
        const dependents = new Set<string>();
        for (const change of this.pending.splice(0)) for (const file of this.apply(change)) dependents.add(file);
        if (dependents.size > 0) this.changesDuringBuild.applied(dependents);
      } finally {
        progress?.done();
      }
    })();
    return this.building;
  }

  /**
   * Waits for the index to be built; resolves false as soon as `cancelled()` says so (checked every
   * few milliseconds: the build yields to the event loop between slices, so a cancel request gets in).
   */
  async builtUnlessCancelled(folders: string[], cancelled: () => boolean): Promise<boolean> {
    let poll: NodeJS.Timeout | undefined;
    const whenCancelled = new Promise<false>((resolve) => {
      poll = setInterval(() => {
        if (cancelled()) resolve(false);
      }, CANCEL_POLL_MS);
    });
    try {
      if (cancelled()) return false;
      return await Promise.race([this.buildInBackground(folders, false).then(() => true), whenCancelled]);
    } finally {
      clearInterval(poll);
    }
  }

  /** An open document's text changed (or it was closed and the disk version applies again). */
  documentChanged(path: string): Set<string> {
    if (!this.index) return new Set();
    if (this.waits()) {
      this.pending.push({ path, deleted: false });
      return new Set();
    }
    return this.index.update(path);
  }

  /** Watched files were created, changed or deleted. Returns the files to re-check. */
  filesChanged(changes: FileEvent[]): Set<string> {
    const dependents = new Set<string>();
    if (!this.index) return dependents;
    for (const change of changes) {
      const path = uriToPath(change.uri);
      if (!path) continue;
      const event = { path, deleted: change.type === FileChangeType.Deleted };
      if (this.waits()) this.pending.push(event);
      else for (const file of this.apply(event)) dependents.add(file);
      if (!event.deleted) dependents.add(path);
    }
    return dependents;
  }

  private waits(): boolean {
    return this.changesDuringBuild.wait && !this.built;
  }

  private apply({ path, deleted }: { path: string; deleted: boolean }): Set<string> {
    return deleted ? this.index!.remove(path) : this.index!.update(path);
  }
}

/** A duration for the output channel: milliseconds under a second, else seconds with one decimal. */
export function formatDuration(milliseconds: number): string {
  return milliseconds < 1000 ? `${Math.round(milliseconds)} ms` : `${(milliseconds / 1000).toFixed(1)} s`;
}
