// Builds the page's elements: `h('p', { class: 'x' }, 'text', child)`.
// Strings become text nodes, never markup; `on*` attributes become listeners.
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v === false || v === null || v === undefined) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? '' : v);
  }
  el.append(...children.flat(2).filter((c) => c !== null && c !== undefined && c !== false));
  return el;
}
