// node:assert and node:assert/strict. Generated messages name the operator and the values; Node's source-quoting and
// diff output are not reproduced (docs/compatibility.md).
(function (internals) {
  'use strict';
  const { errorWithCode, invalidArgType } = internals;
  const util = internals.require('util');
  const { isDeepEqual } = internals;
  const show = (value) => util.inspect(value);

  class AssertionError extends Error {
    constructor(options) {
      if (options === null || typeof options !== 'object') throw invalidArgType('options', 'object', options);
      const { message, actual, expected, operator } = options;
      super(message !== undefined ? String(message) : `${show(actual)} ${operator} ${show(expected)}`);
      this.generatedMessage = message === undefined;
      this.code = 'ERR_ASSERTION';
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    get name() { return 'AssertionError'; }
  }

  function fail(actual, expected, message, operator, generated) {
    if (message instanceof Error) throw message;
    const error = new AssertionError({ actual, expected, operator, message: message === undefined ? generated : message });
    error.generatedMessage = message === undefined;
    throw error;
  }

  function ok(...args) {
    if (args.length === 0) fail(undefined, true, 'No value argument passed to `assert.ok()`', '==');
    if (!args[0]) fail(args[0], true, args[1], '==', 'The expression evaluated to a falsy value');
  }

  const headlines = {
    strictEqual: 'Expected values to be strictly equal:',
    deepStrictEqual: 'Expected values to be strictly deep-equal:',
    deepEqual: 'Expected values to be loosely deep-equal:',
  };
  const compare = (name, operator, test, negate) => function (actual, expected, message) {
    if (arguments.length < 2) throw errorWithCode('The "actual" and "expected" arguments must be specified', 'ERR_MISSING_ARGS', TypeError);
    if (test(actual, expected) === negate) {
      const generated = headlines[name] ? `${headlines[name]}\n\n${show(actual)} ${operator} ${show(expected)}\n` : `${show(actual)} ${operator} ${show(expected)}`;
      fail(actual, expected, message, name, generated);
    }
  };

  function errorMatches(error, expected, message) {
    if (expected === undefined) return;
    if (expected instanceof RegExp) {
      if (!expected.test(String(error))) fail(error, expected, message, 'throws', `The input did not match the regular expression ${show(expected)}. Input:\n\n${show(String(error))}\n`);
      return;
    }
    if (typeof expected === 'function') {
      if (expected.prototype !== undefined && error instanceof expected) return;
      if (Error.isPrototypeOf(expected) || expected === Error) throw error;
      if (expected.call({}, error) !== true) fail(error, expected, message, 'throws', `The ${expected.name ? `"${expected.name}" ` : ''}validation function is expected to return "true". Received ${show(expected.call({}, error))}`);
      return;
    }
    if (typeof expected === 'object' && expected !== null) {
      for (const key of Object.keys(expected)) {
        const want = expected[key];
        const got = error == null ? undefined : error[key];
        const matches = want instanceof RegExp && typeof got === 'string' ? want.test(got) : isDeepEqual(got, want, true);
        if (!matches) fail(error, expected, message, 'throws', `Expected values to be strictly deep-equal:\n\n${show(got)} !== ${show(want)}\n`);
      }
      return;
    }
    throw invalidArgType('expected', 'function or an instance of Error, RegExp, or Object', expected);
  }

  function splitExpected(expected, message) {
    return typeof expected === 'string' ? [undefined, expected] : [expected, message];
  }

  function throws(fn, expectedArgument, messageArgument) {
    if (typeof fn !== 'function') throw invalidArgType('fn', 'function', fn);
    const [expected, message] = splitExpected(expectedArgument, messageArgument);
    let threw = false;
    let error;
    try { fn(); } catch (e) { threw = true; error = e; }
    // Node reports a missing exception as a message of its own (generatedMessage false).
    if (!threw) fail(undefined, expected, `Missing expected exception${expected && expected.name ? ` (${expected.name})` : ''}${message ? ': ' + message : '.'}`, 'throws');
    errorMatches(error, expected, message);
  }

  function doesNotThrow(fn, expectedArgument, messageArgument) {
    if (typeof fn !== 'function') throw invalidArgType('fn', 'function', fn);
    const [, message] = splitExpected(expectedArgument, messageArgument);
    try { fn(); } catch (error) {
      fail(error, expectedArgument, `Got unwanted exception${message ? ': ' + message : '.'}\nActual message: "${error && error.message}"`, 'doesNotThrow');
    }
  }

  async function rejects(promiseOrFn, expectedArgument, messageArgument) {
    const [expected, message] = splitExpected(expectedArgument, messageArgument);
    const promise = typeof promiseOrFn === 'function' ? promiseOrFn() : promiseOrFn;
    if (!promise || typeof promise.then !== 'function') throw invalidArgType('promiseFn', 'function or an instance of Promise', promiseOrFn);
    let rejected = false;
    let error;
    try { await promise; } catch (e) { rejected = true; error = e; }
    if (!rejected) fail(undefined, expected, `Missing expected rejection${expected && expected.name ? ` (${expected.name})` : ''}${message ? ': ' + message : '.'}`, 'rejects');
    errorMatches(error, expected, message);
  }

  async function doesNotReject(promiseOrFn, expectedArgument, messageArgument) {
    const [, message] = splitExpected(expectedArgument, messageArgument);
    const promise = typeof promiseOrFn === 'function' ? promiseOrFn() : promiseOrFn;
    try { await promise; } catch (error) {
      fail(error, expectedArgument, `Got unwanted rejection${message ? ': ' + message : '.'}\nActual message: "${error && error.message}"`, 'doesNotReject');
    }
  }

  function match(string, regexp, message) {
    if (!(regexp instanceof RegExp)) throw invalidArgType('regexp', 'an instance of RegExp', regexp);
    if (typeof string !== 'string' || !regexp.test(string)) {
      fail(string, regexp, message, 'match', typeof string !== 'string'
        ? `The "string" argument must be of type string. Received type ${typeof string} (${show(string)})`
        : `The input did not match the regular expression ${show(regexp)}. Input:\n\n${show(string)}\n`);
    }
  }
  function doesNotMatch(string, regexp, message) {
    if (!(regexp instanceof RegExp)) throw invalidArgType('regexp', 'an instance of RegExp', regexp);
    if (typeof string !== 'string' || regexp.test(string)) {
      fail(string, regexp, message, 'doesNotMatch', `The input was expected to not match the regular expression ${show(regexp)}. Input:\n\n${show(string)}\n`);
    }
  }

  function ifError(value) {
    if (value === null || value === undefined) return;
    const error = new AssertionError({ actual: value, expected: null, operator: 'ifError', message: `ifError got unwanted exception: ${value && value.message !== undefined ? value.message : show(value)}` });
    error.generatedMessage = false;
    throw error;
  }

  const strictEqual = compare('strictEqual', '!==', Object.is, false);
  const notStrictEqual = compare('notStrictEqual', '===', Object.is, true);
  const deepStrictEqual = compare('deepStrictEqual', '!==', (a, b) => isDeepEqual(a, b, true), false);
  const notDeepStrictEqual = compare('notDeepStrictEqual', '===', (a, b) => isDeepEqual(a, b, true), true);
  const shared = {
    AssertionError, ok, fail: (message = 'Failed') => fail(undefined, undefined, message, 'fail'),
    strictEqual, notStrictEqual, deepStrictEqual, notDeepStrictEqual,
    throws, doesNotThrow, rejects, doesNotReject, match, doesNotMatch, ifError,
  };

  function build(strict) {
    const assert = (...args) => ok(...args);
    Object.assign(assert, shared, strict ? {
      equal: strictEqual, notEqual: notStrictEqual, deepEqual: deepStrictEqual, notDeepEqual: notDeepStrictEqual,
    } : {
      // eslint-disable-next-line eqeqeq
      equal: compare('==', '==', (a, b) => a == b || (a !== a && b !== b), false),
      // eslint-disable-next-line eqeqeq
      notEqual: compare('!=', '!=', (a, b) => a == b || (a !== a && b !== b), true),
      deepEqual: compare('deepEqual', '!=', (a, b) => isDeepEqual(a, b, false), false),
      notDeepEqual: compare('notDeepEqual', '==', (a, b) => isDeepEqual(a, b, false), true),
    });
    return assert;
  }
  const strict = build(true);
  const loose = build(false);
  loose.strict = strict;
  strict.strict = strict;
  return loose;
})
