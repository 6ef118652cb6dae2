/**
 * Building DOM from data without ever parsing data as HTML: text goes in through text nodes
 * and attributes through setAttribute, so a PM named `<img src=x onerror=alert(1)>` or
 * evidence holding `<script>` is shown as typed (docs/ARCHITECTURE.md, Safety). No innerHTML here.
 */
export type Child = Node | string | null | undefined | false;

export type Attributes = Record<string, string | number | boolean | null | undefined>;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, ...children);
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Replaces every child of `parent`. */
export function replaceChildren(parent: Node, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, ...children);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`The page is missing #${id}`);
  return node as T;
}

/** Only web links open from a panel: a `javascript:` or `data:` URL from a reply is never followed. */
export function isWebLink(url: string): boolean {
  return /^https:\/\/[^\s]+$/i.test(url);
}
