// <picture> for an image with generated variants: AVIF and WebP sources, then an <img> in the
// original's format with srcset, sizes, width, height and alt. Without variants (SVG
// illustrations, an upload still being processed) it is the plain <img>.
import type { ImageVariant } from './cards.js';

export interface PictureProps {
  /** The original's URL, used when there are no variants. */
  src: string;
  alt: string;
  /** Intrinsic size of the box (reserves the space, avoids layout shift). */
  width: number;
  height: number;
  variants?: readonly ImageVariant[] | undefined;
  /** How wide the image is shown, e.g. "(min-width: 60rem) 33vw, 100vw". */
  sizes: string;
  loading?: 'lazy' | 'eager';
  fetchpriority?: 'high' | 'low' | 'auto';
}

const srcset = (list: readonly ImageVariant[]) =>
  [...list]
    .sort((a, b) => a.width - b.width)
    .map((v) => `${v.url} ${v.width}w`)
    .join(', ');

/** The variants of the format every browser shows: the original's (JPEG/PNG), else WebP. */
function fallbackOf(variants: readonly ImageVariant[]): ImageVariant[] {
  for (const format of ['jpeg', 'png', 'webp'] as const) {
    const list = variants.filter((v) => v.format === format);
    if (list.length) return list.sort((a, b) => a.width - b.width);
  }
  return [];
}

export function Picture(props: PictureProps) {
  const variants = props.variants ?? [];
  const fallback = fallbackOf(variants);
  const common = {
    alt: props.alt,
    width: props.width,
    height: props.height,
    loading: props.loading,
    decoding: 'async' as const,
    fetchpriority: props.fetchpriority,
  };
  if (fallback.length === 0) return <img src={props.src} {...common} />;
  // The middle width is a sensible default for browsers that ignore srcset.
  const src = fallback[Math.floor((fallback.length - 1) / 2)]!.url;
  const sources = (['avif', 'webp'] as const)
    .map((format) => ({ format, list: variants.filter((v) => v.format === format) }))
    .filter((s) => s.list.length > 0);
  return (
    <picture>
      {sources.map((s) => (
        <source type={`image/${s.format}`} srcset={srcset(s.list)} sizes={props.sizes} />
      ))}
      <img src={src} srcset={srcset(fallback)} sizes={props.sizes} {...common} />
    </picture>
  );
}
