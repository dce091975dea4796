/**
 * The second layer: an mdast plugin for Astro's Markdown engine (Sätteri) that drops from every
 * .md and .mdx file what `npm run check:content` refuses, so a file that reaches the build
 * without the check (a bypassed hook, a hand-run `astro build`) still publishes no code: raw
 * HTML, ESM, `{…}` expressions, unknown elements, non-string attributes, unsafe links and
 * images from another host. The check explains; this only removes.
 */
import { defineMdastPlugin, type MdastVisitorContext } from 'satteri';
import { GUIDE_COMPONENTS, isAllowedImage, isAllowedLink, isGuideComponent } from './markup-rules.ts';

type JsxElement = {
  type: string;
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: unknown[];
};

function filterElement(node: JsxElement, ctx: MdastVisitorContext) {
  if (!isGuideComponent(node.name)) {
    ctx.removeNode(node as never);
    return;
  }
  const allowed: readonly string[] = GUIDE_COMPONENTS[node.name].attributes;
  const kept = node.attributes.filter(
    (a) => a.type === 'mdxJsxAttribute' && typeof a.value === 'string' && allowed.includes(a.name ?? ''),
  );
  // Sätteri cannot set `attributes` in place; the element is rebuilt with the attributes kept.
  if (kept.length !== node.attributes.length) {
    ctx.replaceNode(
      node as never,
      { type: node.type, name: node.name, attributes: kept, children: node.children } as never,
    );
  }
}

export const markupFilter = defineMdastPlugin({
  name: 'thuisin:markup-filter',
  html: (node, ctx) => ctx.removeNode(node),
  mdxjsEsm: (node, ctx) => ctx.removeNode(node),
  mdxFlowExpression: (node, ctx) => ctx.removeNode(node),
  mdxTextExpression: (node, ctx) => ctx.removeNode(node),
  mdxJsxFlowElement: (node, ctx) => filterElement(node as unknown as JsxElement, ctx),
  mdxJsxTextElement: (node, ctx) => filterElement(node as unknown as JsxElement, ctx),
  // A refused link keeps its words, without the address.
  link: (node, ctx) => {
    if (!isAllowedLink(node.url)) ctx.replaceNode(node, [...node.children] as never);
  },
  definition: (node, ctx) => {
    if (!isAllowedLink(node.url)) ctx.removeNode(node);
  },
  image: (node, ctx) => {
    if (!isAllowedImage(node.url)) ctx.removeNode(node);
  },
});
