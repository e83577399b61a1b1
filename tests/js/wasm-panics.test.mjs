// Panics that trap at once (scripts/wasm-panics.mjs): the functions that
// only a panic runs get the body `unreachable`, every other function keeps
// its own, and a module that sets a panic hook, or has lost its functions'
// names, stops the build. Then the read-only data that no code of the
// shipped module reads is zeroed: the panics' messages and file names go,
// every text a decision returns stays, and a linked module of another build
// is refused. Last, the data goes back into one segment, and the memory the
// module starts with is the same.
// `node --test tests/js/` after `make build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import binaryen from 'binaryen';
import { constants, dataSegments, oneSegment, statics, trapPanics, unreferenced, withoutRelocations, zeroUnreferenced } from '../../scripts/wasm-panics.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
/** The page's module as the linker wrote it, with its functions' names (scripts/build.sh). */
const TARGET = process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target');
const LINKED = join(TARGET, 'wasm32-unknown-unknown/release/eligibility_checker.wasm');
/** The custom-policy module as the linker wrote it (its own target folder). */
const LINKED_POLICY = join(TARGET, 'policy/wasm32-unknown-unknown/release/eligibility_checker.wasm');
/** The page's module as it ships. */
const SHIPPED = join(ROOT, 'www/pkg/eligibility_checker_bg.wasm');

/** Symbols as rustc's v0 mangling writes them (the standard library's). */
const SYMBOL = {
  panicFmt: '_RNvNtCsgXGp5Oqx2Ny_4core9panicking9panic_fmt',
  boundsCheck: '_RNvNtCsgXGp5Oqx2Ny_4core9panicking18panic_bounds_check',
  withHook: '_RNvNtCsebHcaeoSrxy_3std9panicking15panic_with_hook',
  payload: '_RNvXs_NvNtCsebHcaeoSrxy_3std9panicking13panic_handlerNtB4_19FormatStringPayloadNtNtCsgXGp5Oqx2Ny_4core5panic12PanicPayload8take_box',
  // Runs without a panic too: left alone.
  panicCount: '_RNvNtNtCsebHcaeoSrxy_3std9panicking11panic_count8increase',
  catchUnwind: '_RNvNtCsebHcaeoSrxy_3std9panicking12catch_unwind',
  fmtWrite: '_RNvNtCsgXGp5Oqx2Ny_4core3fmt5write',
};

/** A small module with functions of those names, each returning its number unless it traps, exported as f0, f1, ... */
function named(names = Object.values(SYMBOL)) {
  const wat = `(module ${names.map((name, i) => `(func $${name} (export "f${i}") (result i32) (i32.const ${i + 1}))`).join(' ')})`;
  const module = binaryen.parseText(wat);
  binaryen.setDebugInfo(true);
  try {
    return module.emitBinary();
  } finally {
    binaryen.setDebugInfo(false);
    module.dispose();
  }
}

test('the functions that only a panic runs trap, and the others keep their bodies', () => {
  const { bytes, trapped } = trapPanics(named());
  assert.deepEqual(trapped.sort(), [SYMBOL.panicFmt, SYMBOL.boundsCheck, SYMBOL.withHook, SYMBOL.payload].sort());
  const { exports } = new WebAssembly.Instance(new WebAssembly.Module(bytes));
  Object.keys(SYMBOL).forEach((key, i) => {
    const call = exports[`f${i}`];
    if (trapped.includes(SYMBOL[key])) assert.throws(call, (e) => e instanceof WebAssembly.RuntimeError && /unreachable/.test(e.message), key);
    else assert.equal(call(), i + 1, key);
  });
});

test("the page's module: its panics trap at once, and nothing outside the panic paths does", () => {
  const { bytes, trapped } = trapPanics(readFileSync(LINKED));
  for (const name of [SYMBOL.panicFmt, SYMBOL.boundsCheck, SYMBOL.withHook]) assert.ok(trapped.includes(name), `${name} traps`);
  for (const name of trapped) assert.match(name, /9panicking/, `${name} is not of core::panicking or std::panicking`);
  assert.ok(!trapped.some((n) => /panic_count|catch_unwind/.test(n)), trapped.join(', '));
  assert.ok(WebAssembly.validate(bytes));
});

test('a module that sets a panic hook of its own stops the build', () => {
  const setHook = '_RNvNtCsebHcaeoSrxy_3std9panicking8set_hook';
  assert.throws(() => trapPanics(named([...Object.values(SYMBOL), setHook])), /sets a panic hook/);
});

test('a module without its functions\' names stops the build', () => {
  const stripped = readFileSync(join(ROOT, 'www/pkg/eligibility_checker_bg.wasm'));
  assert.throws(() => trapPanics(stripped), /no core::panicking::panic_fmt in the module/);
});

/** A static as `statics` describes one, at `addr`, `size` bytes long; read-only unless said. */
const at = (addr, size, more = {}) => ({ name: `s${addr}`, addr, size, readOnly: true, lo: addr, hi: addr + size, points: [], ...more });

test('a read-only static is zeroed only when no constant of the code falls in it and no static that stays points to it', () => {
  const list = [
    at(100, 16), // 0: a constant at its first byte
    at(116, 8), // 1: a constant inside it (a field)
    at(124, 4, { lo: 120 }), // 2: reached only as `&TABLE[i - 1]`, its address less 4
    at(128, 8), // 3: pointed to by 0, which stays
    at(136, 8), // 4: pointed to by 7 only, which goes
    at(144, 8), // 5: pointed to by 4 only: goes with it
    at(152, 8, { readOnly: false }), // 6: can be written: stays
    at(160, 8), // 7: nothing reaches it
    at(168, 8, { held: true }), // 8: its address is in data outside every static
    at(176, 4), // 9: the constant 180 is the next static's, not this one's
    at(180, 4),
  ];
  // Who points to whom.
  list[0].points.push(list[3]);
  list[4].points.push(list[5]);
  list[7].points.push(list[4]);
  const gone = unreferenced(list, [100, 119, 120, 180].sort((a, b) => a - b)).map((s) => s.addr);
  assert.deepEqual(gone, [136, 144, 160, 176]);
  // Without the constants, every read-only static without a holder goes; those pointed to from a writable one stay.
  list[6].points.push(list[0]);
  assert.deepEqual(unreferenced(list, []).map((s) => s.addr), [116, 124, 136, 144, 160, 176, 180]);
});

test('the constants of a module: i32 ones, each 32 bits of i64 ones, and the offsets of loads and stores, not the addresses of its data', () => {
  const wat = `(module (memory 17) (global $g (mut i32) (i32.const 1048600))
    (data (i32.const 1048576) "abc")
    (func (export "f") (result i32)
      (i64.store offset=1049000 (i32.const 0) (i64.const 0x0000000C00100010))
      (i32.add (i32.const 1050000) (i32.load offset=1049100 (i32.const -4)))))`;
  const module = binaryen.parseText(wat);
  let bytes;
  try {
    bytes = module.emitBinary();
  } finally {
    module.dispose();
  }
  const numbers = constants(bytes);
  // 0x0000000C00100010 holds 0x00100010 and 12, and 0x0C001000 a byte along.
  for (const n of [1048600, 1049000, 0x00100010, 12, 0x0c001000, 1050000, 1049100, 2 ** 32 - 4, 0]) assert.ok(numbers.includes(n), `${n}`);
  assert.ok(!numbers.includes(1048576), 'the data segment\'s own address');
  assert.deepEqual(numbers, [...numbers].sort((a, b) => a - b));
});

test("the linker's relocations give each static of the page's module its place, bytes and readers", () => {
  const linked = readFileSync(LINKED);
  const list = statics(linked);
  assert.ok(list.length > 300, `${list.length} statics`);
  const text = (s) => Buffer.from(s.bytes).toString('latin1');
  const bounds = list.find((s) => text(s).includes('index out of bounds'));
  assert.ok(bounds?.readOnly, 'the bounds check message is a read-only static');
  // The policy's contact is one, and so is a writable static of the standard library's panic count.
  assert.ok(list.some((s) => s.readOnly && text(s).includes('service.us@xiaomi.com')));
  assert.ok(list.some((s) => !s.readOnly && /panic_count/.test(s.name)));
  // Statics point to statics: a panic's location to its file name.
  assert.ok(list.some((s) => s.points.some((to) => /\.rs\b/.test(text(to)))));
  // What binaryen and wasm-bindgen are given has none of the linker's sections, and the same code.
  const plain = withoutRelocations(linked);
  assert.ok(plain.length < linked.length && WebAssembly.validate(plain));
  assert.throws(() => statics(plain), /no linking section: link it with --emit-relocs/);
});

test("the page's module as it ships: the panics' messages and file names are zeroed, every text a decision returns is there", async () => {
  const shipped = readFileSync(SHIPPED);
  // The build zeroed them already: the step finds the same statics again and changes nothing.
  const { bytes, zeroed } = zeroUnreferenced(shipped, readFileSync(LINKED));
  assert.deepEqual(Buffer.compare(bytes, shipped), 0);
  const texts = zeroed.map((s) => Buffer.from(s.bytes).toString('latin1'));
  for (const gone of ['index out of bounds', 'RefCell already borrowed', '/library/alloc/src/raw_vec/mod.rs', 'chrono-0.4.45/src/']) {
    assert.ok(texts.some((t) => t.includes(gone)), `${gone} is zeroed`);
    assert.ok(!shipped.includes(gone), `${gone} is not in the module`);
  }
  // No constant of the code falls in a zeroed static.
  const numbers = constants(shipped);
  for (const s of zeroed) assert.ok(!numbers.some((n) => n >= s.lo && n < s.hi), s.name);
  // Every text of the decisions on the bench's answers and the scenario tables is still in the module.
  const glue = await import(join(ROOT, 'www/pkg/eligibility_checker.js'));
  await glue.default({ module_or_path: shipped });
  const sets = [
    ...JSON.parse(readFileSync(join(ROOT, 'bench/answers.json'), 'utf8')).sets.map((s) => s.answers),
    ...['default', 'statutory'].flatMap((f) => JSON.parse(readFileSync(join(ROOT, `tests/scenarios/${f}.json`), 'utf8')).map((c) => c.answers)),
  ];
  const seen = new Set();
  const walk = (v) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.entries(v).forEach(([k, x]) => (seen.add(k), walk(x)));
    else if (typeof v === 'string') seen.add(v);
  };
  for (const answers of sets) {
    try {
      walk(glue.check(answers));
    } catch (err) {
      // The message names the field first (`orderDate: the order date is ...`).
      seen.add(err.code).add(err.field ?? '').add(err.message.replace(`${err.field}: `, ''));
    }
  }
  // What came in (an unknown key names itself) need not be in the module.
  const answered = new Set(sets.flatMap((a) => [...Object.keys(a), ...Object.values(a)]).filter((v) => typeof v === 'string'));
  const missing = [...seen].filter((t) => t && !/^\d{4}-\d\d-\d\d$/.test(t) && !answered.has(t) && !shipped.includes(t));
  assert.deepEqual(missing, []);
  assert.ok(seen.size > 150, `${seen.size} texts`);
});

test('a shipped module and a linked module of two builds are refused', () => {
  assert.throws(() => zeroUnreferenced(readFileSync(SHIPPED), readFileSync(LINKED_POLICY)), /holds other bytes in the shipped module than in the linked one: they are not of one build/);
});

/** The bytes of a module written in the text format, with every feature binaryen has (bulk memory's data count section among them). */
function fromText(wat) {
  const module = binaryen.parseText(wat);
  module.setFeatures(binaryen.Features.All);
  try {
    return module.emitBinary();
  } finally {
    module.dispose();
  }
}

/** The first `n` bytes of the memory that `bytes` starts with, instantiated. */
const memoryOf = (bytes, n) => Buffer.from(new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports.memory.buffer, 0, n).toString('hex');

test('the data goes into one segment, from its first byte that is not zero to its last, and the memory is the same', () => {
  const bytes = fromText(`(module (memory (export "memory") 1)
    (data (i32.const 16) "\\00\\00ab\\00")
    (data (i32.const 40) "cd")
    (data (i32.const 100) "\\00\\00")
    (data (i32.const 200) "e\\00\\00"))`);
  assert.equal(dataSegments(bytes).length, 4);
  const joined = oneSegment(bytes);
  assert.ok(WebAssembly.validate(joined));
  assert.deepEqual(dataSegments(joined).map(({ addr, size }) => ({ addr, size })), [{ addr: 18, size: 183 }]);
  assert.equal(memoryOf(joined, 1024), memoryOf(bytes, 1024));
  assert.equal(Buffer.compare(oneSegment(joined), joined), 0, 'twice is once');
  // A module whose data is all zeros keeps none.
  const zeros = oneSegment(fromText('(module (memory (export "memory") 1) (data (i32.const 8) "\\00\\00"))'));
  assert.deepEqual(dataSegments(zeros), []);
  assert.ok(WebAssembly.validate(zeros));
});

test('the data of a module whose code names its segments stays as it is', () => {
  const bytes = fromText('(module (memory 1) (data (i32.const 16) "a") (data (i32.const 32) "b") (func (export "f") (data.drop 1)))');
  assert.throws(() => oneSegment(bytes), /names its data segments \(memory.init, data.drop\)/);
});

test("the page's and the custom-policy module ship their data as one segment", () => {
  for (const file of [SHIPPED, join(ROOT, 'www/pkg-policy/eligibility_checker_bg.wasm')]) {
    const shipped = readFileSync(file);
    assert.equal(dataSegments(shipped).length, 1, file);
    assert.equal(Buffer.compare(oneSegment(shipped), shipped), 0, file);
  }
});
