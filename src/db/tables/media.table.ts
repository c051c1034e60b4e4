// Kysely table types for media files, their alt texts and generated variants.
import type { Defaulted, EntityColumns } from '../columns.js';

export interface MediaTable extends EntityColumns {
  storage_key: string;
  original_name: Defaulted<string>;
  mime_type: string;
  width: number;
  height: number;
  byte_size: number;
  credit: Defaulted<string>;
  status: Defaulted<'pending' | 'ready' | 'failed'>;
  uploaded_by: string | null;
  deleted_at: string | null;
}

export interface MediaTranslationTable {
  media_id: string;
  locale: string;
  alt: string;
}

export interface MediaVariantTable {
  id: string;
  media_id: string;
  width: number;
  height: number;
  format: 'webp' | 'avif' | 'jpeg' | 'png';
  storage_key: string;
  byte_size: number;
}

/** Formats of the generated variants of an image. */
export type VariantFormat = 'webp' | 'avif' | 'jpeg' | 'png';
