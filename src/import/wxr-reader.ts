// Reads a WordPress export (WXR 1.1/1.2) as a stream with saxes: memory stays bounded by one
// item however large the file. Emits the channel's records (authors, categories, tags, terms)
// and each item with its fields, categories and post meta. Input that is not a well-formed
// UTF-8 WXR file stops the read with a message naming the line and the item it was in.
import { createReadStream } from 'node:fs';
import { SaxesParser } from 'saxes';

/** The file cannot be read as a WordPress export; the message says where and why. */
import { WxrError } from './wxr-error.js';

export { WxrError };

export type WxrRecordKind = 'item' | 'author' | 'category' | 'tag' | 'term';

export interface WxrRecord {
  kind: WxrRecordKind;
  /** Line where the record starts (1-based), for messages. */
  line: number;
  /** Direct children's text: `title`, `wp:post_id`, `content:encoded`… */
  fields: Map<string, string>;
  /** An item's `<category domain nicename>` entries (categories, tags, Polylang terms). */
  categories: { domain: string; nicename: string; name: string }[];
  /** An item's post meta (`_thumbnail_id`, `_wp_attachment_image_alt`…). */
  meta: Map<string, string>;
  comments: number;
}

export interface WxrChannel {
  wxrVersion: string;
  baseSiteUrl: string;
  link: string;
}

const recordKinds: Record<string, WxrRecordKind> = {
  item: 'item',
  'wp:author': 'author',
  'wp:category': 'category',
  'wp:tag': 'tag',
  'wp:term': 'term',
};

// Characters XML 1.0 forbids (C0 controls but tab, newline and carriage return; U+FFFE/FFFF):
// old WordPress databases hold some, and WordPress writes them out as they are.
// eslint-disable-next-line no-control-regex -- these are exactly the characters to drop
const invalidChars = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * Streams `path`, calling `onRecord` for each record in file order (awaited: the read waits for
 * the importer). Returns the channel's version and addresses, and how many invalid characters
 * were dropped.
 */
export async function readWxr(
  path: string,
  onRecord: (record: WxrRecord) => Promise<void> | void,
): Promise<{ channel: WxrChannel; invalidChars: number }> {
  const parser = new SaxesParser({ position: true, xmlns: false });
  const channel: WxrChannel = { wxrVersion: '', baseSiteUrl: '', link: '' };
  const stack: string[] = [];
  const ready: WxrRecord[] = [];
  let record: WxrRecord | undefined;
  let recordDepth = 0;
  let text = '';
  let meta: { key: string; value: string } | undefined;
  let category: { domain: string; nicename: string } | undefined;
  let inComment = false;
  let dropped = 0;

  const where = () => {
    if (!record) return '';
    const id = record.fields.get('wp:post_id') ?? record.fields.get('wp:term_id');
    const title = record.fields
      .get('title')
      ?.trim()
      .replace(/&#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code)));
    return ` (in the ${record.kind} starting at line ${record.line}${id ? `, id ${id}` : ''}${title ? `, “${title.slice(0, 80)}”` : ''})`;
  };

  parser.on('opentag', (tag) => {
    const attributes = tag.attributes as Record<string, string>;
    const name = tag.name;
    if (stack.length === 0 && name !== 'rss')
      throw new WxrError(
        `This is not a WordPress export: the file starts with <${name}>, a WXR file with <rss>.`,
      );
    const parent = stack[stack.length - 1];
    stack.push(name);
    text = '';
    if (!record && parent === 'channel' && recordKinds[name]) {
      record = {
        kind: recordKinds[name],
        line: parser.line,
        fields: new Map(),
        categories: [],
        meta: new Map(),
        comments: 0,
      };
      recordDepth = stack.length;
      return;
    }
    if (!record) return;
    if (stack.length === recordDepth + 1) {
      if (name === 'category')
        category = {
          domain: attributes.domain ?? '',
          nicename: attributes.nicename ?? '',
        };
      else if (name === 'wp:postmeta') meta = { key: '', value: '' };
      else if (name === 'wp:comment') {
        record.comments++;
        inComment = true;
      }
    }
  });
  const onText = (chunk: string) => {
    if (stack.length) text += chunk;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', (tag) => {
    const name = tag.name;
    const depth = stack.length;
    stack.pop();
    if (!record) {
      if (stack[stack.length - 1] === 'channel') {
        if (name === 'wp:wxr_version') channel.wxrVersion = text.trim();
        else if (name === 'wp:base_site_url') channel.baseSiteUrl = text.trim();
        else if (name === 'link') channel.link = text.trim();
      }
      text = '';
      return;
    }
    if (depth === recordDepth) {
      ready.push(record);
      record = undefined;
    } else if (depth === recordDepth + 1) {
      if (name === 'category' && category) {
        record.categories.push({ ...category, name: text.trim() });
        category = undefined;
      } else if (name === 'wp:postmeta' && meta) {
        if (meta.key) record.meta.set(meta.key, meta.value);
        meta = undefined;
      } else if (name === 'wp:comment') inComment = false;
      else if (!record.fields.has(name)) record.fields.set(name, text);
    } else if (meta && depth === recordDepth + 2) {
      if (name === 'wp:meta_key') meta.key = text.trim();
      else if (name === 'wp:meta_value') meta.value = text;
    } else if (inComment) {
      // comment fields are counted, not kept
    }
    text = '';
  });

  const write = (chunk: string) => {
    try {
      parser.write(chunk);
    } catch (error) {
      if (error instanceof WxrError) throw error;
      throw new WxrError(
        `The file is not well-formed XML at line ${parser.line}${where()}: ${cleanMessage(error)}.`,
      );
    }
  };
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let bytes = 0;
  for await (const chunk of createReadStream(path, {
    highWaterMark: 256 * 1024,
  }) as AsyncIterable<Buffer>) {
    if (bytes === 0) checkDeclaredEncoding(chunk);
    let decoded: string;
    try {
      decoded = decoder.decode(chunk, { stream: true });
    } catch {
      throw new WxrError(
        `The file is not valid UTF-8 (near byte ${bytes}, line ${parser.line}${where()}). Convert it to UTF-8 first.`,
      );
    }
    bytes += chunk.byteLength;
    write(
      decoded.replace(invalidChars, () => {
        dropped++;
        return '';
      }),
    );
    for (let next = ready.shift(); next; next = ready.shift()) await onRecord(next);
  }
  if (bytes === 0) throw new WxrError('The file is empty: it is not a WordPress export.');
  try {
    parser.close();
  } catch (error) {
    throw new WxrError(
      `The file ends in the middle of the export (truncated?) at line ${parser.line}${where()}: ${cleanMessage(error)}.`,
    );
  }
  for (let next = ready.shift(); next; next = ready.shift()) await onRecord(next);
  if (!channel.wxrVersion)
    throw new WxrError(
      'This is not a WordPress export: it has no <wp:wxr_version> (export it with Tools → Export in WordPress).',
    );
  return { channel, invalidChars: dropped };
}

function cleanMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^(?:[^:]*:)?\d+:\d+:\s*/, '').replace(/\.$/, '');
}

/** The XML declaration is read before decoding, so another encoding gets its own message. */
function checkDeclaredEncoding(head: Buffer): void {
  const declared = /^\uFEFF?\s*<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/.exec(
    head.subarray(0, 300).toString('latin1'),
  )?.[1];
  if (declared && !/^utf-?8$/i.test(declared))
    throw new WxrError(
      `The file declares the encoding ${declared}; WordPress writes UTF-8. Convert it first (iconv -f ${declared} -t UTF-8).`,
    );
}
