#!/usr/bin/env node
// Makes every panic of a wasm module trap at once, as the standard library's
// `panic_immediate_abort` does on a nightly compiler: the functions that
// raise a panic, and the methods of its payload, get the body `unreachable`.
// Run by scripts/build.sh on the linker's output, which has the functions'
// names (`strip = "debuginfo"`), before wasm-bindgen:
// `node scripts/wasm-panics.mjs LINKED_WASM OUT_WASM`.
//
// Why: the modules are built with `panic = "abort"`, and on
// wasm32-unknown-unknown a panic ends in `unreachable` anyway, after the
// standard library has formatted its message for the default hook, whose
// output goes nowhere on this target (there is no stderr). The code that
// formats it is `core::fmt`, with its number printing and padding, reached
// from every bounds check: 1,992 B of the page's module, zlib -9, that never
// show anything. A caller sees the same either way: a `RuntimeError`
// ("unreachable") thrown out of the module. A module that sets a hook of its
// own (to show its panics in the console) would lose it, so one is refused.
//
// binaryen (the version of the build's wasm-opt, package.json) reads and
// writes the module; wasm-opt then removes what is left unreferenced. The
// output has no `target_features` section: rustc's says reference types
// (the standard library is built with them), which would turn on
// wasm-bindgen's table of externrefs, and the modules are built without.
//
// Then, on the module as it ships (after wasm-opt), the read-only data that
// no code refers to any longer is zeroed: the messages and file names of the
// panics that now trap (`index out of bounds: the len is ...`,
// `/rustc/.../library/alloc/src/raw_vec/mod.rs`), which wasm-opt cannot drop
// because the data segments are opaque to it:
// `node scripts/wasm-panics.mjs --zero SHIPPED_WASM LINKED_WASM`. The linker
// tells where each static lies and which constants the compiler derived from
// its address (`--emit-relocs`: the `linking` and `reloc.*` sections, read
// here and removed from what goes on); see `unreferenced` for the rule. Last,
// the data is written back as one segment (`oneSegment`), which gzip packs
// tighter than the many that wasm-opt splits it into.
import binaryen from 'binaryen';
import { readFileSync, writeFileSync } from 'node:fs';

/** A path as rustc's v0 mangling writes it, each identifier after its length: `4core9panicking`. */
const v0 = (...path) => path.map((id) => `${id.length}${id}`).join('');
/** A crate in a v0 symbol: `C`, its disambiguator, then its name. */
const crate = (name) => `Cs[0-9A-Za-z]*_${v0(name)}`;

/**
 * The functions that only a panic runs, by their symbols (the standard
 * library is built with rustc's v0 mangling, and the linker names each
 * function by its symbol): every function of `core::panicking` (each one
 * panics, `panic_fmt` and `panic_bounds_check` among them); the standard
 * library's handler, its closures, and `panic_with_hook`, which formats the
 * message for the hook; and the methods of the payloads a panic hands to
 * the hook. Not the rest of `std::panicking` (`catch_unwind`, the panic
 * count), which also runs without a panic.
 */
const ONLY_IN_A_PANIC = [
  new RegExp(`^_R(I|NC)*NvNt${crate('core')}${v0('panicking')}\\d`),
  new RegExp(`^_R(I|NC)*NvNt${crate('std')}${v0('panicking')}(${v0('panic_handler')}|${v0('panic_with_hook')}|${v0('begin_panic')})`),
  new RegExp(`^_RNv[XY].*${v0('panicking')}.*Payload.*(${v0('PanicPayload')}|${v0('Display')}${v0('fmt')})`),
];
/** A panic hook set by the module (`std::panic::set_hook`): its panics are meant to be shown. */
const SETS_A_HOOK = new RegExp(`^_R(I|NC)*NvNt${crate('std')}${v0('panicking', 'set_hook')}`);
/** Every panic goes through this one: a module without it has lost its names, or its standard library is another. */
const REQUIRED = new RegExp(`^_RNvNt${crate('core')}${v0('panicking', 'panic_fmt')}$`);

/** `bytes` (a module) with the body of every function that only a panic runs replaced by `unreachable`, and their names. */
export function trapPanics(bytes) {
  // With the features the module declares (its `target_features` section).
  const module = binaryen.readBinary(withoutRelocations(bytes));
  try {
    const trapped = [];
    for (let i = 0; i < module.getNumFunctions(); i++) {
      const fn = module.getFunctionByIndex(i);
      const { name, module: imported } = binaryen.getFunctionInfo(fn);
      if (SETS_A_HOOK.test(name)) throw new Error('wasm-panics: the module sets a panic hook (std::panic::set_hook); its panics would no longer reach it');
      if (imported || !ONLY_IN_A_PANIC.some((p) => p.test(name))) continue;
      binaryen.Function.setBody(fn, module.unreachable());
      trapped.push(name);
    }
    if (!trapped.some((n) => REQUIRED.test(n))) throw new Error('wasm-panics: no core::panicking::panic_fmt in the module: it must keep its functions\' names (strip = "debuginfo")');
    if (!module.validate()) throw new Error('wasm-panics: the module does not validate after the change');
    module.runPasses(['strip-target-features']);
    return { bytes: module.emitBinary(), trapped };
  } finally {
    module.dispose();
  }
}

// --- The data that only panics read ------------------------------------------

/** Reads a module's bytes from `at`: bytes, LEB128 numbers and names. */
class Reader {
  constructor(bytes, at = 0) {
    this.bytes = bytes;
    this.at = at;
  }
  byte() {
    return this.bytes[this.at++];
  }
  u32() {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const b = this.byte();
      value += (b & 0x7f) * 2 ** shift;
      if (!(b & 0x80)) return value;
    }
  }
  s32() {
    let value = 0;
    let shift = 0;
    let b;
    do {
      b = this.byte();
      value |= (b & 0x7f) << shift;
      shift += 7;
    } while (b & 0x80);
    return shift < 32 && b & 0x40 ? value | (-1 << shift) : value;
  }
  name() {
    const length = this.u32();
    const text = new TextDecoder().decode(this.bytes.subarray(this.at, this.at + length));
    this.at += length;
    return text;
  }
}

/** The module's sections, each `{ id, name (custom ones), at (its first byte), start (its contents), end }`. */
function sections(bytes) {
  const out = [];
  const r = new Reader(bytes, 8);
  while (r.at < bytes.length) {
    const at = r.at;
    const id = r.byte();
    const size = r.u32();
    const end = r.at + size;
    out.push({ id, at, end, ...(id === 0 ? { name: r.name(), start: r.at } : { start: r.at }) });
    r.at = end;
  }
  return out;
}

/** Custom sections of the linker's (`--emit-relocs`), read by `statics` only. */
const LINKER_SECTION = (name) => name === 'linking' || name?.startsWith('reloc.');

/** `bytes` without the linker's `linking` and `reloc.*` sections, which binaryen and wasm-bindgen do not read. */
export function withoutRelocations(bytes) {
  const kept = sections(bytes).filter((s) => !LINKER_SECTION(s.name));
  return Buffer.concat([bytes.subarray(0, 8), ...kept.map((s) => bytes.subarray(s.at, s.end))]);
}

/** The active data segments: `{ addr, at (their first byte in the module), size, memory (its index) }`. */
export function dataSegments(bytes) {
  const section = sections(bytes).find((s) => s.id === 11);
  if (!section) return [];
  const r = new Reader(bytes, section.start);
  const out = [];
  for (let n = r.u32(); n > 0; n--) {
    const flags = r.u32();
    if (flags === 1) throw new Error('wasm-panics: a passive data segment: the modules are built with active ones only');
    const memory = flags === 2 ? r.u32() : 0;
    if (r.byte() !== 0x41) throw new Error('wasm-panics: a data segment whose offset is not an i32.const');
    const addr = r.s32();
    if (r.byte() !== 0x0b) throw new Error('wasm-panics: a data segment whose offset is more than an i32.const');
    const size = r.u32();
    out.push({ addr, at: r.at, size, memory });
    r.at += size;
  }
  return out;
}

/** Relocation types that carry an addend (the tool conventions' Linking.md). */
const WITH_ADDEND = new Set([3, 4, 5, 8, 9, 11, 14, 15, 16, 17, 18, 21, 22, 23, 25]);
/** Of those, the ones that write a memory address. */
const MEMORY_ADDRESS = new Set([3, 4, 5, 11, 14, 15, 16, 17, 21, 23, 25]);

/**
 * The statics of a linked module, from the linker's `linking` section (its
 * symbol table: each static's segment, offset and size) and its `reloc.*`
 * sections (every place that holds an address derived from a static's, with
 * its addend). Each `{ name, addr, size, bytes, readOnly, lo, hi, points }`:
 * the constants the compiler derived from its address lie in `[lo, hi)` (its
 * bytes, widened by the relocations' addends), and `points` are the statics
 * whose addresses its own bytes hold.
 */
export function statics(bytes) {
  const all = sections(bytes);
  const linking = all.find((s) => s.name === 'linking');
  if (!linking) throw new Error('wasm-panics: the linked module has no linking section: link it with --emit-relocs (scripts/build.sh)');
  const segments = dataSegments(bytes);
  const names = [];
  const symbols = [];
  const r = new Reader(bytes, linking.start);
  if (r.u32() !== 2) throw new Error('wasm-panics: a linking section of another version than 2');
  while (r.at < linking.end) {
    const type = r.byte();
    const end = r.u32() + r.at;
    if (type === 5) {
      // Each segment's name, then its alignment and flags.
      for (let n = r.u32(); n > 0; n--) {
        names.push(r.name());
        r.u32();
        r.u32();
      }
    }
    if (type === 8) {
      for (let n = r.u32(); n > 0; n--) {
        const [kind, flags] = [r.byte(), r.u32()];
        const defined = !(flags & 0x10);
        if (kind === 1) {
          const name = r.name();
          symbols.push(defined ? { name, segment: r.u32(), offset: r.u32(), size: r.u32() } : null);
        } else if (kind === 3) {
          r.u32();
          symbols.push(null);
        } else {
          r.u32();
          if (defined || flags & 0x40) r.name();
          symbols.push(null);
        }
      }
    }
    r.at = end;
  }
  const list = [];
  const bySymbol = new Map();
  symbols.forEach((s, i) => {
    if (!s || s.size === 0) return;
    const segment = segments[s.segment];
    const addr = segment.addr + s.offset;
    const own = bytes.subarray(segment.at + s.offset, segment.at + s.offset + s.size);
    const item = { name: s.name, addr, size: s.size, bytes: own, readOnly: names[s.segment].startsWith('.rodata'), lo: addr, hi: addr + s.size, points: [] };
    bySymbol.set(i, item);
    list.push(item);
  });
  const data = all.find((s) => s.id === 11);
  for (const section of all.filter((s) => LINKER_SECTION(s.name) && s.name !== 'linking')) {
    const rr = new Reader(bytes, section.start);
    const target = rr.u32();
    for (let n = rr.u32(); n > 0; n--) {
      const [type, offset, index] = [rr.byte(), rr.u32(), rr.u32()];
      const addend = WITH_ADDEND.has(type) ? rr.s32() : 0;
      const to = bySymbol.get(index);
      if (!MEMORY_ADDRESS.has(type) || !to) continue;
      to.lo = Math.min(to.lo, to.addr + addend);
      to.hi = Math.max(to.hi, to.addr + addend + 1);
      if (all[target] !== data) continue;
      // An address in the data: the statics that hold it point to `to`; one
      // outside every static (none is known) keeps `to` as if code held it.
      const at = data.start + offset;
      const segment = segments.find((g) => g.at <= at && at < g.at + g.size);
      if (!segment) throw new Error(`wasm-panics: a relocation at byte ${at} of the data section, outside every segment`);
      const addr = segment.addr + (at - segment.at);
      const holders = list.filter((s) => s.addr <= addr && addr < s.addr + s.size);
      if (holders.length) for (const h of holders) h.points.push(to);
      else to.held = true;
    }
  }
  return list;
}

/** The module in binaryen's text format. */
function moduleText(bytes) {
  const module = binaryen.readBinary(withoutRelocations(bytes));
  try {
    return module.emitText();
  } finally {
    module.dispose();
  }
}

/** The module's text without its data segments: its code and globals. */
const codeText = (bytes) =>
  moduleText(bytes)
    .split('\n')
    .filter((line) => !/^\s*\(data /.test(line))
    .join('\n');

/**
 * Every number the module's code and globals hold, as unsigned 32-bit
 * values: the i32 constants, each 32 bits of the i64 ones (the compiler
 * stores a pointer and a length as one), and the offsets of loads and
 * stores (wasm-opt folds constant addresses into them). Its data segments'
 * own addresses are not among them.
 */
export function constants(bytes) {
  const code = codeText(bytes);
  const out = new Set();
  for (const [, n] of code.matchAll(/\bi32\.const (-?\d+)/g)) out.add(Number(n) >>> 0);
  for (const [, n] of code.matchAll(/\boffset=(\d+)/g)) out.add(Number(n));
  for (const [, n] of code.matchAll(/\bi64\.const (-?\d+)/g)) {
    // Every 32 bits of it that start at a byte: merged stores may put an
    // address anywhere in one.
    const v = BigInt.asUintN(64, BigInt(n));
    for (let shift = 0n; shift <= 32n; shift += 8n) out.add(Number((v >> shift) & 0xffffffffn));
  }
  return [...out].sort((a, b) => a - b);
}

/**
 * The read-only statics that nothing can read: no constant of the code
 * (`numbers`, sorted) lies in one's `[lo, hi)`, and no static that can be
 * read holds its address. Statics that can be written are always kept.
 *
 * Why that is enough: Rust reads a static only through a pointer derived
 * from its address, and the compiler writes every such derivation as a
 * constant with a relocation against that static (its addend widens
 * `[lo, hi)`, as for `&TABLE[i - 1]`). wasm-opt may fold the offset of a load
 * into such a constant, which keeps it within the static's bytes for any
 * access in bounds. So a static for which the shipped code holds no such
 * constant, and which no readable static points to, is never read: the
 * messages and locations of the panics that trap at once, once wasm-opt has
 * removed the calls that passed them, and names that serde writes and
 * serde-wasm-bindgen never reads.
 */
export function unreferenced(list, numbers) {
  const reached = (lo, hi) => {
    let [a, b] = [0, numbers.length];
    while (a < b) {
      const m = (a + b) >> 1;
      if (numbers[m] < lo) a = m + 1;
      else b = m;
    }
    return a < numbers.length && numbers[a] < hi;
  };
  const kept = new Set();
  const todo = list.filter((s) => !s.readOnly || s.held || reached(s.lo, s.hi));
  for (const s of todo) kept.add(s);
  while (todo.length) {
    for (const to of todo.pop().points) {
      if (!kept.has(to)) {
        kept.add(to);
        todo.push(to);
      }
    }
  }
  return list.filter((s) => !kept.has(s));
}

/**
 * `shipped` (the module after wasm-opt) with the bytes of every read-only
 * static that nothing can read (`unreferenced`) set to zero, where no static
 * that can be read shares them; `linked` is the same module as the linker
 * wrote it, with its `linking` and `reloc.*` sections. Every other static
 * must hold the same bytes in both, else they are not of one build (a
 * static zeroed already may be zero: the step can run twice). Returns
 * `{ bytes, zeroed }`: the new module, and the statics zeroed.
 */
export function zeroUnreferenced(shipped, linked) {
  const list = statics(linked);
  const zeroed = unreferenced(list, constants(shipped));
  const readable = list.filter((s) => !zeroed.includes(s));
  const segments = dataSegments(shipped);
  const at = (addr) => segments.find((g) => g.addr <= addr && addr < g.addr + g.size);
  for (const s of list) {
    s.bytes.forEach((b, i) => {
      const g = at(s.addr + i);
      const now = g ? shipped[g.at + s.addr + i - g.addr] : 0; // wasm-opt leaves out runs of zeros
      if (now !== b && !(now === 0 && zeroed.includes(s))) throw new Error(`wasm-panics: ${s.name} at ${s.addr} holds other bytes in the shipped module than in the linked one: they are not of one build`);
    });
  }
  const out = Buffer.from(shipped);
  for (const s of zeroed) {
    for (let a = s.addr; a < s.addr + s.size; a++) {
      const g = at(a);
      if (g && !readable.some((k) => k.addr <= a && a < k.addr + k.size)) out[g.at + a - g.addr] = 0;
    }
  }
  if (!WebAssembly.validate(out)) throw new Error('wasm-panics: the module does not validate after its unread data was zeroed');
  return { bytes: out, zeroed };
}

/** LEB128 of an unsigned number, and of a signed one. */
const u32 = (n) => {
  const out = [];
  do {
    out.push((n & 0x7f) | (n > 0x7f ? 0x80 : 0));
    n = Math.floor(n / 128);
  } while (n > 0);
  return out;
};
const s32 = (n) => {
  const out = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    const done = (n === 0 && !(b & 0x40)) || (n === -1 && b & 0x40);
    out.push(done ? b : b | 0x80);
    if (done) return out;
  }
};

/**
 * `bytes` with its active data segments written as one, from the first byte
 * that is not zero to the last; the memory it starts with is the same (the
 * runs of zeros between the segments were zeros anyway).
 *
 * Why: wasm-opt's memory packing splits the data at its runs of zeros,
 * which saves raw bytes (a segment's header costs less than a run it
 * skips), and zeroing leaves more of them. But gzip packs a run of zeros in
 * a few bits, while each segment's header (its address and length) costs it
 * bytes of its own. Refused for a module whose code names its segments
 * (`memory.init`, `data.drop`): their indices would change.
 */
export function oneSegment(bytes) {
  const all = sections(bytes);
  const data = all.find((s) => s.id === 11);
  const segments = dataSegments(bytes);
  if (!segments.length) return bytes;
  if (segments.some((g) => g.memory !== 0)) throw new Error('wasm-panics: a data segment of another memory than the first');
  if (/\b(memory\.init|data\.drop)\b/.test(codeText(bytes))) throw new Error('wasm-panics: the code names its data segments (memory.init, data.drop): they cannot be joined');
  const lo = Math.min(...segments.map((g) => g.addr));
  const image = new Uint8Array(Math.max(...segments.map((g) => g.addr + g.size)) - lo);
  for (const g of segments) image.set(bytes.subarray(g.at, g.at + g.size), g.addr - lo);
  let [first, last] = [0, image.length];
  while (first < last && image[first] === 0) first++;
  while (last > first && image[last - 1] === 0) last--;
  // One segment, or none when every byte is zero (a count of 1 or 0 is one byte of LEB128).
  const count = last > first ? 1 : 0;
  const segment = count ? [Buffer.from([0, 0x41, ...s32(lo + first), 0x0b, ...u32(last - first)]), image.subarray(first, last)] : [];
  const body = Buffer.concat([Buffer.from([count]), ...segment]);
  const out = [bytes.subarray(0, 8)];
  for (const s of all) {
    if (s === data) out.push(Buffer.from([11, ...u32(body.length)]), body);
    // The data count section (bulk memory) says how many segments there are.
    else if (s.id === 12) out.push(Buffer.from([12, 1, count]));
    else out.push(bytes.subarray(s.at, s.end));
  }
  const joinedModule = Buffer.concat(out);
  if (!WebAssembly.validate(joinedModule)) throw new Error('wasm-panics: the module does not validate with its data as one segment');
  return joinedModule;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const usage = 'usage: node scripts/wasm-panics.mjs LINKED_WASM OUT_WASM | --zero SHIPPED_WASM LINKED_WASM';
  if (process.argv[2] === '--zero') {
    const [shipped, linked] = process.argv.slice(3);
    if (!linked) throw new Error(usage);
    const { bytes, zeroed } = zeroUnreferenced(readFileSync(shipped), readFileSync(linked));
    writeFileSync(shipped, oneSegment(bytes));
    console.log(`wasm-panics: ${shipped}: ${zeroed.length} statics no code reads, ${zeroed.reduce((n, s) => n + s.size, 0)} bytes, zeroed; the data in one segment`);
  } else {
    const [from, to] = process.argv.slice(2);
    if (!to) throw new Error(usage);
    const { bytes, trapped } = trapPanics(readFileSync(from));
    writeFileSync(to, bytes);
    console.log(`wasm-panics: ${from}: ${trapped.length} functions trap at once`);
  }
}
