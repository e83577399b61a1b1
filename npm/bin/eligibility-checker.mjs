#!/usr/bin/env node
// The eligibility-checker CLI: checks a storefront's policy file in its CI,
// and re-checks answers (one set, or JSON Lines in bulk) for support. It runs
// the custom-policy engine of this package in Node; `--help` says how.
import { readFileSync } from 'node:fs';
import { Checker, check, validatePolicy } from '../node/policy-engine.js';

const USAGE = `Usage:
  eligibility-checker validate <policy.json>... [--json]
  eligibility-checker check <answers.json|answers.jsonl|-> [--policy <policy.json>] [--as-of YYYY-MM-DD]
  eligibility-checker --help | --version

validate  Checks each policy file (docs/policy.md). Prints "<file>: valid" for
          a valid one; for an invalid one, every problem, one a line:
          "<file>: <code> at <JSON pointer>: <message>" ("" is the whole
          policy). --json prints the problems as one JSON array per file.
check     Prints the decision for a set of answers (SPEC.md) as one line of
          JSON. A file whose text is one JSON value is one set of answers;
          otherwise each non-empty line is one (JSON Lines), with one decision
          a line, in order. Answers the engine refuses print
          {"error":{"code","field","message"}} on their line. "-" reads stdin.
          --policy checks under a storefront's policy instead of the default
          one; --as-of sets asOf for every set of answers (else their own
          asOf, else today's date here).

Exit status: 0 all valid / every decision made; 1 a policy problem or an
answers error; 2 a usage error, an unreadable file or an invalid --policy.`;

class UsageError extends Error {}

/** The parsed command line: `{ command, files, options }`. */
function parseArgs(argv) {
  const options = {};
  const files = [];
  const valued = new Set(['--policy', '--as-of']);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (valued.has(arg)) {
      if (i + 1 >= argv.length) throw new UsageError(`${arg} needs a value`);
      options[arg.slice(2)] = argv[++i];
    } else if (arg === '--json' || arg === '--help' || arg === '-h' || arg === '--version') options[arg.replace(/^-+/, '')] = true;
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    else files.push(arg);
  }
  return { command: files.shift(), files, options };
}

/** The text of `file` ("-": stdin); an unreadable file is a usage error. */
function readText(file) {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read ${file}: ${err.code ?? err.message}`);
  }
}

/**
 * The JSON Pointers of keys that stand twice in one object, each at its
 * second place. `JSON.parse` keeps the last silently and the engine reads the
 * parsed object, so the text itself is scanned; it is already known to be
 * JSON. (The engine's native reader refuses them the same way; the module
 * the CLI runs carries no JSON text reader, to stay small for the page.)
 */
export function repeatedKeys(text) {
  const found = [];
  const stack = [];
  const step = (s) => s.replace(/~/g, '~0').replace(/\//g, '~1');
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const top = stack[stack.length - 1];
    if (c === '"') {
      const start = i;
      for (i++; text[i] !== '"'; i++) if (text[i] === '\\') i++;
      if (top?.keys && top.expectKey) {
        const key = JSON.parse(text.slice(start, i + 1));
        if (top.keys.has(key)) found.push(`${top.path}/${step(key)}`);
        top.keys.add(key);
        top.key = key;
        top.expectKey = false;
      }
    } else if (c === '{' || c === '[') {
      const path = !top ? '' : top.keys ? `${top.path}/${step(top.key)}` : `${top.path}/${top.index}`;
      stack.push({ keys: c === '{' ? new Set() : null, path, index: 0, key: null, expectKey: c === '{' });
    } else if (c === '}' || c === ']') stack.pop();
    else if (c === ',' && top) {
      if (top.keys) top.expectKey = true;
      else top.index++;
    }
  }
  return found;
}

/** The problems of the policy in `file`: repeated keys and `validatePolicy`'s, or one for text that is not JSON. */
function policyProblems(file) {
  const text = readText(file);
  let policy;
  try {
    policy = JSON.parse(text);
  } catch (err) {
    return { problems: [{ code: 'invalid-json', path: '', message: `the file is not JSON: ${err.message}` }] };
  }
  const repeated = repeatedKeys(text).map((path) => ({ code: 'invalid-json', path, message: 'the key stands twice in its object; a reader would keep one of the two' }));
  return { policy, problems: [...repeated, ...validatePolicy(policy)] };
}

function validate(files, options, out) {
  if (files.length === 0) throw new UsageError('validate needs a policy file');
  let status = 0;
  for (const file of files) {
    const { problems } = policyProblems(file);
    if (problems.length > 0) status = 1;
    if (options.json) out(JSON.stringify(problems));
    else if (problems.length === 0) out(`${file}: valid`);
    else for (const p of problems) out(`${file}: ${p.code} at ${JSON.stringify(p.path)}: ${p.message}`);
  }
  return status;
}

/** Today's date where the CLI runs, as `YYYY-MM-DD`. */
function today(now = new Date()) {
  const p = (n, w) => String(n).padStart(w, '0');
  return `${p(now.getFullYear(), 4)}-${p(now.getMonth() + 1, 2)}-${p(now.getDate(), 2)}`;
}

/** The sets of answers in `text`: one JSON value, else JSON Lines (as `[line, text]`). */
function answerSets(text) {
  try {
    return [[1, JSON.parse(text), null]];
  } catch {
    return text
      .split('\n')
      .map((line, i) => [i + 1, line.trim()])
      .filter(([, line]) => line !== '')
      .map(([n, line]) => {
        try {
          return [n, JSON.parse(line), null];
        } catch (err) {
          return [n, undefined, `line ${n} is not JSON: ${err.message}`];
        }
      });
  }
}

function checkAnswers(files, options, out, err) {
  if (files.length !== 1) throw new UsageError('check needs exactly one answers file (or - for stdin)');
  if (options['as-of'] !== undefined && !/^\d{4}-\d\d-\d\d$/.test(options['as-of'])) throw new UsageError(`--as-of must be a date written YYYY-MM-DD, not ${options['as-of']}`);
  let decide = check;
  if (options.policy !== undefined) {
    const { policy, problems } = policyProblems(options.policy);
    if (problems.length > 0) {
      for (const p of problems) err(`${options.policy}: ${p.code} at ${JSON.stringify(p.path)}: ${p.message}`);
      throw new UsageError(`${options.policy} is not a valid policy`);
    }
    const checker = new Checker(policy);
    decide = (answers) => checker.check(answers);
  }
  const text = readText(files[0]);
  let status = 0;
  for (const [, answers, unreadable] of answerSets(text)) {
    let line;
    if (unreadable) line = { error: { code: 'invalid-answers', field: null, message: unreadable } };
    else {
      const isObject = answers !== null && typeof answers === 'object' && !Array.isArray(answers);
      const given = isObject ? { asOf: today(), ...answers, ...(options['as-of'] ? { asOf: options['as-of'] } : {}) } : answers;
      try {
        line = decide(given);
      } catch (e) {
        if (typeof e?.code !== 'string') throw e;
        line = { error: { code: e.code, field: e.field ?? null, message: e.message } };
      }
    }
    if (line.error) status = 1;
    out(JSON.stringify(line));
  }
  return status;
}

/** Runs the CLI on `argv`; returns the exit status. */
function main(argv, out = console.log, err = console.error) {
  try {
    const { command, files, options } = parseArgs(argv);
    if (options.help || options.h || command === 'help') {
      out(USAGE);
      return 0;
    }
    if (options.version) {
      out(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version);
      return 0;
    }
    if (command === 'validate') return validate(files, options, out);
    if (command === 'check') return checkAnswers(files, options, out, err);
    throw new UsageError(command === undefined ? 'no command' : `unknown command ${command}`);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    err(`eligibility-checker: ${e.message}\n\n${USAGE}`);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
