import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { manifestJsonSchema, rowJsonSchema } from './format-schema.js';
import { exportValue, parseManifest } from './format.js';

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
