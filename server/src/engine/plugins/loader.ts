// remark-lint plug-ins named in configuration (`"plugins": ["remark-lint-no-duplicate-headings"]`):
// found in the repository's node_modules from the folder of the config that names them, loaded
// with a dynamic import once per folder and name. Loading runs repository code, so the Linter only
// does it when its caller allows it (the CLI, a trusted workspace).
import { readFileSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Pluggable } from 'unified';
import { ConfigError } from '../config/config.js';
import { dirname, joinPath, resolvePath } from '../fs/file-system.js';

export interface PluginReference {
  /** As written in the config: a package name, or a path starting with `.` or `/`. */
  name: string;
  /** Folder of the config file that names it: resolution starts here. */
  folder: string;
  /** The config file, for error messages. */
  configFile: string;
}

export class PluginLoader {
  private readonly loaded = new Map<string, Pluggable>();
  private readonly pending = new Map<string, Promise<Pluggable>>();
  private readonly failed = new Set<string>();

  /** The plug-in, when it has been loaded. */
  get(reference: PluginReference): Pluggable | undefined {
    return this.loaded.get(keyOf(reference));
  }

  /** Whether loading was attempted (it may still be under way, or have failed). */
  attempted(reference: PluginReference): boolean {
    return this.pending.has(keyOf(reference));
  }

  /** Whether an attempt has finished, loaded or failed. */
  settled(reference: PluginReference): boolean {
    const key = keyOf(reference);
    return this.loaded.has(key) || this.failed.has(key);
  }

  /** Loads the plug-in once; a failure is a ConfigError naming the config file and the plug-in. */
  load(reference: PluginReference): Promise<Pluggable> {
    const key = keyOf(reference);
    let promise = this.pending.get(key);
    if (!promise) {
      promise = importPlugin(reference).then(
        (plugin) => {
          this.loaded.set(key, plugin);
          return plugin;
        },
        (error: unknown) => {
          this.failed.add(key);
          throw error;
        },
      );
      this.pending.set(key, promise);
    }
    return promise;
  }
}

function keyOf(reference: PluginReference): string {
  return `${reference.folder}\0${reference.name}`;
}

async function importPlugin(reference: PluginReference): Promise<Pluggable> {
  let entry: string;
  let module: { default?: unknown };
  try {
    entry = resolvePluginEntry(reference.name, reference.folder);
    module = (await import(pathToFileURL(entry).href)) as { default?: unknown };
  } catch (error) {
    throw pluginError(reference, error instanceof Error ? error.message : String(error));
  }
  const plugin = module.default;
  if (typeof plugin === 'function' || (isObject(plugin) && Array.isArray(plugin.plugins))) return plugin as Pluggable;
  throw pluginError(reference, `${entry} does not export a remark plug-in or preset as its default export`);
}

function pluginError(reference: PluginReference, detail: string): ConfigError {
  return new ConfigError(reference.configFile, 'plugins', `cannot load "${reference.name}": ${detail}`);
}

/** The file to import for a plug-in: a path from the config folder, or a package in node_modules above it. */
export function resolvePluginEntry(name: string, folder: string): string {
  if (name.startsWith('.') || name.startsWith('/')) {
    const path = resolvePath(folder, name);
    return isDirectory(path) ? packageEntry(path) : path;
  }
  for (let current = folder; ; current = dirname(current)) {
    const packageFolder = joinPath(current, `node_modules/${name}`);
    if (isDirectory(packageFolder)) return packageEntry(packageFolder);
    if (dirname(current) === current) break;
  }
  throw new Error(`it is not installed (no node_modules/${name} in ${folder} or a folder above it)`);
}

function packageEntry(packageFolder: string): string {
  let manifest: { exports?: unknown; main?: unknown } = {};
  try {
    manifest = JSON.parse(readFileSync(joinPath(packageFolder, 'package.json'), 'utf8')) as typeof manifest;
  } catch {
    // No readable package.json: Node's own fallback is index.js.
  }
  const target = exportTarget(manifest.exports) ?? (typeof manifest.main === 'string' ? manifest.main : 'index.js');
  return resolvePath(packageFolder, target);
}

/** The `import` entry of a package's `exports` for the package root. */
function exportTarget(exports: unknown): string | undefined {
  if (typeof exports === 'string') return exports;
  if (Array.isArray(exports)) return exports.map(exportTarget).find((target) => target !== undefined);
  if (!isObject(exports)) return undefined;
  if ('.' in exports) return exportTarget(exports['.']);
  for (const condition of ['import', 'node', 'default']) {
    const target = exportTarget(exports[condition]);
    if (target) return target;
  }
  return undefined;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
