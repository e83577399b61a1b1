// The element's description for tools and TypeScript (npm/custom-elements.json,
// npm/eligibility-checker.d.ts) says what www/eligibility-checker.js does:
// the same attributes, events and properties. Read from the sources, no build needed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const element = read('www/eligibility-checker.js');
const answer = read('www/eligibility-answer.js');
const styles = read('www/styles.js');
const types = read('npm/eligibility-checker.d.ts');
const [declaration] = JSON.parse(read('npm/custom-elements.json')).modules[0].declarations;
const sorted = (list) => [...new Set(list)].sort();

test('the manifest describes <eligibility-checker> of eligibility-checker.js', () => {
  assert.equal(declaration.tagName, 'eligibility-checker');
  assert.match(element, new RegExp(`customElements\\.define\\('${declaration.tagName}', ${declaration.name}\\)`));
});

test("the manifest's attributes are the ones the element observes, plus those its styles read", () => {
  const presets = Object.keys(Function(`return ${/const PRESETS = (\{[^}]*\})/.exec(element)[1]}`)());
  const observed = /static observedAttributes = \[([^\]]*)\]/.exec(element)[1].match(/'[\w-]+'/g).map((s) => s.slice(1, -1));
  const styled = [...styles.matchAll(/:host\(\[([\w-]+)=/g)].map((m) => m[1]);
  assert.deepEqual(sorted(declaration.attributes.map((a) => a.name)), sorted([...observed, ...presets, ...styled]));
  // Each preset's property is named as the manifest says.
  for (const a of declaration.attributes.filter((x) => presets.includes(x.name))) assert.match(element, new RegExp(`'${a.name}': '${a.fieldName}'|${a.name}: '${a.fieldName}'`));
});

test('the events in the manifest and in the .d.ts event map are the ones the element fires', () => {
  const fired = [...element.matchAll(/#emit\('([\w-]+)'/g), ...answer.matchAll(/new CustomEvent\('([\w-]+)', \{ bubbles: true, composed: true/g)].map((m) => m[1]);
  assert.deepEqual(sorted(declaration.events.map((e) => e.name)), sorted(fired));
  const map = /interface EligibilityCheckerEventMap[^{]*\{([^}]*)\}/.exec(types)[1];
  const typed = [...map.matchAll(/^\s*'?([\w-]+)'?: CustomEvent/gm)].map((m) => m[1]);
  assert.deepEqual(sorted(typed), sorted(fired));
});

test('every property and method of the manifest is declared in the .d.ts and defined by the element', () => {
  for (const m of declaration.members) {
    assert.match(types, new RegExp(`^\\s*(readonly |get |set )?${m.name}\\b`, 'm'), `${m.name} in the .d.ts`);
    const defined = new RegExp(`^\\s*(get |set )?${m.name}\\(`, 'm').test(element) || /const PRESETS/.test(element) && declaration.attributes.some((a) => a.fieldName === m.name);
    assert.ok(defined, `${m.name} in the element`);
  }
  assert.match(types, /interface HTMLElementTagNameMap \{\s*'eligibility-checker': EligibilityChecker;/);
});
