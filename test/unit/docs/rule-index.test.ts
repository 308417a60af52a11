// The rule index, each page's header line and its Options section say what the rules' metadata says.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { renderRuleIndex } from '../../../scripts/rule-index.js';
import { RULE_METAS } from '../../../server/src/engine/rules/registry.js';

const page = (name: string) => readFileSync(new URL(`../../../docs/rules/${name}`, import.meta.url), 'utf8');

describe('rule documentation', () => {
  it('docs/rules/README.md is what `npm run docs:rules` writes', () => {
    assert.equal(page('README.md'), renderRuleIndex(), 'docs/rules/README.md is stale: run npm run docs:rules');
  });

  it("every rule's page names its default severity in its header line", () => {
    for (const meta of RULE_METAS) {
      const header = page(`${meta.id}.md`)
        .split('\n')
        .find((line) => line.startsWith('**Default:**'));
      assert.ok(header, `docs/rules/${meta.id}.md has a **Default:** line`);
      assert.match(
        header,
        new RegExp(`^\\*\\*Default:\\*\\* ${meta.defaultSeverity}\\b`),
        `docs/rules/${meta.id}.md says the default is ${meta.defaultSeverity}`,
      );
    }
  });

  it("every rule's Options section agrees with its options schema", () => {
    for (const meta of RULE_METAS) {
      const text = page(`${meta.id}.md`);
      const section = text.slice(text.indexOf('\n## Options\n')).split(/\n## (?!Options\n)/)[0]!;
      assert.ok(section.startsWith('\n## Options\n'), `docs/rules/${meta.id}.md has an Options section`);
      const example = new RegExp(`"${meta.id}":\\s*\\[\\s*"(off|info|warning|error)",\\s*\\{`);
      if (!meta.options) {
        assert.doesNotMatch(section, example, `docs/rules/${meta.id}.md shows options, but the rule takes none`);
        continue;
      }
      assert.match(section, example, `docs/rules/${meta.id}.md shows the rule set with options`);
      const properties = Object.keys((meta.options.properties as Record<string, unknown> | undefined) ?? {});
      for (const property of properties)
        assert.ok(section.includes(`\`${property}\``), `docs/rules/${meta.id}.md explains the option \`${property}\``);
    }
  });
});
