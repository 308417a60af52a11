// The extension manifest (package.json) is data VS Code reads; it must name the same command and
// settings section as the protocol module the client and the server share.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import { SETTINGS_SECTION, VALIDATE_WORKSPACE_COMMAND } from '../../../server/src/protocol.js';

interface Manifest {
  contributes: {
    commands: { command: string }[];
    configuration: { properties: Record<string, unknown> };
    configurationDefaults: Record<string, unknown>;
  };
}

const manifest = JSON.parse(await readFile(new URL('../../../package.json', import.meta.url), 'utf8')) as Manifest;

describe('the manifest agrees with the shared protocol', () => {
  test('it contributes the server command that validates the repository', () => {
    assert.ok(manifest.contributes.commands.some(({ command }) => command === VALIDATE_WORKSPACE_COMMAND));
  });

  test('every setting it contributes is in the section the server reads', () => {
    const keys = Object.keys(manifest.contributes.configuration.properties);
    assert.ok(keys.length > 0);
    for (const key of keys) assert.ok(key.startsWith(`${SETTINGS_SECTION}.`), key);
  });

  test('it turns off the built-in Markdown path completions, which would duplicate the Learn-aware ones', () => {
    assert.equal(manifest.contributes.configurationDefaults['markdown.suggest.paths.enabled'], false);
  });
});
