// Repository plug-ins are code from the checkout. CI on a pull request from a fork checks out the
// fork's code, so the CLI runs plug-ins only with --allow-plugins; without it, a config that names
// some gets one notice saying what was not run and how to run it.
import type { Linter } from '../engine/lint.js';
import { dirname, relativePath } from '../engine/fs/file-system.js';
import { escapeControl } from './formatters/escape.js';

/** The notice for the configs (of these files) that name plug-ins, or undefined when none do. */
export function skippedPluginsNotice(linter: Linter, files: readonly string[], cwd: string): string | undefined {
  const named = new Map<string, string[]>();
  for (const folder of new Set(files.map(dirname))) {
    for (const config of linter.config.chainFor(folder)) {
      if (config.data.plugins?.length) named.set(config.path, config.data.plugins);
    }
  }
  if (named.size === 0) return undefined;
  const list = [...named].map(([path, plugins]) => `${plugins.join(', ')} (${relativePath(cwd, path) || path})`).join('; ');
  return (
    escapeControl(
      `guidance-lint: remark-lint plug-ins named by the configuration were not run: ${list}. They are code from the repository; pass --allow-plugins to run them.`,
    ) + '\n'
  );
}
