// The texts of the policy's clauses and of the law (locales/<lang>.texts.json)
// are not part of a whole interview: the answer screen fetches them when the
// shopper opens a toggle that shows one ("What the policy says", "What to
// prepare"), or prints. Until then nothing stands in their place, and once
// opened they show in the shopper's language; never a key, never an empty toggle.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHOPPER, WWW, checker, interview, openTexts, setup, shown, visit } from './helpers.mjs';

const env = setup();
const file = (name) => JSON.parse(readFileSync(join(WWW, 'locales', `${name}.json`), 'utf8'));
// A US shopper (the policy's texts) and a German one (the law's too, with its sources).
const US = { ...SHOPPER, receivedDate: '2026-11-10' };
const DE = { ...SHOPPER, product: 'mi-power-bank', seller: 'other', country: 'DE', receivedDate: '2025-08-10' };

/** The answer for `answers` in `lang`, and the word files the page asked for. */
async function answer(t, lang, answers) {
  const p = await visit(t, env, `${env.server.url}#lang=${lang}`, '2026-11-20', { serviceWorkers: 'block' });
  const asked = [];
  p.on('request', (r) => r.url().includes('/locales/') && asked.push(new URL(r.url()).pathname));
  await interview(p, answers);
  await shown(p);
  await p.waitForLoadState('networkidle');
  return { p, asked };
}

const noKey = (text) => assert.doesNotMatch(text, /\b(clauses|sources|ui)\.[a-z]/, `a key stands in for words: ${text}`);

for (const lang of ['en', 'de']) {
  test(`${lang}: the clause texts come when "what the policy says" is opened, in the shopper's language`, async (t) => {
    const { clauses, sources } = file(`${lang}.texts`);
    const { p, asked } = await answer(t, lang, US);
    assert.ok(!asked.some((f) => f.endsWith('.texts.json')), `no texts before a toggle asks: ${asked.join(', ')}`);
    assert.equal(await checker(p).locator('details.texts p').count(), 0, 'nothing in their place yet');
    const texts = await openTexts(p);
    assert.ok(texts.some((x) => x.includes(clauses['return.window'])), `${lang}: ${texts.join(' | ')}`);
    assert.ok(texts.every((x) => x.trim() !== ''));
    texts.forEach(noKey);
    assert.deepEqual(asked.filter((f) => f.endsWith('.texts.json')), [`/locales/${lang}.texts.json`], 'fetched once, in the language on screen');
    // What to prepare for the return: the policy's own words on the return number's validity.
    await checker(p).locator('details[part~="next-steps"] > summary').click();
    const prepare = await checker(p).locator('ul.prepare').innerText();
    assert.ok(prepare.includes(clauses['return.rma-validity']), prepare);
    // The law's texts, each with its provision named in the shopper's language.
    const eu = await answer(t, lang, DE);
    const law = await openTexts(eu.p);
    const guarantee = law.find((x) => x.includes(clauses['eu.guarantee.period']));
    assert.ok(guarantee?.includes(`${sources['eu.guarantee.period']}:`), `${lang}: ${law.join(' | ')}`);
    law.forEach(noKey);
  });
}

test('"what to prepare" opened first brings the policy\'s words on the return number too', async (t) => {
  const { clauses } = file('en.texts');
  const { p, asked } = await answer(t, 'en', US);
  await checker(p).locator('details[part~="next-steps"] > summary').click();
  await checker(p).locator('ul.prepare li').getByText(clauses['return.rma-validity']).waitFor();
  assert.deepEqual(asked.filter((f) => f.endsWith('.texts.json')), ['/locales/en.texts.json']);
});

test('the print button prints once the texts are in: every toggle open, each with its text', async (t) => {
  const { clauses } = file('de.texts');
  const { p } = await answer(t, 'de', US);
  // The print dialog itself is the browser's: what it would print is read
  // when it is called, once the page has heard `beforeprint`, as the browser does.
  await p.evaluate(() => {
    window.print = () => {
      dispatchEvent(new Event('beforeprint'));
      const root = document.querySelector('eligibility-checker').shadowRoot;
      window.printed = { open: [...root.querySelectorAll('details')].every((d) => d.open), text: root.querySelector('.screen').innerText };
    };
  });
  await checker(p).locator('button[part~="print"]').click();
  await p.waitForFunction(() => window.printed);
  const printed = await p.evaluate(() => window.printed);
  assert.ok(printed.open, 'every toggle open');
  assert.ok(printed.text.includes(clauses['return.window']), 'the clause text is printed');
  assert.ok(printed.text.includes(clauses['return.rma-validity']), 'and the return number\'s validity');
  noKey(printed.text);
  await p.evaluate(() => dispatchEvent(new Event('afterprint')));
});

test('offline without the worker: an opened toggle says the text could not be loaded, and the next opening brings it', async (t) => {
  const { ui } = file('en.extras');
  const { clauses } = file('en.texts');
  const { p } = await answer(t, 'en', US);
  await p.context().setOffline(true);
  await checker(p).locator('details[part~="outcomes"] > summary').click();
  const box = checker(p).locator('[part~="return"] details.texts');
  await box.locator('summary').click();
  await box.locator('p.unavailable').getByText(ui.textsUnavailable).waitFor();
  await p.context().setOffline(false);
  await box.locator('summary').click();
  await box.locator('summary').click();
  await box.getByText(clauses['return.window']).waitFor();
  assert.equal(await box.locator('p.unavailable').count(), 0, 'the failure\'s words go when the texts come');
  // The page logged the failed fetch; nothing else.
  p.problems.splice(0, p.problems.length, ...p.problems.filter((m) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource|Failed to fetch/.test(m)));
});
