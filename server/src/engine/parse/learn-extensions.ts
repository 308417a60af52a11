// What Learn's Markdown extensions are: the alert types and the triple-colon extensions with the
// attributes each takes. The parser and rules check documents against these facts, and the
// language server offers them as completions: both read them here.

/** The five alert types, in the order Learn's contributor guide lists them, with what each is for. */
export const LEARN_ALERTS: ReadonlyArray<{ type: string; purpose: string }> = [
  { type: 'NOTE', purpose: 'Information the reader should notice, even when skimming.' },
  { type: 'TIP', purpose: 'Optional information that helps the reader be more successful.' },
  { type: 'IMPORTANT', purpose: 'Essential information the reader needs to succeed.' },
  { type: 'CAUTION', purpose: 'The possible negative consequences of an action.' },
  { type: 'WARNING', purpose: 'The certain, dangerous consequences of an action.' },
];

/** The alert types Learn renders (`> [!NOTE]`…), in upper case as written in source. */
export const ALERT_TYPES: readonly string[] = LEARN_ALERTS.map((alert) => alert.type);

export interface LearnAttribute {
  name: string;
  description: string;
  /** An example value, for the writer to type over. */
  placeholder: string;
  /** The only values the attribute takes. */
  values?: string[];
}

export interface LearnExtension {
  name: string;
  /**
   * How it is written: `container` blocks end with `:::name-end:::`; `inline` ones are one line
   * closed by `:::` (a `type="complex"` image is a container); `line` ones are one line whose
   * closing `:::` is optional.
   */
  kind: 'container' | 'inline' | 'line';
  description: string;
  /** The attributes it takes, required ones first. */
  attributes: LearnAttribute[];
}

/** The triple-colon extensions Learn knows. */
export const LEARN_EXTENSIONS: readonly LearnExtension[] = [
  {
    name: 'zone',
    kind: 'container',
    description: 'Content shown only for one pivot or one publishing target; closed by :::zone-end.',
    attributes: [
      {
        name: 'pivot',
        description: 'Comma-separated pivot ids (lower case, digits and dashes) this zone is shown for.',
        placeholder: 'pivot-id',
      },
      { name: 'target', description: 'Where this zone is published.', placeholder: 'docs', values: ['docs', 'chromeless', 'pdf'] },
    ],
  },
  {
    name: 'moniker',
    kind: 'container',
    description: 'Content shown only for some versions of the product; closed by :::moniker-end.',
    attributes: [
      {
        name: 'range',
        description: 'The product versions this content applies to, for example ">= version-2".',
        placeholder: '>= product-version',
      },
    ],
  },
  { name: 'row', kind: 'container', description: 'A row of columns; closed by :::row-end:::.', attributes: [] },
  {
    name: 'column',
    kind: 'container',
    description: 'A column inside a :::row:::; closed by :::column-end:::.',
    attributes: [{ name: 'span', description: 'How many columns of the row this column spans.', placeholder: '2' }],
  },
  {
    name: 'image',
    kind: 'inline',
    description: 'An image with alt text.',
    attributes: [
      {
        name: 'type',
        description: 'content (with alt text), icon (decorative, no alt text) or complex (with a long description).',
        placeholder: 'content',
        values: ['content', 'icon', 'complex'],
      },
      { name: 'source', description: 'Path of the image file, relative to this article.', placeholder: 'media/image.png' },
      {
        name: 'alt-text',
        description: 'What the image shows, for readers who cannot see it. Required unless type is icon.',
        placeholder: 'Screenshot that shows what the reader needs to see.',
      },
      {
        name: 'border',
        description: 'Whether a border is drawn around the image (true by default for screenshots).',
        placeholder: 'false',
        values: ['true', 'false'],
      },
      {
        name: 'lightbox',
        description: 'Path of a larger image that opens when the reader selects this one.',
        placeholder: 'media/image-expanded.png',
      },
      {
        name: 'link',
        description: 'Where the image links to, instead of opening the lightbox.',
        placeholder: 'https://learn.microsoft.com/',
      },
      { name: 'loc-scope', description: 'Product scope of the image for localization (for example other, azure).', placeholder: 'other' },
    ],
  },
  {
    name: 'code',
    kind: 'inline',
    description: 'A code sample read from a file of the repository.',
    attributes: [
      { name: 'source', description: 'Path of the file that holds the code.', placeholder: 'snippets/example.cs' },
      { name: 'language', description: 'Language of the code, for highlighting (csharp, python, powershell…).', placeholder: 'csharp' },
      { name: 'range', description: 'Lines of the file to show, for example 2-24,36-42.', placeholder: '1-10' },
      { name: 'highlight', description: 'Lines to highlight, counted in the shown code, for example 2-4,7.', placeholder: '1' },
      {
        name: 'id',
        description: 'Name of a snippet region (#region or <snippet>) in the file to show instead of a range.',
        placeholder: 'snippet-id',
      },
      {
        name: 'interactive',
        description: 'Makes the sample runnable in the browser.',
        placeholder: 'try-dotnet',
        values: ['try-dotnet', 'try-dotnet-class', 'try-dotnet-method', 'cloudshell-powershell', 'cloudshell-bash'],
      },
    ],
  },
  {
    name: 'video',
    kind: 'inline',
    description: 'An embedded video player.',
    attributes: [
      {
        name: 'source',
        description: 'Embed address of the video (YouTube embed or Microsoft video player), over HTTPS.',
        placeholder: 'https://www.youtube-nocookie.com/embed/VIDEO_ID',
      },
      { name: 'title', description: 'What the video shows, read by screen readers.', placeholder: 'What the video shows' },
      { name: 'max-width', description: 'Largest width of the player, in pixels (a number).', placeholder: '640' },
    ],
  },
  {
    name: 'no-loc',
    kind: 'inline',
    description: 'Text that is never translated (product names, UI strings).',
    attributes: [{ name: 'text', description: 'The text that stays as written in every language.', placeholder: 'Power Platform' }],
  },
  {
    name: 'form',
    kind: 'line',
    description: 'A form that runs an action with a submit button (chromeless pages).',
    attributes: [
      { name: 'action', description: 'The action the form runs when submitted.', placeholder: 'create-resource' },
      { name: 'submitText', description: 'Label of the submit button.', placeholder: 'Create' },
      { name: 'model', description: 'Path of the JSON model that defines the fields of the form.', placeholder: 'form-model.json' },
    ],
  },
];

export const LEARN_EXTENSION_BY_NAME: ReadonlyMap<string, LearnExtension> = new Map(
  LEARN_EXTENSIONS.map((extension) => [extension.name, extension]),
);

/** How each triple-colon extension Learn knows is written (see `LearnExtension.kind`). */
export const TRIPLE_COLON_EXTENSIONS: ReadonlyMap<string, LearnExtension['kind']> = new Map(
  LEARN_EXTENSIONS.map((extension) => [extension.name, extension.kind]),
);
