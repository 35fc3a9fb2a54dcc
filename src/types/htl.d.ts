// htl ships no types: the part the pages use. html`…` escapes interpolated text, which is why pages build markup with it.
declare module "htl" {
  export function html(strings: TemplateStringsArray, ...values: unknown[]): HTMLElement | Text | DocumentFragment;
  export function svg(strings: TemplateStringsArray, ...values: unknown[]): SVGElement | DocumentFragment;
}
