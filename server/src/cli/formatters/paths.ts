import { relativePath } from '../../engine/fs/file-system.js';

/** Path of a finding's file as printed: relative to the working directory, forward slashes. */
export function displayPath(file: string, cwd: string): string {
  return relativePath(cwd, file) || file;
}
