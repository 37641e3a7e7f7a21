// The frame of the shop's pages (cart, checkout, order): the storefront layout, never indexed, with the
// notice or problem of the last action on top.
import type { Child } from 'hono/jsx';
import { Layout } from '../../layout.tsx';
import type { PageContext } from '../../storefront/pages/page-context.ts';

export interface Flash {
  notice?: string;
  problem?: string;
}

export function ShopFrame(props: { ctx: PageContext; title: string; path: string; flash?: Flash; head?: Child; children?: Child }) {
  const { ctx, flash } = props;
  return (
    <Layout lang={ctx.lang} t={ctx.t} publicUrl={ctx.publicUrl} switchHref={ctx.switchHref} cartCount={ctx.cartCount} picker={ctx} head={props.head} meta={{ title: props.title, description: props.title, path: props.path, noindex: true }}>
      <h1>{props.title}</h1>
      {flash?.problem ? (
        <p class="flash problem" role="alert" data-testid="problem">
          {flash.problem}
        </p>
      ) : null}
      {flash?.notice ? (
        <p class="flash notice" role="status" data-testid="notice">
          {flash.notice}
        </p>
      ) : null}
      {props.children}
    </Layout>
  );
}
