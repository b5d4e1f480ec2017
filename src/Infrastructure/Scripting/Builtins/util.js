// node:util. inspect follows Node's layout rules: an object goes on one line when its entries fit in breakLength and
// it holds at most `compact` levels of nesting, otherwise one entry per line; depth-limited, circular-aware.
(function (internals) {
  'use strict';
  const { errorWithCode, invalidArgType, Buffer, process, TextEncoder, TextDecoder } = internals;
  const customInspect = Symbol.for('nodejs.util.inspect.custom');
  const customPromisify = Symbol.for('nodejs.util.promisify.custom');
  const defaultOptions = {
    showHidden: false, depth: 2, colors: false, customInspect: true, showProxy: false, maxArrayLength: 100,
    maxStringLength: 10000, breakLength: 80, compact: 3, sorted: false, getters: false, numericSeparator: false,
  };
  const typedArrayTag = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
  const brand = (check) => (value) => { try { check(value); return true; } catch (e) { return false; } };

  const types = {
    isDate: brand((v) => Date.prototype.getTime.call(v)),
    isRegExp: (v) => v instanceof RegExp,
    isMap: brand((v) => Map.prototype.has.call(v)),
    isSet: brand((v) => Set.prototype.has.call(v)),
    isWeakMap: brand((v) => WeakMap.prototype.has.call(v, {})),
    isWeakSet: brand((v) => WeakSet.prototype.has.call(v, {})),
    isPromise: (v) => v instanceof Promise,
    isTypedArray: (v) => typedArrayTag.call(v) !== undefined,
    isUint8Array: (v) => typedArrayTag.call(v) === 'Uint8Array',
    isArrayBuffer: brand((v) => Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get.call(v)),
    isAnyArrayBuffer: (v) => types.isArrayBuffer(v) || (typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer),
    isArrayBufferView: (v) => ArrayBuffer.isView(v),
    isDataView: (v) => v instanceof DataView,
    isAsyncFunction: (v) => typeof v === 'function' && (v[Symbol.toStringTag] === 'AsyncFunction' || v[Symbol.toStringTag] === 'AsyncGeneratorFunction'),
    isGeneratorFunction: (v) => typeof v === 'function' && (v[Symbol.toStringTag] === 'GeneratorFunction' || v[Symbol.toStringTag] === 'AsyncGeneratorFunction'),
    isGeneratorObject: (v) => v !== null && typeof v === 'object' && (v[Symbol.toStringTag] === 'Generator' || v[Symbol.toStringTag] === 'AsyncGenerator'),
    isNativeError: (v) => v instanceof Error,
    isNumberObject: brand((v) => { if (typeof v !== 'object') throw v; Number.prototype.valueOf.call(v); }),
    isStringObject: brand((v) => { if (typeof v !== 'object') throw v; String.prototype.valueOf.call(v); }),
    isBooleanObject: brand((v) => { if (typeof v !== 'object') throw v; Boolean.prototype.valueOf.call(v); }),
    isBigIntObject: brand((v) => { if (typeof v !== 'object') throw v; BigInt.prototype.valueOf.call(v); }),
    isSymbolObject: brand((v) => { if (typeof v !== 'object') throw v; Symbol.prototype.valueOf.call(v); }),
    isBoxedPrimitive: (v) => types.isNumberObject(v) || types.isStringObject(v) || types.isBooleanObject(v) || types.isBigIntObject(v) || types.isSymbolObject(v),
    isMapIterator: (v) => v !== null && typeof v === 'object' && v[Symbol.toStringTag] === 'Map Iterator',
    isSetIterator: (v) => v !== null && typeof v === 'object' && v[Symbol.toStringTag] === 'Set Iterator',
    // Jint does not let script see through a Proxy; Node's answer for one that is not a Proxy is false.
    isProxy: () => false,
    isExternal: () => false,
    isModuleNamespaceObject: () => false,
    isKeyObject: (v) => !!(internals.isKeyObject && internals.isKeyObject(v)),
    isCryptoKey: (v) => !!(internals.isCryptoKey && internals.isCryptoKey(v)),
  };
  for (const name of ['Int8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array']) {
    types['is' + name] = (v) => typedArrayTag.call(v) === name;
  }

  // ---- inspect ----------------------------------------------------------------------------------------------------
  const escapes = { '\b': '\\b', '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r', '\v': '\\x0B', '\\': '\\\\' };
  function quote(text) {
    let mark = "'";
    if (text.includes("'")) {
      if (!text.includes('"')) mark = '"';
      else if (!text.includes('`') && !text.includes('${')) mark = '`';
    }
    // eslint-disable-next-line no-control-regex
    const escaped = text.replace(/[\x00-\x1f\x7f\\]/g, (c) => escapes[c] || '\\x' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
    return mark + (mark === "'" ? escaped.replace(/'/g, "\\'") : escaped) + mark;
  }

  function formatPrimitive(ctx, value) {
    switch (typeof value) {
      case 'string': {
        const cut = value.length > ctx.maxStringLength ? value.length - ctx.maxStringLength : 0;
        return quote(cut ? value.slice(0, ctx.maxStringLength) : value) + (cut ? `... ${cut} more character${cut > 1 ? 's' : ''}` : '');
      }
      case 'number': return Object.is(value, -0) ? '-0' : String(value);
      case 'bigint': return value + 'n';
      case 'symbol': return value.toString();
      default: return String(value);
    }
  }

  const keyText = (key) => typeof key === 'symbol' ? '[' + key.toString() + ']' : /^[a-zA-Z_][a-zA-Z_0-9]*$/.test(key) ? key : quote(key);

  function constructorName(value) {
    for (let proto = value; proto !== null; proto = Object.getPrototypeOf(proto)) {
      const descriptor = Object.getOwnPropertyDescriptor(proto, 'constructor');
      if (descriptor && typeof descriptor.value === 'function' && descriptor.value.name !== '') return descriptor.value.name;
    }
    return null;
  }

  function functionBase(value, name) {
    // Jint does not keep a class's source text; of user functions only a class has a read-only prototype.
    const prototype = Object.getOwnPropertyDescriptor(value, 'prototype');
    if (prototype && !prototype.writable) {
      const parent = Object.getPrototypeOf(value);
      return `[class ${value.name || '(anonymous)'}${parent && parent !== Function.prototype && parent.name ? ' extends ' + parent.name : ''}]`;
    }
    const tag = value[Symbol.toStringTag];
    const kind = tag === 'AsyncFunction' ? 'AsyncFunction' : tag === 'GeneratorFunction' ? 'GeneratorFunction' : tag === 'AsyncGeneratorFunction' ? 'AsyncGeneratorFunction' : 'Function';
    const label = value.name ? `${kind}: ${value.name}` : `${kind} (anonymous)`;
    return name !== null && name !== kind && name !== 'Function' ? `[${label}] ${name}` : `[${label}]`;
  }

  function formatValue(ctx, value, depth) {
    if (value === null) return 'null';
    if (typeof value !== 'object' && typeof value !== 'function') return formatPrimitive(ctx, value);
    if (ctx.customInspect) {
      const custom = value[customInspect];
      if (typeof custom === 'function' && custom !== inspect) {
        const result = custom.call(value, ctx.depth === null ? null : ctx.depth - depth, { ...ctx, seen: undefined }, inspect);
        if (result !== value) return typeof result === 'string' ? result : formatValue(ctx, result, depth);
      }
    }
    if (ctx.seen.includes(value)) {
      if (!ctx.circular.has(value)) ctx.circular.set(value, ctx.circular.size + 1);
      return `[Circular *${ctx.circular.get(value)}]`;
    }
    return formatRaw(ctx, value, depth);
  }

  function ownKeys(value, skipIndices) {
    const keys = Object.keys(value).filter((key) => !skipIndices || !/^(?:0|[1-9]\d*)$/.test(key));
    // Jint 4.18 lists a typed array's indices among its own symbols, hence the typeof check.
    for (const symbol of Object.getOwnPropertySymbols(value)) {
      if (typeof symbol === 'symbol' && Object.getOwnPropertyDescriptor(value, symbol).enumerable) keys.push(symbol);
    }
    return keys;
  }

  function hexBytes(bytes, limit) {
    let text = '';
    for (let i = 0; i < Math.min(bytes.length, limit); i++) text += (i ? ' ' : '') + bytes[i].toString(16).padStart(2, '0');
    return bytes.length > limit ? `${text} ... ${bytes.length - limit} more byte${bytes.length - limit > 1 ? 's' : ''}` : text;
  }

  function formatRaw(ctx, value, depth) {
    const name = constructorName(value);
    const tag = typeof value[Symbol.toStringTag] === 'string' && value[Symbol.toStringTag] !== name ? value[Symbol.toStringTag] : '';
    const prefix = (fallback, size) => `${name === null ? `[${fallback}: null prototype]` : name}${size === undefined ? '' : `(${size})`}${tag ? ` [${tag}]` : ''} `;
    let keys;
    let base = '';
    let braces;
    let entries = () => [];
    let nested = true;
    if (Array.isArray(value)) {
      keys = ownKeys(value, true);
      braces = [(name === 'Array' && !tag ? '' : prefix('Array', value.length)) + '[', ']'];
      if (value.length === 0 && keys.length === 0) return braces[0] + ']';
      entries = () => arrayEntries(ctx, value, depth);
    } else if (types.isSet(value)) {
      keys = ownKeys(value);
      braces = [prefix('Set', value.size) + '{', '}'];
      if (value.size === 0 && keys.length === 0) return braces[0] + '}';
      entries = () => { ctx.indentationLvl += 2; const out = [...value].map((v) => formatValue(ctx, v, depth + 1)); ctx.indentationLvl -= 2; return out; };
    } else if (types.isMap(value)) {
      keys = ownKeys(value);
      braces = [prefix('Map', value.size) + '{', '}'];
      if (value.size === 0 && keys.length === 0) return braces[0] + '}';
      entries = () => {
        ctx.indentationLvl += 2;
        const out = [...value].map(([k, v]) => formatValue(ctx, k, depth + 1) + ' => ' + formatValue(ctx, v, depth + 1));
        ctx.indentationLvl -= 2;
        return out;
      };
    } else if (types.isTypedArray(value)) {
      if (value instanceof Buffer) return `<${name === 'Buffer' ? 'Buffer' : name}${value.length ? ' ' + hexBytes(value, 50) : ''}>`;
      keys = ownKeys(value, true);
      braces = [prefix(typedArrayTag.call(value), value.length) + '[', ']'];
      if (value.length === 0 && keys.length === 0) return braces[0] + ']';
      entries = () => Array.from(value.subarray(0, ctx.maxArrayLength), (n) => formatPrimitive(ctx, n))
        .concat(value.length > ctx.maxArrayLength ? [`... ${value.length - ctx.maxArrayLength} more item${value.length - ctx.maxArrayLength > 1 ? 's' : ''}`] : []);
    } else {
      keys = ownKeys(value);
      braces = ['{', '}'];
      if (typeof value === 'function') {
        base = functionBase(value, name);
        keys = keys.filter((key) => key !== 'prototype');
        if (keys.length === 0) return base;
      } else if (types.isRegExp(value)) {
        base = RegExp.prototype.toString.call(value);
        if (keys.length === 0) return base;
      } else if (types.isDate(value)) {
        base = isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
        if (keys.length === 0) return base;
      } else if (value instanceof Error) {
        base = typeof value.stack === 'string' && value.stack ? value.stack : `[${Error.prototype.toString.call(value)}]`;
        keys = keys.filter((key) => key !== 'stack' && key !== 'message');
        if (ctx.indentationLvl) base = base.split('\n').join('\n' + ' '.repeat(ctx.indentationLvl));
        if (keys.length === 0) return base;
      } else if (types.isBoxedPrimitive(value)) {
        const primitive = value.valueOf();
        const kind = typeof primitive === 'string' ? 'String' : typeof primitive === 'number' ? 'Number' : typeof primitive === 'boolean' ? 'Boolean' : typeof primitive === 'bigint' ? 'BigInt' : 'Symbol';
        base = `[${kind}: ${formatPrimitive(ctx, primitive)}]`;
        if (kind === 'String') keys = ownKeys(value, true);
        if (keys.length === 0) return base;
      } else if (types.isWeakMap(value) || types.isWeakSet(value)) {
        return `${prefix('Object')}{ <items unknown> }`;
      } else if (types.isArrayBuffer(value)) {
        braces[0] = prefix('ArrayBuffer') + '{';
        entries = () => [`[Uint8Contents]: <${hexBytes(new Uint8Array(value), 50)}>`, `byteLength: ${value.byteLength}`];
        nested = false;
      } else if (value instanceof Promise) {
        // Jint does not expose a promise's state to script.
        braces[0] = prefix('Promise') + '{';
        entries = () => ['<unknown>'];
        nested = false;
      } else if (name === 'Object' && !tag) {
        if (keys.length === 0) return '{}';
      } else {
        braces[0] = prefix('Object') + '{';
        if (keys.length === 0) return braces[0] + '}';
      }
    }
    if (ctx.depth !== null && depth > ctx.depth) {
      return `[${name === null ? 'Object: null prototype' : name}]`;
    }
    ctx.seen.push(value);
    if (nested) ctx.currentDepth = depth;
    let output = entries();
    for (const key of keys) output.push(formatProperty(ctx, value, key, depth));
    ctx.seen.pop();
    if (ctx.sorted) output = output.sort(typeof ctx.sorted === 'function' ? ctx.sorted : undefined);
    const reference = ctx.circular.get(value);
    if (reference !== undefined) base = base === '' ? `<ref *${reference}>` : `<ref *${reference}> ${base}`;
    return join(ctx, output, base, braces, depth);
  }

  function arrayEntries(ctx, value, depth) {
    const output = [];
    const shown = Math.min(value.length, ctx.maxArrayLength);
    let holes = 0;
    const flushHoles = () => { if (holes) { output.push(`<${holes} empty item${holes > 1 ? 's' : ''}>`); holes = 0; } };
    for (let i = 0; i < shown; i++) {
      if (!Object.prototype.hasOwnProperty.call(value, i)) { holes++; continue; }
      flushHoles();
      output.push(formatProperty(ctx, value, String(i), depth, true));
    }
    flushHoles();
    if (value.length > shown) output.push(`... ${value.length - shown} more item${value.length - shown > 1 ? 's' : ''}`);
    return output;
  }

  function formatProperty(ctx, value, key, depth, isIndex) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key) || { value: value[key] };
    let text;
    if ('value' in descriptor) {
      ctx.indentationLvl += 2;
      text = formatValue(ctx, descriptor.value, depth + 1);
      ctx.indentationLvl -= 2;
    } else {
      text = descriptor.get ? (descriptor.set ? '[Getter/Setter]' : '[Getter]') : descriptor.set ? '[Setter]' : 'undefined';
    }
    return isIndex ? text : keyText(key) + ': ' + text;
  }

  function join(ctx, output, base, braces, depth) {
    const head = base ? base + ' ' : '';
    if (ctx.compact !== true) {
      if (typeof ctx.compact === 'number' && ctx.compact >= 1 && ctx.currentDepth - depth < ctx.compact) {
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        let total = output.length + start;
        if (total + output.length <= ctx.breakLength) {
          for (const entry of output) total += entry.length;
          if (total <= ctx.breakLength && !base.includes('\n')) {
            const line = output.join(', ');
            if (!line.includes('\n')) return `${head}${braces[0]} ${line} ${braces[1]}`;
          }
        }
      }
      const indentation = '\n' + ' '.repeat(ctx.indentationLvl);
      return `${head}${braces[0]}${indentation}  ${output.join(',' + indentation + '  ')}${indentation}${braces[1]}`;
    }
    const line = output.join(', ');
    return `${head}${braces[0]} ${line} ${braces[1]}`;
  }

  function inspect(value, options, depthArgument, colors) {
    const ctx = { ...inspect.defaultOptions, seen: [], circular: new Map(), indentationLvl: 0, currentDepth: 0 };
    if (typeof options === 'boolean') {
      ctx.showHidden = options;
      if (depthArgument !== undefined) ctx.depth = depthArgument;
      if (colors !== undefined) ctx.colors = colors;
    } else if (options !== null && typeof options === 'object') {
      for (const key of Object.keys(options)) if (key in defaultOptions || key === 'stylize') ctx[key] = options[key];
    }
    if (ctx.depth === Infinity) ctx.depth = null;
    return formatValue(ctx, value, 0);
  }
  inspect.custom = customInspect;
  inspect.defaultOptions = { ...defaultOptions };
  inspect.colors = Object.create(null);
  inspect.styles = Object.create(null);

  // ---- format -----------------------------------------------------------------------------------------------------
  function hasOwnToString(value) {
    for (let proto = value; proto !== null && proto !== Object.prototype && proto !== Error.prototype; proto = Object.getPrototypeOf(proto)) {
      if (Object.prototype.hasOwnProperty.call(proto, 'toString')) return true;
    }
    return false;
  }
  function formatWithOptions(options, ...args) {
    const show = (value) => typeof value === 'string' ? value : inspect(value, options);
    const first = args[0];
    let rest = 0;
    let out = '';
    if (typeof first === 'string') {
      rest = 1;
      out = first.replace(/%([sdifjoOc%])/g, (token, letter) => {
        if (letter === '%') return '%';
        if (rest >= args.length) return token;
        const arg = args[rest++];
        switch (letter) {
          case 's':
            if (typeof arg === 'bigint') return arg + 'n';
            if (typeof arg === 'number') return Object.is(arg, -0) ? '-0' : String(arg);
            if (typeof arg === 'symbol') return arg.toString();
            if (arg !== null && typeof arg === 'object' && !hasOwnToString(arg)) return inspect(arg, { ...options, depth: 0, colors: false, compact: 3 });
            return String(arg);
          case 'd': return typeof arg === 'bigint' ? arg + 'n' : typeof arg === 'symbol' ? 'NaN' : formatPrimitive(inspect.defaultOptions, Number(arg));
          case 'i': return typeof arg === 'bigint' ? arg + 'n' : typeof arg === 'symbol' ? 'NaN' : formatPrimitive(inspect.defaultOptions, parseInt(arg, 10));
          case 'f': return typeof arg === 'symbol' ? 'NaN' : formatPrimitive(inspect.defaultOptions, parseFloat(arg));
          case 'j': try { return JSON.stringify(arg); } catch (e) { return '[Circular]'; }
          case 'o': return inspect(arg, { ...options, showHidden: true, showProxy: true, depth: 4 });
          case 'O': return inspect(arg, options);
          default: return '';
        }
      });
    }
    for (; rest < args.length; rest++) out += (out || rest > 0 ? ' ' : '') + show(args[rest]);
    return out;
  }
  const format = (...args) => formatWithOptions(undefined, ...args);

  // ---- deep equality (also used by assert) ------------------------------------------------------------------------
  function isDeepEqual(a, b, strict, memo) {
    if (strict ? Object.is(a, b) : a == b || (a !== a && b !== b)) return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
      return false;
    }
    if (strict && Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
    const tagA = Object.prototype.toString.call(a);
    if (tagA !== Object.prototype.toString.call(b)) return false;
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    if (types.isDate(a) && a.getTime() !== b.getTime()) return false;
    if (types.isRegExp(a) && (a.source !== b.source || a.flags !== b.flags || a.lastIndex !== b.lastIndex)) return false;
    if (a instanceof Error && (a.message !== b.message || a.name !== b.name)) return false;
    if (types.isBoxedPrimitive(a) && !Object.is(a.valueOf(), b.valueOf())) return false;
    if (ArrayBuffer.isView(a)) {
      if (a.length !== b.length || a.byteLength !== b.byteLength) return false;
      for (let i = 0; i < a.length; i++) if (strict ? !Object.is(a[i], b[i]) : a[i] != b[i]) return false;
    }
    const pairs = memo || new Map();
    if (pairs.get(a) === b) return true;
    pairs.set(a, b);
    if (types.isSet(a)) {
      if (a.size !== b.size) return false;
      for (const item of a) {
        if (b.has(item)) continue;
        if (typeof item !== 'object' || ![...b].some((other) => isDeepEqual(item, other, strict, pairs))) return false;
      }
    } else if (types.isMap(a)) {
      if (a.size !== b.size) return false;
      for (const [key, item] of a) {
        if (!b.has(key) || !isDeepEqual(item, b.get(key), strict, pairs)) return false;
      }
    }
    const keysA = Object.keys(a);
    const keysB = Object.keys(b);
    if (keysA.length !== keysB.length) return false;
    for (const key of keysA) {
      if (!Object.prototype.hasOwnProperty.call(b, key) || !isDeepEqual(a[key], b[key], strict, pairs)) return false;
    }
    if (strict) {
      const symbolsA = Object.getOwnPropertySymbols(a).filter((s) => Object.prototype.propertyIsEnumerable.call(a, s));
      const symbolsB = Object.getOwnPropertySymbols(b).filter((s) => Object.prototype.propertyIsEnumerable.call(b, s));
      if (symbolsA.length !== symbolsB.length) return false;
      for (const symbol of symbolsA) if (!isDeepEqual(a[symbol], b[symbol], strict, pairs)) return false;
    }
    return true;
  }
  internals.isDeepEqual = isDeepEqual;

  // ---- promisify, callbackify, inherits, deprecate ----------------------------------------------------------------
  function promisify(original) {
    if (typeof original !== 'function') throw invalidArgType('original', 'function', original);
    if (typeof original[customPromisify] === 'function') return original[customPromisify];
    function promisified(...args) {
      return new Promise((resolve, reject) => {
        original.call(this, ...args, (error, ...values) => (error ? reject(error) : resolve(values[0])));
      });
    }
    Object.setPrototypeOf(promisified, Object.getPrototypeOf(original));
    Object.defineProperty(promisified, customPromisify, { value: promisified, configurable: true });
    return Object.defineProperties(promisified, Object.getOwnPropertyDescriptors(original));
  }
  promisify.custom = customPromisify;

  function callbackify(original) {
    if (typeof original !== 'function') throw invalidArgType('original', 'function', original);
    function callbackified(...args) {
      const callback = args.pop();
      if (typeof callback !== 'function') throw invalidArgType('last argument', 'function', callback);
      const reply = (...values) => process.nextTick(callback, ...values);
      original.apply(this, args).then((value) => reply(null, value), (reason) => {
        if (!reason) {
          const error = errorWithCode('Promise was rejected with a falsy value', 'ERR_FALSY_VALUE_REJECTION');
          error.reason = reason;
          reason = error;
        }
        reply(reason);
      });
    }
    Object.defineProperties(callbackified, Object.getOwnPropertyDescriptors(original));
    return callbackified;
  }

  function inherits(ctor, superCtor) {
    if (ctor === undefined || ctor === null) throw invalidArgType('ctor', 'function', ctor);
    if (superCtor === undefined || superCtor === null) throw invalidArgType('superCtor', 'function', superCtor);
    if (superCtor.prototype === undefined) throw invalidArgType('superCtor.prototype', 'object', superCtor.prototype);
    Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
    Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
  }

  const warnedCodes = new Set();
  function deprecate(fn, message, code) {
    if (typeof fn !== 'function') throw invalidArgType('fn', 'function', fn);
    let warned = false;
    return function deprecated(...args) {
      if (!warned && !(code !== undefined && warnedCodes.has(code))) {
        warned = true;
        if (code !== undefined) warnedCodes.add(code);
        process.emitWarning(message, 'DeprecationWarning', code);
      }
      return new.target ? Reflect.construct(fn, args, new.target) : fn.apply(this, args);
    };
  }

  return {
    format, formatWithOptions, inspect, promisify, callbackify, inherits, deprecate, types,
    isDeepStrictEqual: (a, b) => isDeepEqual(a, b, true),
    isArray: Array.isArray,
    // eslint-disable-next-line no-control-regex
    stripVTControlCharacters: (text) => String(text).replace(/\u001b\[[0-9;]*[A-Za-z]/g, ''),
    toUSVString: (text) => String(text).toWellFormed(),
    debuglog: () => Object.assign(() => {}, { enabled: false }),
    debug: () => Object.assign(() => {}, { enabled: false }),
    TextEncoder, TextDecoder,
  };
})
