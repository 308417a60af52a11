import { testRule } from '../../helpers/rule-tester.js';

const files = {
  '/ws/power-platform/docfx.json': JSON.stringify({
    build: { globalMetadata: { breadcrumb_path: '/power-platform/breadcrumb/toc.json' } },
  }),
  '/ws/power-platform/guidance/adoption/roles.md': '# Roles\n',
  '/ws/power-platform/guidance/index.yml': 'title: Guidance\n',
};
const path = '/ws/power-platform/guidance/adoption/article.md';

testRule('link-site-relative', {
  valid: [
    {
      name: 'an article of this docset without .md',
      path,
      code: '[r](/power-platform/guidance/adoption/roles) [g](/power-platform/guidance/)\n',
      files,
    },
    { name: 'site paths this repository does not build', path, code: '[a](/azure/virtual-machines/overview)\n', files },
    {
      name: 'a folder this repository does not have (another repository may publish it)',
      path,
      code: '[a](/power-platform/admin/wp-data-loss-prevention)\n',
      files,
    },
    {
      name: 'a docset map from config',
      path: '/ws/docs/article.md',
      code: '[a](/fabric/get-started)\n',
      files: { '/ws/docs/get-started.md': '# G\n', '/ws/docs/.guidancelint.json': JSON.stringify({ docsets: { '/fabric/': 'docs/' } }) },
    },
  ],
  invalid: [
    {
      name: 'a missing article in a folder of this docset',
      path,
      code: '[r](/power-platform/guidance/adoption/rolse#x)\n',
      files,
      errors: [
        { line: 1, column: 5, endColumn: 44, message: '/power-platform/guidance/adoption/rolse is in a docset built from this repository' },
      ],
    },
  ],
});
