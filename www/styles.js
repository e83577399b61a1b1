// The element's own styles, adopted by its shadow root. `:host { all: initial }`
// keeps the host page's inherited styles out; the --ec-* custom properties and
// the parts listed in docs/page.md are the ways in. Light or dark follows the
// host's `color-scheme` (inherited; `light-dark()` reads it), or `theme`.
// The first question in the HTML wears them too, in the shadow root that the
// parser attaches (scripts/bundle.mjs); `.needs-js` is its line on what the
// checker needs, shown only where no script runs.
export const css = `
:host{all:initial;display:block;color-scheme:inherit;
--a:var(--ec-accent,light-dark(#0b57d0,#8ab4f8));--af:var(--ec-accent-text,light-dark(#fff,#0d1117));--bg:var(--ec-background,light-dark(#fff,#0d1117));--fg:var(--ec-text,light-dark(#1b1f24,#e6edf3));
--mu:var(--ec-muted,light-dark(#57606a,#9da7b3));--ln:var(--ec-border,light-dark(#8c959f,#6e7681));--card:var(--ec-surface,light-dark(#f6f8fa,#161b22));
--yes:var(--ec-yes,light-dark(#116329,#56d364));--no:var(--ec-no,light-dark(#b3261e,#ff8a80));--maybe:var(--ec-maybe,light-dark(#7a4d00,#e3b341));--r:var(--ec-radius,.6rem);
font:var(--ec-font,1rem/1.5 system-ui,sans-serif);color:var(--fg);background:var(--bg)}
:host([theme=light]){color-scheme:light}:host([theme=dark]){color-scheme:dark}:host([theme=auto]){color-scheme:light dark}
*{box-sizing:border-box}
.ec{max-width:46rem;margin:0 auto;padding:1rem}
.head{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:baseline;justify-content:space-between;margin-bottom:.5rem}
.title{font-size:1.5rem;line-height:1.25;margin:0}
h2,h3,h4,h5,h6{line-height:1.3;margin:1.2rem 0 .5rem}
form>[tabindex="-1"],.answer>[tabindex="-1"]{font-size:1.35rem;margin-top:.2rem}
[tabindex="-1"]:focus{outline:none}
[tabindex="-1"]:focus-visible,:focus-visible{outline:3px solid var(--a);outline-offset:2px}
p{margin:.5rem 0}
.progress,.help,.asof{color:var(--mu)}
.progress{margin:0;font-size:.95rem}
select,input,button{font:inherit;color:inherit}
select,input[type=date],input[name=receipt],input[name=search]{background:var(--bg);border:1px solid var(--ln);border-radius:var(--r);padding:.55rem .7rem;min-height:2.75rem;max-width:100%}
.options{display:grid;gap:.5rem;margin:.8rem 0}
.opt{display:flex;flex-wrap:wrap;gap:.4rem .7rem;align-items:center;padding:.65rem .8rem;border:1px solid var(--ln);border-radius:var(--r);cursor:pointer;min-height:2.75rem}
.opt:has(input:checked){border-color:var(--a);box-shadow:inset 0 0 0 2px var(--a)}
.opt span{flex:1 1 10rem}
.hint{flex:1 1 100%;color:var(--mu)}
input[type=radio],input[type=checkbox]{width:1.25rem;height:1.25rem;margin:0;accent-color:var(--a);flex:none}
.field{margin:.8rem 0}
.actions{display:flex;flex-wrap:wrap;gap:.6rem;margin:1rem 0}
.btn{display:inline-flex;align-items:center;justify-content:center;min-height:2.75rem;padding:.5rem 1.1rem;border:2px solid var(--a);border-radius:var(--r);background:var(--a);color:var(--af);font-weight:600;text-decoration:none;cursor:pointer}
.btn.secondary{background:transparent;color:var(--a)}
a{color:var(--a)}
.error{color:var(--no);font-weight:600;margin:.3rem 0}
.error:empty{display:none}
.notice{border-left:4px solid var(--maybe);padding:.3rem .8rem;background:var(--card)}
details{margin:.4rem 0}
summary{cursor:pointer;color:var(--a);width:fit-content}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
@media (prefers-reduced-motion:no-preference){.screen:not(.still)>*{animation:in .18s ease-out}}
@keyframes in{from{opacity:0;transform:translateY(.3rem)}}
@media print{:host{color-scheme:light;color:#000;background:#fff}.no-print,.lang{display:none!important}}
.needs-js{display:none}@media (scripting:none){.needs-js{display:block}}
`;
