// docs/rules/README.md, written from the rules' own metadata so the index cannot drift from the
// code: `npm run docs:rules` rewrites it, and a unit test fails when it is stale.
import { RULE_METAS } from '../server/src/engine/rules/registry.js';
import type { RuleMeta } from '../server/src/engine/types.js';

const FAMILIES: ReadonlyArray<[RuleMeta['docs']['category'], string]> = [
  ['front-matter', 'Front matter'],
  ['markdown', 'Learn Markdown'],
  ['links', 'Links, images and includes'],
  ['toc', 'Tables of contents'],
  ['style', 'Style'],
  ['redirects', 'Redirection files'],
  ['engine', 'Reported by the engine itself'],
];

export function renderRuleIndex(): string {
  const lines = [
    '# Rules',
    '',
    "<!-- Generated from the rules' metadata by `npm run docs:rules`; edit the rules, not this file. -->",
    '',
    'Every rule id Guidance Lint reports, with its default severity (`off`, `info`, `warning`, `error`;',
    'each can be changed in `.guidancelint.jsonc`), whether it offers a fix, and whether it also runs on',
    'Markdown the Learn build does not publish (README, `.github`, `TOC.md`; see',
    '[the build scope](../build-scope.md)). Rule ids are stable: configurations and CI depend on them.',
  ];
  for (const [category, title] of FAMILIES) {
    const metas = RULE_METAS.filter((meta) => meta.docs.category === category);
    lines.push('', `## ${title}`, '', '| rule | default | fix | outside the build | checks |', '|---|---|---|---|---|');
    for (const meta of metas) {
      const outside = meta.outsideBuild ? 'yes' : '—';
      lines.push(
        `| [${meta.id}](${meta.id}.md) | ${meta.defaultSeverity} | ${meta.fixable ? 'yes' : '—'} | ${outside} | ${meta.docs.description.replace(/\|/g, '\\|')} |`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
