// `asOf` is the shopper's local calendar date, not UTC's: at the two ends of
// the world's time zones, a minute before and a minute after local midnight.
// In Kiritimati just after midnight, and in Pago Pago just before, the UTC
// date is another day, so `toISOString()` would be caught.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, screen, setup, visit } from './helpers.mjs';

const env = setup();

// [zone, UTC offset in hours]
const ZONES = [
  ['Pacific/Kiritimati', +14],
  ['Pacific/Pago_Pago', -11],
];

for (const [zone, offset] of ZONES) {
  for (const [local, date] of [
    ['2026-11-20T23:59', '2026-11-20'],
    ['2026-11-21T00:01', '2026-11-21'],
  ]) {
    test(`${zone}, ${local} local time: asOf is ${date}`, async (t) => {
      const p = await openPage(env.browser, { origin: env.server.url.slice(0, -1), timezoneId: zone });
      t.after(() => p.context().close());
      const instant = new Date(`${local}:00Z`).getTime() - offset * 3600e3;
      await p.clock.setFixedTime(instant);
      await p.goto(`${env.server.url}#product=mi-band&returnReason=defect&seller=mi-com&country=US`);
      assert.equal(await screen(p), 'receivedDate');
      const seen = await p.locator('eligibility-checker').evaluate((el) => ({
        asOf: el.answers.asOf,
        max: el.shadowRoot.querySelector('input[type=date]').max,
      }));
      assert.equal(seen.asOf, date);
      assert.equal(seen.max, date, 'the date input ends at the local today');
      assert.deepEqual(p.problems, []);
    });
  }
}
