// link-site-relative: a `/docset/path` link whose docset is built from this repository (docset map
// from config `docsets`, docfx.json `breadcrumb_path`, .openpublishing.publish.config.json) must
// name an article or file that exists there.
import { checkReferences } from '../workspace/graph/references.js';
import { defineRule } from './rule.js';

export const linkSiteRelative = defineRule(
  {
    id: 'link-site-relative',
    docs: {
      description: 'Site-relative /docset/path link points to an existing article when the docset is in this repository',
      category: 'links',
    },
    defaultSeverity: 'warning',
    fixable: false,
  },
  ({ document, environment, config, report }) => {
    for (const check of checkReferences(document, environment, config)) {
      for (const problem of check.problems) {
        if (problem.kind !== 'site-missing') continue;
        report({
          message: `${problem.sitePath} is in a docset built from this repository, but no article or file there matches it.`,
          at: [check.at[0] + check.destination.pathStart, check.at[0] + check.destination.pathStart + check.destination.rawPath.length],
        });
      }
    }
  },
);
