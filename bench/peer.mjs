// The peer: the default policy as a json-rules-engine rule set, written the
// way that library's own examples are (rules as JSON, derived values as
// dynamic facts), so that `bench/run.mjs` can time it against `check()` on the
// same answers. It decides what the issue names — the return window with the
// holiday rule and the RMA clock, condition and accessories, the seller; the
// warranty period by part with month-end clamping, the replacement, and the
// exclusions by cause, commercial use, original purchaser and jurisdiction —
// and reports each assessment's outcome and deadline. It does not validate
// input, list the next questions, or give reasons, conditions and next steps,
// all of which the engine does on every call: the comparison flatters the peer.
//
// What "undetermined" means is the engine's (SPEC.md): an outcome is decided
// only once every question that could change it, its deadline or its
// conditions is answered; a failed rule decides "not eligible" at once.
//
// json-rules-engine compares numbers, not dates, so every date becomes a day
// number in a dynamic fact, computed per run; that work is the peer's, as a
// real deployment of it would have to do it too.
import rulesEngine from 'json-rules-engine';

const { Engine } = rulesEngine;

/** The default policy's numbers, as the peer's data (see policy/CLAUSES.md). */
export const POLICY = {
  sellers: ['mi-com'], // return.window: purchases on www.mi.com only
  returnDays: 30, // return.window
  rmaValidDays: 30, // return.rma-validity
  holidayMonths: [11, 12], // return.holiday: ordered in November or December...
  holidayLastDay: { month: 1, day: 30 }, // ...returnable until 30 January next year
  replacementDays: 30, // warranty.replacement
  // periods: months of warranty by product and part
  parts: {
    'mi-band': { main: 12, cable: 1, wristband: 1 },
    'mi-power-bank': { main: 12, cable: 1 },
    'mi-headphones': { main: 12, cable: 1, 'ear-cushions': 1, adapter: 1 },
  },
  // warranty.jurisdiction: the United States and the 27 EU member states
  jurisdictions: ['US', 'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU',
    'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE'],
  coveredCauses: ['defect', 'not-sure'], // warranty.coverage, warranty.remedies
  excludedCauses: { // exclusions.a ... exclusions.h, exclusions.software
    'act-of-nature': 'exclusions.a',
    negligence: 'exclusions.b',
    modification: 'exclusions.d',
    'non-xiaomi-product': 'exclusions.e',
    accident: 'exclusions.f',
    liquid: 'exclusions.f',
    fire: 'exclusions.f',
    'improper-use': 'exclusions.g',
    'improper-power': 'exclusions.g',
    'third-party-service': 'exclusions.h',
    'software-or-data': 'exclusions.software',
  },
};

const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` to a day number; `null` stays `null` ("none"), absent stays `undefined`. */
function dayOf(iso) {
  if (iso === undefined || iso === null) return iso;
  return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY_MS;
}

function isoOf(day) {
  return day === undefined ? null : new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Months added in one step, clamped to the end of a shorter month (reading 2). */
function addMonths(day, months) {
  const date = new Date(day * DAY_MS);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastOfMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(date.getUTCDate(), lastOfMonth)) / DAY_MS;
}

const known = (value) => value !== undefined && value !== null;

/** The last day of the holiday window for an order placed on `day`, if it was a holiday order. */
function holidayEnd(day) {
  const date = new Date(day * DAY_MS);
  if (!POLICY.holidayMonths.includes(date.getUTCMonth() + 1)) return undefined;
  const { month, day: lastDay } = POLICY.holidayLastDay;
  return Date.UTC(date.getUTCFullYear() + 1, month - 1, lastDay) / DAY_MS;
}

// Dynamic facts: each is computed at most once per run, from the answers.
const FACTS = {
  asOfDay: async (a) => dayOf(await a.factValue('asOf')),
  receivedDay: async (a) => dayOf(await a.factValue('receivedDate')),
  rmaIssuedDay: async (a) => dayOf(await a.factValue('rmaIssuedOn')),
  replacementDay: async (a) => dayOf(await a.factValue('replacementReceivedDate')),
  ordinaryWindowEnd: async (a) => {
    const received = await a.factValue('receivedDay');
    return known(received) ? received + POLICY.returnDays : undefined;
  },
  // The later of the ordinary and the holiday window (reading 3). Without the
  // order date it is known only when no order placed by the receipt could
  // have been a holiday order that ends later. A shop the return does not
  // cover has no window at all.
  returnWindowEnd: async (a) => {
    const [latest, seller] = await Promise.all([a.factValue('latestWindowEnd'), a.factValue('seller')]);
    if (latest === undefined || (known(seller) && !POLICY.sellers.includes(seller))) return undefined;
    const ordinary = await a.factValue('ordinaryWindowEnd');
    return (await a.factValue('orderDate')) !== undefined || latest === ordinary ? latest : undefined;
  },
  // The window's end with the order date, or the latest it can be without it.
  latestWindowEnd: async (a) => {
    const ordinary = await a.factValue('ordinaryWindowEnd');
    if (ordinary === undefined) return undefined;
    const order = dayOf(await a.factValue('orderDate'));
    if (order !== undefined) return Math.max(ordinary, holidayEnd(order) ?? ordinary);
    const received = new Date((await a.factValue('receivedDay')) * DAY_MS);
    const lastHolidayYear = received.getUTCMonth() + 1 >= POLICY.holidayMonths[0] ? received.getUTCFullYear() + 1 : received.getUTCFullYear();
    const latestHoliday = Date.UTC(lastHolidayYear, POLICY.holidayLastDay.month - 1, POLICY.holidayLastDay.day) / DAY_MS;
    return Math.max(ordinary, latestHoliday);
  },
  rmaExpires: async (a) => {
    const issued = await a.factValue('rmaIssuedDay');
    return known(issued) ? issued + POLICY.rmaValidDays : undefined;
  },
  // The last day an RMA issued inside the window could still be valid.
  rmaLastChance: async (a) => {
    const end = await a.factValue('latestWindowEnd');
    return end === undefined ? undefined : end + POLICY.rmaValidDays;
  },
  // periods, counted from the receipt (warranty.service-order). Without the
  // part, the longest period of the product: past it, every part has ended.
  periodEnd: async (a) => {
    const [received, product, part] = await Promise.all([
      a.factValue('receivedDay'), a.factValue('product'), a.factValue('part')]);
    if (!known(received) || !known(product)) return undefined;
    return known(part) ? addMonths(received, POLICY.parts[product][part]) : undefined;
  },
  longestPeriodEnd: async (a) => {
    const [received, product] = await Promise.all([a.factValue('receivedDay'), a.factValue('product')]);
    if (!known(received) || !known(product)) return undefined;
    return addMonths(received, Math.max(...Object.values(POLICY.parts[product])));
  },
  replacementEnd: async (a) => {
    const received = await a.factValue('replacementDay');
    return known(received) ? received + POLICY.replacementDays : undefined;
  },
  // The cover a replacement received today would give: while it is later
  // than the original's, the replacement question can change the outcome.
  replacementReach: async (a) => (await a.factValue('asOfDay')) + POLICY.replacementDays,
  // warranty.replacement: the later of the original's last day and R + 30;
  // not known while an unanswered replacement question could move it.
  coverageEnd: async (a) => {
    const [original, replacement, answer, reach] = await Promise.all([
      a.factValue('periodEnd'), a.factValue('replacementEnd'), a.factValue('replacementReceivedDate'), a.factValue('replacementReach')]);
    if (original === undefined) return undefined;
    if (answer === undefined) return reach > original ? undefined : original;
    return replacement === undefined ? original : Math.max(original, replacement);
  },
};

const fact = (name, operator, value) => ({ fact: name, operator, value });
const after = (name, other) => fact(name, 'greaterThan', { fact: other });
const onOrBefore = (name, other) => fact(name, 'lessThanInclusive', { fact: other });
const answered = (name) => fact(name, 'answered', true);
const notEligible = (assessment, clause, conditions) => ({
  name: `${assessment}: ${clause}`,
  conditions,
  event: { type: 'not-eligible', params: { assessment, clause } },
});

export const RULES = [
  // The return.
  notEligible('return', 'return.window', { all: [answered('seller'), fact('seller', 'notIn', POLICY.sellers)] }),
  notEligible('return', 'return.window', { any: [
    { all: [after('asOfDay', 'returnWindowEnd'), fact('rmaIssuedOn', 'equal', null)] },
    after('asOfDay', 'rmaLastChance'),
  ] }),
  notEligible('return', 'return.rma-request', { all: [after('asOfDay', 'returnWindowEnd'), after('rmaIssuedDay', 'returnWindowEnd')] }),
  notEligible('return', 'return.rma-validity', { all: [after('asOfDay', 'returnWindowEnd'), after('asOfDay', 'rmaExpires')] }),
  notEligible('return', 'return.condition', { all: [fact('physicallyDamaged', 'equal', true)] }),
  notEligible('return', 'return.accessories', { all: [fact('allAccessories', 'equal', false)] }),
  {
    name: 'return: eligible',
    conditions: { all: [
      fact('seller', 'in', POLICY.sellers),
      fact('physicallyDamaged', 'equal', false),
      fact('allAccessories', 'equal', true),
      answered('returnReason'), // decides the conditions (return.shipping-cost, return.fees)
      { any: [
        onOrBefore('asOfDay', 'returnWindowEnd'),
        { all: [onOrBefore('rmaIssuedDay', 'returnWindowEnd'), onOrBefore('asOfDay', 'rmaExpires')] },
      ] },
    ] },
    event: { type: 'eligible', params: { assessment: 'return' } },
  },
  // The warranty.
  notEligible('warranty', 'warranty.jurisdiction', { all: [answered('country'), fact('country', 'notIn', POLICY.jurisdictions)] }),
  notEligible('warranty', 'warranty.service-order', { all: [
    after('asOfDay', 'longestPeriodEnd'),
    { any: [fact('replacementReceivedDate', 'equal', null), after('asOfDay', 'replacementEnd')] },
  ] }),
  notEligible('warranty', 'warranty.service-order', { all: [
    after('asOfDay', 'periodEnd'),
    { any: [fact('replacementReceivedDate', 'equal', null), after('asOfDay', 'replacementEnd')] },
  ] }),
  notEligible('warranty', 'exclusions', { all: [fact('cause', 'in', Object.keys(POLICY.excludedCauses))] }),
  notEligible('warranty', 'exclusions.c', { all: [fact('commercialUse', 'equal', true)] }),
  notEligible('warranty', 'warranty.coverage', { all: [fact('originalPurchaser', 'equal', false)] }),
  {
    name: 'warranty: eligible',
    conditions: { all: [
      answered('country'),
      fact('country', 'in', POLICY.jurisdictions),
      fact('cause', 'in', POLICY.coveredCauses),
      fact('commercialUse', 'equal', false),
      fact('originalPurchaser', 'equal', true),
      answered('seller'), // decides a condition (where-purchased)
      onOrBefore('asOfDay', 'coverageEnd'),
    ] },
    event: { type: 'eligible', params: { assessment: 'warranty' } },
  },
];

/** A ready engine: rules and facts are added once, as a page would at start-up. */
export function createPeer() {
  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addOperator('answered', (value, expected) => (value !== undefined) === expected);
  for (const [name, compute] of Object.entries(FACTS)) {
    engine.addFact(name, (_params, almanac) => compute(almanac));
  }
  for (const rule of RULES) engine.addRule(rule);
  return { decide: (answers) => decideWith(engine, answers) };
}

function outcomeOf(events, assessment) {
  let eligible = false;
  for (const { type, params } of events) {
    if (params.assessment !== assessment) continue;
    if (type === 'not-eligible') return 'not-eligible';
    eligible = true;
  }
  return eligible ? 'eligible' : 'undetermined';
}

/** Outcome and deadline of the return and of the warranty, as `check()` reports them. */
async function decideWith(engine, answers) {
  const { events, almanac } = await engine.run(answers);
  const [returnEnd, coverageEnd] = await Promise.all([
    almanac.factValue('returnWindowEnd'), almanac.factValue('coverageEnd')]);
  return {
    return: { outcome: outcomeOf(events, 'return'), deadline: isoOf(returnEnd) },
    warranty: { outcome: outcomeOf(events, 'warranty'), deadline: isoOf(coverageEnd) },
  };
}
