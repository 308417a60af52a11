// The `include` completion writes the path of the includes folder nearest the article, at any depth.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FeatureContext } from '../../../server/src/lsp/features/feature.js';
import { includeSnippetFeature } from '../../../server/src/lsp/features/include-snippet.js';
import { featureContext } from '../../helpers/feature-context.js';

function contextFor(path: string, text: string, others: Record<string, string>): FeatureContext {
  return featureContext(path, text, others);
}

function endOf(text: string) {
  const lines = text.split('\n');
  return { line: lines.length - 1, character: lines.at(-1)!.length };
}

const SHARED_INCLUDES = { '/ws/docs/includes/footer.md': 'Footer\n' };

function insertedFor(path: string, text: string, others: Record<string, string> = SHARED_INCLUDES): string | undefined {
  const items = includeSnippetFeature.completion!(contextFor(path, text, others), endOf(text));
  const edit = items?.[0]?.textEdit;
  return edit && 'range' in edit ? edit.newText : undefined;
}

describe('include completion', () => {
  it('writes the path to the nearest includes folder, whatever the article depth', () => {
    assert.equal(insertedFor('/ws/docs/article.md', 'incl'), '[!INCLUDE [${1:title}](includes/${2:file.md})]$0');
    assert.equal(insertedFor('/ws/docs/guidance/article.md', 'incl'), '[!INCLUDE [${1:title}](../includes/${2:file.md})]$0');
    assert.equal(
      insertedFor('/ws/docs/guidance/adoption/deep/article.md', ''),
      '[!INCLUDE [${1:title}](../../../includes/${2:file.md})]$0',
    );
  });

  it('prefers an includes folder closer to the article', () => {
    const others = { ...SHARED_INCLUDES, '/ws/docs/guidance/includes/local.md': 'Local\n' };
    assert.equal(insertedFor('/ws/docs/guidance/article.md', 'in', others), '[!INCLUDE [${1:title}](includes/${2:file.md})]$0');
  });

  it('replaces the typed word, also inside a blockquote, and says where the folder is', () => {
    const text = '> inc';
    const [item] = includeSnippetFeature.completion!(contextFor('/ws/docs/guidance/article.md', text, SHARED_INCLUDES), endOf(text))!;
    assert.equal(item!.detail, 'Include a file from ../includes/');
    assert.deepEqual(item!.textEdit && 'range' in item.textEdit ? item.textEdit.range : undefined, {
      start: { line: 0, character: 2 },
      end: { line: 0, character: 5 },
    });
  });

  it('falls back to includes/ beside the article when the workspace has none', () => {
    assert.equal(insertedFor('/ws/article.md', 'i', {}), '[!INCLUDE [${1:title}](includes/${2:file.md})]$0');
  });

  it('is not offered mid-sentence, for another word, in front matter or in code', () => {
    assert.equal(insertedFor('/ws/docs/article.md', 'Some text incl'), undefined);
    assert.equal(insertedFor('/ws/docs/article.md', 'image'), undefined);
    const frontMatter = '---\nincl\n---\n# Title\n';
    assert.equal(
      includeSnippetFeature.completion!(contextFor('/ws/docs/article.md', frontMatter, SHARED_INCLUDES), { line: 1, character: 4 }),
      undefined,
    );
    const code = '```md\nincl\n```\n';
    assert.equal(
      includeSnippetFeature.completion!(contextFor('/ws/docs/article.md', code, SHARED_INCLUDES), { line: 1, character: 4 }),
      undefined,
    );
  });
});
