// link-insecure: `http://` links and images; Microsoft sites all serve https, so those are rewritten.
// Other sites may not serve https at all: only an info asking the writer to check.
import { writtenLinkUrls } from '../workspace/graph/references.js';
import { classifyDestination, isMicrosoftHost, isNamespaceHost } from '../workspace/graph/urls.js';
import { defineRule } from './rule.js';

const LOCAL_HOST = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|0\.0\.0\.0)$|\.(localhost|local|test|example)$|^example\.(com|org|net)$/;

export const linkInsecure = defineRule(
  {
    id: 'link-insecure',
    docs: { description: 'Links and images use https://, not http:// (Microsoft domains; other domains info)', category: 'links' },
    defaultSeverity: 'warning',
    fixable: true,
  },
  ({ document, report }) => {
    const images = document.images.map((image) => ({ url: image.source, start: image.sourceRange.start.offset }));
    for (const { url, start } of [...writtenLinkUrls(document), ...images]) {
      const destination = classifyDestination(url);
      const host = destination.host ?? '';
      if (destination.kind !== 'external' || destination.scheme !== 'http' || !url.trim().toLowerCase().startsWith('http://')) continue;
      // Local addresses and XML namespace names are not pages served over the internet.
      if (LOCAL_HOST.test(host) || isNamespaceHost(host)) continue;
      const schemeStart = start + (url.length - url.trimStart().length);
      const range: [number, number] = [schemeStart, schemeStart + 'http'.length];
      if (isMicrosoftHost(host)) {
        report({
          message: `Use https: ${host} serves every page over https.`,
          at: range,
          fix: { title: 'Change to https://', edits: [{ start: range[0], end: range[1], newText: 'https' }], safe: true },
        });
      } else {
        report({ message: `This link uses http://; use https:// if ${host} supports it.`, at: range, severity: 'info' });
      }
    }
  },
);
