import { testRule } from '../../helpers/rule-tester.js';

const docfx = (breadcrumb: string) => JSON.stringify({ build: { globalMetadata: { breadcrumb_path: breadcrumb } } });
const files = {
  '/ws/power-platform/docfx.json': docfx('/power-platform/breadcrumb/toc.json'),
  '/ws/power-platform/guidance/page.md': '# Page\n',
  '/ws/azure/docfx.json': docfx('/azure/breadcrumb/toc.json'),
  '/ws/azure/overview.md': '# Azure\n',
  '/ws/azure/compute/vm.md': '# VM\n',
};
const path = '/ws/power-platform/guidance/article.md';

testRule('link-outside-docset', {
  valid: [
    { name: 'inside the docset', path, code: '[p](page.md)\n', files },
    {
      name: 'climbs into another docset of this repository where the page exists',
      path,
      code: '[a](../../azure/overview.md) [b](../../../azure/compute/vm)\n',
      files,
    },
  ],
  invalid: [
    {
      name: 'climbs into a docset this repository does not build',
      path,
      code: '[a](../../../microsoft-365/admin/setup.md)\n',
      files,
      errors: [
        { line: 1, column: 5, message: 'on the site it is /microsoft-365/admin/setup.md, another docset that cannot be checked here' },
      ],
    },
    {
      name: 'climbs into a known docset where the page is missing',
      path,
      code: '[a](../../azure/compute/gone.md)\n',
      files,
      errors: [{ line: 1, message: 'not in this repository' }],
    },
  ],
});
