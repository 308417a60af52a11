// What img-alt-filename, img-alt-repeated and img-alt-length share: the images whose alt text the
// reader gets (not videos, not images without alt text: img-alt-missing's), and where that alt
// text is written, so a finding marks the text itself.
import type { DocumentModel, ImageInfo } from '../parse/document.js';

export interface AltText {
  image: ImageInfo;
  /** Trimmed, spaces collapsed. */
  text: string;
  /** Offsets of the alt text as written; the image when it cannot be told apart. */
  at: [number, number];
  /** `:::image type="icon"`: decorative, its alt text may be short. */
  isIcon: boolean;
}

const ALT_ATTRIBUTE = /\balt(?:-text)?\s*=\s*(["'])/i;

export function altTexts(document: DocumentModel): AltText[] {
  const texts: AltText[] = [];
  for (const image of document.images) {
    if (image.kind === 'video' || image.alt === undefined) continue;
    const text = image.alt.replace(/\s+/g, ' ').trim();
    if (text === '') continue;
    const start = image.range.start.offset;
    const end = image.range.end.offset;
    const source = document.text.slice(start, end);
    let at: [number, number] = [start, end];
    if (image.kind === 'markdown') at = [start + 2, start + 2 + source.slice(2).indexOf(']')];
    else {
      const attribute = ALT_ATTRIBUTE.exec(source);
      const close = attribute ? source.indexOf(attribute[1]!, attribute.index + attribute[0].length) : -1;
      if (attribute && close !== -1) at = [start + attribute.index + attribute[0].length, start + close];
    }
    const isIcon = image.kind === 'triple-colon' && /\btype\s*=\s*"icon"/i.test(source);
    texts.push({ image, text, at, isIcon });
  }
  return texts;
}

/** The file name an image source ends in (without query, fragment, escapes), or undefined. */
export function imageFileName(source: string): string | undefined {
  const path = source.split(/[?#]/)[0]!;
  const name = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name) || undefined;
  } catch {
    return name || undefined;
  }
}
