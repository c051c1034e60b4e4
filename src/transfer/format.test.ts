import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { manifestJsonSchema, rowJsonSchema } from './format-schema.js';
import { exportValue, parseManifest } from './format.js';
import { lines } from './import-rows.js';

const doc = async (name: string) =>
  JSON.parse(await readFile(new URL(`../../docs/${name}`, import.meta.url), 'utf8')) as unknown;

describe('the documented JSON Schemas', () => {
  it('are the ones the import checks manifests with (regenerate docs/ from format-schema.ts)', async () => {
    expect(await doc('export-manifest.schema.json')).toEqual(manifestJsonSchema());
    expect(await doc('export-row.schema.json')).toEqual(rowJsonSchema());
  });
});

describe('manifest parsing', () => {
  it('names the version it cannot read', () => {
    expect(() => parseManifest('{"format":"constellation-export","formatVersion":"2.0"}')).toThrow(
      /format version "2.0"; this Constellation reads version 1 only/,
    );
  });

  it('names the field that is wrong', () => {
    expect(() =>
      parseManifest('{"format":"constellation-export","formatVersion":1,"kind":"export"}'),
    ).toThrow(/manifest.json is invalid at createdAt/);
  });

  it('tells damaged JSON apart', () => {
    expect(() => parseManifest('{"format":')).toThrow(/not valid JSON/);
  });
});

describe('export values', () => {
  it('writes PostgreSQL bigints as numbers and refuses what JSON cannot carry exactly', () => {
    expect(exportValue('9007199254740991', 'bigint', 't.c')).toBe(9007199254740991);
    expect(exportValue(null, 'text', 't.c')).toBeNull();
    expect(() => exportValue('9007199254740993', 'bigint', 't.c')).toThrow(/t.c: cannot export/);
    expect(() => exportValue(Buffer.from('x'), 'text', 't.c')).toThrow(/t.c: cannot export/);
  });
});

describe('reading the lines of a table file', () => {
  it('joins lines split across chunks, even inside a multi-byte character', async () => {
    const bytes = Buffer.from('{"a":"é"}\n{"b":"' + 'x'.repeat(50_000) + '"}\n{"c":1}');
    const chunks = [bytes.subarray(0, 7), bytes.subarray(7, 20_000), bytes.subarray(20_000)];
    const read: string[] = [];
    for await (const line of lines(Readable.from(chunks), 't.jsonl')) read.push(line);
    expect(read.map((l) => Object.keys(JSON.parse(l) as object)[0])).toEqual(['a', 'b', 'c']);
    expect(read[0]).toBe('{"a":"é"}');
    expect(read[1]).toHaveLength(50_008);
  });
});
