// The parts every entity page (organisation, person, project, event) builds its head and facts
// aside from, so the four pages keep one markup for them.
import type { Child } from 'hono/jsx';
import type { PageContext } from './context.js';

/** The facts aside: its heading is for assistive technology only; `after` follows the list. */
export function FactsAside(props: {
  ctx: PageContext;
  id: string;
  children?: Child;
  after?: Child;
}) {
  return (
    <aside class="entity-aside" aria-labelledby={props.id}>
      <h2 id={props.id} class="visually-hidden">
        {props.ctx.t('directory.facts')}
      </h2>
      <dl class="facts">{props.children}</dl>
      {props.after}
    </aside>
  );
}

/** One term of a facts list and its value. */
export function Fact(props: { label: string; lang?: string; children?: Child }) {
  return (
    <>
      <dt>{props.label}</dt>
      <dd lang={props.lang}>{props.children}</dd>
    </>
  );
}

/** A website as a fact: the link shows the address without its scheme or final slash. */
export function WebsiteFact({ ctx, url }: { ctx: PageContext; url: string }) {
  return (
    <Fact label={ctx.t('directory.website')}>
      <a href={url} rel="noopener">
        {url.replace(/^https?:\/\//, '').replace(/\/$/, '')}
      </a>
    </Fact>
  );
}

/** An entity's logo or photo beside its name: decorative, the name says who it is. */
export function EntityImage(props: {
  class: string;
  image: { url: string; width: number; height: number } | null;
}) {
  const { image } = props;
  return image ? (
    <img class={props.class} src={image.url} alt="" width={image.width} height={image.height} />
  ) : null;
}
