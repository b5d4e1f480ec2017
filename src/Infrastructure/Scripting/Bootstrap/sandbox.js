// Runs once per engine, before the function's code. It receives the engine's native host bridge, keeps it in this
// closure (user code never sees it) and installs the globals of a Node-like sandbox. Everything that needs native
// power (encoding, hashing, files, timers, the clock) is a host call; what remains here is the platform's own API
// surface (module loader, req/res), which is JavaScript in Express too. An engine serves one function version, one
// invocation at a time: each invocation brings its own bridge (console, timers, response), and what it leaves behind
// (timers, console state, the response) is reset before the next one; the function's modules stay loaded, as in Node.
(function (host) {
  'use strict';
  const g = globalThis;

  function define(target, name, value) {
    Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
  }

  function errorWithCode(message, code, Type) {
    const error = new (Type || Error)(message);
    error.code = code;
    return error;
  }
  const invalidArgType = (name, expected, actual) =>
    errorWithCode(`The "${name}" argument must be of type ${expected}. Received ${host.describe(actual)}`, 'ERR_INVALID_ARG_TYPE', TypeError);

  // ---- console --------------------------------------------------------------------------------------------------
  // Console output is laid out by util.format, as in Node; util loads on the first console call of an engine.
  const format = (args) => requireBuiltin('util').format(...args);

  const timers = new Map();
  const counts = new Map();
  let groupIndent = '';
  let current = null; // the bridge of the invocation running now
  const write = (level, args) => current.console(level, groupIndent + format(args));
  const consoleObject = {
    log: (...a) => write('log', a),
    info: (...a) => write('info', a),
    warn: (...a) => write('warn', a),
    error: (...a) => write('error', a),
    debug: (...a) => write('debug', a),
    trace: (...a) => write('error', ['Trace: ' + format(a) + '\n' + String(new Error().stack).split('\n').slice(1).join('\n')]),
    dir: (o) => write('log', [o]),
    assert: (condition, ...a) => { if (!condition) write('error', ['Assertion failed' + (a.length ? ': ' + format(a) : '')]); },
    clear: () => current.consoleClear(),
    time: (label = 'default') => { timers.set(label, host.now()); },
    timeLog: (label = 'default', ...a) => {
      if (!timers.has(label)) return write('warn', [`Warning: No such label '${label}' for console.timeLog()`]);
      write('log', [`${label}: ${(host.now() - timers.get(label)).toFixed(3)}ms`, ...a]);
    },
    timeEnd: (label = 'default') => {
      if (!timers.has(label)) return write('warn', [`Warning: No such label '${label}' for console.timeEnd()`]);
      write('log', [`${label}: ${(host.now() - timers.get(label)).toFixed(3)}ms`]);
      timers.delete(label);
    },
    count: (label = 'default') => { const n = (counts.get(label) || 0) + 1; counts.set(label, n); write('log', [`${label}: ${n}`]); },
    countReset: (label = 'default') => { counts.delete(label); },
    group: (...a) => { if (a.length) write('log', a); groupIndent += '  '; },
    groupCollapsed: (...a) => { if (a.length) write('log', a); groupIndent += '  '; },
    groupEnd: () => { groupIndent = groupIndent.slice(2); },
    table: (data) => write('log', [data]),
  };
  define(g, 'console', consoleObject);

  // ---- timers ---------------------------------------------------------------------------------------------------
  class Timeout {
    constructor(id, repeat) { this._id = id; this._repeat = repeat; this._ref = true; }
    ref() { this._ref = true; return this; }
    unref() { this._ref = false; return this; }
    hasRef() { return this._ref; }
    refresh() { return this; }
    close() { clearTimeout(this); return this; }
    [Symbol.toPrimitive]() { return this._id; }
  }
  class Immediate extends Timeout {}

  const active = new Map();
  function schedule(callback, delay, args, repeat, Kind) {
    if (typeof callback !== 'function') {
      throw invalidArgType('callback', 'function', callback);
    }
    let ms = Number(delay);
    if (!(ms >= 1 && ms <= 2147483647)) ms = 1;
    const handle = new Kind(0, repeat);
    const fire = () => {
      if (repeat) {
        handle._id = current.setTimer(ms, fire);
        active.set(handle._id, handle);
      } else {
        active.delete(handle._id);
      }
      callback(...args);
    };
    handle._id = current.setTimer(Kind === Immediate ? 0 : ms, fire);
    active.set(handle._id, handle);
    return handle;
  }
  function clear(handle) {
    const id = handle instanceof Timeout ? handle._id : Number(handle);
    const timer = active.get(id);
    if (timer) {
      timer._repeat = false;
      active.delete(id);
      current.clearTimer(id);
    }
  }
  const setTimeout = (cb, ms, ...args) => schedule(cb, ms, args, false, Timeout);
  const setInterval = (cb, ms, ...args) => schedule(cb, ms, args, true, Timeout);
  const setImmediate = (cb, ...args) => schedule(cb, 0, args, false, Immediate);
  const clearTimeout = clear;
  Object.assign(g, { setTimeout, setInterval, setImmediate, clearTimeout, clearInterval: clear, clearImmediate: clear });
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  define(g, 'sleep', sleep);
  define(g, 'queueMicrotask', (callback) => {
    if (typeof callback !== 'function') throw errorWithCode('The "callback" argument must be of type function.', 'ERR_INVALID_ARG_TYPE', TypeError);
    Promise.resolve().then(callback);
  });

  const timersPromises = {
    setTimeout: (ms, value) => new Promise((resolve) => setTimeout(() => resolve(value), ms)),
    setImmediate: (value) => new Promise((resolve) => setImmediate(() => resolve(value))),
    setInterval: async function* (ms, value) { for (;;) { await sleep(ms); yield value; } },
    scheduler: { wait: (ms) => sleep(ms), yield: () => new Promise((resolve) => setImmediate(resolve)) },
  };

  // ---- performance, encoding, structuredClone -------------------------------------------------------------------
  define(g, 'performance', { now: () => host.now(), timeOrigin: host.timeOrigin() });

  class TextEncoder {
    get encoding() { return 'utf-8'; }
    encode(input = '') { return host.encode(String(input), 'utf8'); }
    encodeInto(input, destination) {
      const bytes = host.encode(String(input), 'utf8');
      const written = Math.min(bytes.length, destination.length);
      destination.set(bytes.subarray(0, written));
      return { read: input.length, written };
    }
  }
  class TextDecoder {
    constructor(label = 'utf-8', options = {}) {
      const encoding = String(label).toLowerCase();
      if (!['utf-8', 'utf8', 'unicode-1-1-utf-8', 'utf-16le', 'latin1', 'iso-8859-1', 'ascii'].includes(encoding)) {
        throw errorWithCode(`The "${label}" encoding is not supported`, 'ERR_ENCODING_NOT_SUPPORTED', RangeError);
      }
      this._encoding = encoding.startsWith('utf-8') || encoding.startsWith('utf8') || encoding === 'unicode-1-1-utf-8' ? 'utf-8' : encoding;
      this.fatal = !!options.fatal;
      this.ignoreBOM = !!options.ignoreBOM;
    }
    get encoding() { return this._encoding; }
    decode(input) {
      if (input === undefined) return '';
      const bytes = ArrayBuffer.isView(input) ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength) : new Uint8Array(input);
      const native = this._encoding === 'utf-8' ? 'utf8' : this._encoding === 'utf-16le' ? 'utf16le' : 'latin1';
      let text = host.decode(bytes, native, this.fatal);
      if (!this.ignoreBOM && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      return text;
    }
  }
  Object.assign(g, { TextEncoder, TextDecoder });

  define(g, 'btoa', (data) => {
    const text = String(data);
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) > 255) throw new DOMException('Invalid character', 'InvalidCharacterError');
    }
    return host.decode(host.encode(text, 'latin1'), 'base64');
  });
  define(g, 'atob', (data) => {
    const text = String(data).replace(/[\t\n\f\r ]/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 === 1) {
      throw new DOMException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
    }
    return host.decode(host.encode(text, 'base64'), 'latin1');
  });

  class DOMException extends Error {
    constructor(message = '', name = 'Error') { super(message); this.name = name; }
  }
  define(g, 'DOMException', DOMException);

  function cloneValue(value, seen) {
    if (value === null || typeof value !== 'object') {
      if (typeof value === 'function' || typeof value === 'symbol') {
        throw new DOMException(`${String(value)} could not be cloned.`, 'DataCloneError');
      }
      return value;
    }
    if (seen.has(value)) return seen.get(value);
    let copy;
    if (value instanceof Date) copy = new Date(value.getTime());
    else if (value instanceof RegExp) copy = new RegExp(value.source, value.flags);
    else if (ArrayBuffer.isView(value)) copy = new value.constructor(value);
    else if (value instanceof ArrayBuffer) copy = value.slice(0);
    else if (value instanceof Map) { copy = new Map(); seen.set(value, copy); value.forEach((v, k) => copy.set(cloneValue(k, seen), cloneValue(v, seen))); return copy; }
    else if (value instanceof Set) { copy = new Set(); seen.set(value, copy); value.forEach((v) => copy.add(cloneValue(v, seen))); return copy; }
    else if (value instanceof Error) { copy = new value.constructor(value.message); copy.stack = value.stack; }
    else if (Array.isArray(value)) { copy = []; seen.set(value, copy); value.forEach((v, i) => { copy[i] = cloneValue(v, seen); }); return copy; }
    else { copy = {}; seen.set(value, copy); for (const key of Object.keys(value)) copy[key] = cloneValue(value[key], seen); return copy; }
    seen.set(value, copy);
    return copy;
  }
  define(g, 'structuredClone', (value) => cloneValue(value, new Map()));

  // ---- EventTarget, AbortController ------------------------------------------------------------------------------
  class Event {
    constructor(type, options = {}) {
      this.type = String(type);
      this.bubbles = !!options.bubbles;
      this.cancelable = !!options.cancelable;
      this.defaultPrevented = false;
      this.timeStamp = host.now();
      this.target = null;
      this.currentTarget = null;
    }
    preventDefault() { if (this.cancelable) this.defaultPrevented = true; }
    stopPropagation() {}
    stopImmediatePropagation() { this._stopped = true; }
  }
  class CustomEvent extends Event {
    constructor(type, options = {}) { super(type, options); this.detail = options.detail === undefined ? null : options.detail; }
  }
  const listenersOf = new WeakMap();
  class EventTarget {
    addEventListener(type, listener, options) {
      if (!listener) return;
      const once = typeof options === 'object' && options !== null && !!options.once;
      const signal = typeof options === 'object' && options !== null ? options.signal : undefined;
      if (!listenersOf.has(this)) listenersOf.set(this, new Map());
      const byType = listenersOf.get(this);
      if (!byType.has(type)) byType.set(type, []);
      const list = byType.get(type);
      if (list.some((entry) => entry.listener === listener)) return;
      list.push({ listener, once });
      if (signal) signal.addEventListener('abort', () => this.removeEventListener(type, listener), { once: true });
    }
    removeEventListener(type, listener) {
      const list = listenersOf.get(this)?.get(type);
      if (!list) return;
      const index = list.findIndex((entry) => entry.listener === listener);
      if (index !== -1) list.splice(index, 1);
    }
    dispatchEvent(event) {
      if (!(event instanceof Event)) throw errorWithCode('The "event" argument must be an instance of Event.', 'ERR_INVALID_ARG_TYPE', TypeError);
      event.target = this;
      event.currentTarget = this;
      const list = (listenersOf.get(this)?.get(event.type) || []).slice();
      for (const entry of list) {
        if (entry.once) this.removeEventListener(event.type, entry.listener);
        if (typeof entry.listener === 'function') entry.listener.call(this, event);
        else entry.listener.handleEvent(event);
        if (event._stopped) break;
      }
      return !event.defaultPrevented;
    }
  }
  class AbortSignal extends EventTarget {
    constructor() { super(); this.aborted = false; this.reason = undefined; this.onabort = null; }
    throwIfAborted() { if (this.aborted) throw this.reason; }
    static abort(reason) { const controller = new AbortController(); controller.abort(reason); return controller.signal; }
    static timeout(ms) {
      const controller = new AbortController();
      setTimeout(() => controller.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError')), ms);
      return controller.signal;
    }
    static any(signals) {
      const controller = new AbortController();
      for (const signal of signals) {
        if (signal.aborted) { controller.abort(signal.reason); break; }
        signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
      }
      return controller.signal;
    }
  }
  class AbortController {
    constructor() { this.signal = new AbortSignal(); }
    abort(reason) {
      const signal = this.signal;
      if (signal.aborted) return;
      signal.aborted = true;
      signal.reason = reason === undefined ? new DOMException('This operation was aborted', 'AbortError') : reason;
      const event = new Event('abort');
      if (typeof signal.onabort === 'function') signal.onabort(event);
      signal.dispatchEvent(event);
    }
  }
  Object.assign(g, { Event, CustomEvent, EventTarget, AbortController, AbortSignal });

  // ---- URL, URLSearchParams -------------------------------------------------------------------------------------
  const formEncode = (text) => encodeURIComponent(text).replace(/%20/g, '+').replace(/[!'()~]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
  const formDecode = (text) => { try { return decodeURIComponent(text.replace(/\+/g, ' ')); } catch (e) { return text.replace(/\+/g, ' '); } };
  class URLSearchParams {
    constructor(init = '') {
      this._list = [];
      this._url = null;
      if (init instanceof URLSearchParams) this._list = init._list.map((pair) => pair.slice());
      else if (typeof init === 'object' && init !== null && typeof init[Symbol.iterator] === 'function') {
        for (const pair of init) this._list.push([String(pair[0]), String(pair[1])]);
      } else if (typeof init === 'object' && init !== null) {
        for (const key of Object.keys(init)) this._list.push([key, String(init[key])]);
      } else this._parse(String(init));
    }
    _parse(text) {
      this._list = [];
      const query = text.startsWith('?') ? text.slice(1) : text;
      for (const part of query.split('&')) {
        if (!part) continue;
        const eq = part.indexOf('=');
        this._list.push(eq === -1 ? [formDecode(part), ''] : [formDecode(part.slice(0, eq)), formDecode(part.slice(eq + 1))]);
      }
    }
    _update() { if (this._url) this._url._search = this._list.length ? '?' + this.toString() : ''; }
    get size() { return this._list.length; }
    append(name, value) { this._list.push([String(name), String(value)]); this._update(); }
    delete(name, value) { this._list = this._list.filter(([n, v]) => n !== String(name) || (value !== undefined && v !== String(value))); this._update(); }
    get(name) { const pair = this._list.find(([n]) => n === String(name)); return pair ? pair[1] : null; }
    getAll(name) { return this._list.filter(([n]) => n === String(name)).map(([, v]) => v); }
    has(name, value) { return this._list.some(([n, v]) => n === String(name) && (value === undefined || v === String(value))); }
    set(name, value) {
      const key = String(name);
      const index = this._list.findIndex(([n]) => n === key);
      if (index === -1) this._list.push([key, String(value)]);
      else { this._list[index][1] = String(value); this._list = this._list.filter(([n], i) => n !== key || i === index); }
      this._update();
    }
    sort() { this._list.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)); this._update(); }
    forEach(callback, thisArg) { for (const [n, v] of this._list) callback.call(thisArg, v, n, this); }
    keys() { return this._list.map(([n]) => n)[Symbol.iterator](); }
    values() { return this._list.map(([, v]) => v)[Symbol.iterator](); }
    entries() { return this._list.map((pair) => pair.slice())[Symbol.iterator](); }
    [Symbol.iterator]() { return this.entries(); }
    toString() { return this._list.map(([n, v]) => formEncode(n) + '=' + formEncode(v)).join('&'); }
  }
  const urlParts = ['protocol', 'username', 'password', 'hostname', 'port', 'pathname', 'search', 'hash'];
  class URL {
    constructor(input, base) {
      const parts = host.parseUrl(String(input), base === undefined ? undefined : String(base));
      if (!parts) throw errorWithCode('Invalid URL', 'ERR_INVALID_URL', TypeError);
      urlParts.forEach((name, i) => { this['_' + name] = parts[i]; });
      this._params = new URLSearchParams(this._search);
      this._params._url = this;
    }
    static canParse(input, base) { return !!host.parseUrl(String(input), base === undefined ? undefined : String(base)); }
    static parse(input, base) { try { return new URL(input, base); } catch (e) { return null; } }
    get protocol() { return this._protocol; }
    set protocol(v) { this._protocol = String(v).replace(/:?$/, ':'); }
    get username() { return this._username; }
    set username(v) { this._username = encodeURIComponent(String(v)); }
    get password() { return this._password; }
    set password(v) { this._password = encodeURIComponent(String(v)); }
    get hostname() { return this._hostname; }
    set hostname(v) { this._hostname = String(v).toLowerCase(); }
    get port() { return this._port; }
    set port(v) { this._port = String(v); }
    get host() { return this._hostname + (this._port ? ':' + this._port : ''); }
    set host(v) { const [h, p] = String(v).split(':'); this._hostname = h.toLowerCase(); this._port = p || ''; }
    get origin() { return this._hostname ? this._protocol + '//' + this.host : 'null'; }
    get pathname() { return this._pathname; }
    set pathname(v) { const text = String(v); this._pathname = text.startsWith('/') ? text : '/' + text; }
    get search() { return this._search.length > 1 ? this._search : ''; }
    set search(v) { const text = String(v); this._search = text === '' ? '' : text.startsWith('?') ? text : '?' + text; this._params._parse(this._search); }
    get searchParams() { return this._params; }
    get hash() { return this._hash.length > 1 ? this._hash : ''; }
    set hash(v) { const text = String(v); this._hash = text === '' ? '' : text.startsWith('#') ? text : '#' + text; }
    get href() {
      const auth = this._username ? this._username + (this._password ? ':' + this._password : '') + '@' : '';
      const authority = this._hostname || this._protocol === 'file:' ? '//' + auth + this.host : '';
      return this._protocol + authority + this._pathname + this.search + this.hash;
    }
    set href(v) { const parsed = new URL(v); urlParts.forEach((name) => { this['_' + name] = parsed['_' + name]; }); this._params._parse(this._search); }
    toString() { return this.href; }
    toJSON() { return this.href; }
  }
  Object.assign(g, { URL, URLSearchParams });

  // ---- Buffer ---------------------------------------------------------------------------------------------------
  const encodings = new Map([
    ['utf8', 'utf8'], ['utf-8', 'utf8'], ['hex', 'hex'], ['base64', 'base64'], ['base64url', 'base64url'],
    ['latin1', 'latin1'], ['binary', 'latin1'], ['ascii', 'ascii'], ['utf16le', 'utf16le'], ['utf-16le', 'utf16le'],
    ['ucs2', 'utf16le'], ['ucs-2', 'utf16le'],
  ]);
  function encodingOf(name) {
    if (name === undefined || name === null) return 'utf8';
    const encoding = encodings.get(String(name).toLowerCase());
    if (!encoding) throw errorWithCode('Unknown encoding: ' + name, 'ERR_UNKNOWN_ENCODING', TypeError);
    return encoding;
  }
  class Buffer extends Uint8Array {
    static from(value, encodingOrOffset, length) {
      if (typeof value === 'string') return toBuffer(host.encode(value, encodingOf(encodingOrOffset)));
      if (value instanceof ArrayBuffer) return new Buffer(value, encodingOrOffset || 0, length === undefined ? value.byteLength - (encodingOrOffset || 0) : length);
      if (ArrayBuffer.isView(value)) { const copy = new Buffer(value.length); copy.set(value); return copy; }
      if (Array.isArray(value)) { const copy = new Buffer(value.length); copy.set(value.map((n) => n & 255)); return copy; }
      if (value && value.type === 'Buffer' && Array.isArray(value.data)) return Buffer.from(value.data);
      throw errorWithCode('The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object.', 'ERR_INVALID_ARG_TYPE', TypeError);
    }
    static alloc(size, fill, encoding) { const buffer = new Buffer(size); if (fill !== undefined && fill !== 0) buffer.fill(fill, 0, size, encoding); return buffer; }
    static allocUnsafe(size) { return new Buffer(size); }
    static allocUnsafeSlow(size) { return new Buffer(size); }
    static isBuffer(value) { return value instanceof Buffer; }
    static isEncoding(name) { return encodings.has(String(name).toLowerCase()); }
    static byteLength(value, encoding) {
      if (typeof value !== 'string') return value.byteLength;
      return host.byteLength(value, encodingOf(encoding));
    }
    static concat(list, totalLength) {
      const total = totalLength === undefined ? list.reduce((sum, item) => sum + item.length, 0) : totalLength;
      const result = Buffer.alloc(total);
      let offset = 0;
      for (const item of list) {
        if (offset >= total) break;
        const chunk = item.length > total - offset ? item.subarray(0, total - offset) : item;
        result.set(chunk, offset);
        offset += chunk.length;
      }
      return result;
    }
    static compare(a, b) { return a.compare(b); }
    toString(encoding, start = 0, end = this.length) {
      const view = start === 0 && end >= this.length ? this : this.subarray(start, end);
      return host.decode(view, encodingOf(encoding), false);
    }
    toJSON() { return { type: 'Buffer', data: Array.from(this) }; }
    equals(other) { return this.compare(other) === 0; }
    compare(other) {
      const length = Math.min(this.length, other.length);
      for (let i = 0; i < length; i++) if (this[i] !== other[i]) return this[i] < other[i] ? -1 : 1;
      return this.length === other.length ? 0 : this.length < other.length ? -1 : 1;
    }
    write(text, offset = 0, length, encoding) {
      if (typeof offset === 'string') { encoding = offset; offset = 0; }
      else if (typeof length === 'string') { encoding = length; length = undefined; }
      const bytes = host.encode(String(text), encodingOf(encoding));
      const count = Math.min(bytes.length, this.length - offset, length === undefined ? Infinity : length);
      this.set(bytes.subarray(0, count), offset);
      return count;
    }
    fill(value, offset = 0, end = this.length, encoding) {
      if (typeof value === 'string') {
        const bytes = host.encode(value, encodingOf(typeof offset === 'string' ? offset : encoding));
        if (typeof offset === 'string') { offset = 0; end = this.length; }
        for (let i = offset, j = 0; i < end && bytes.length; i++, j = (j + 1) % bytes.length) this[i] = bytes[j];
        return this;
      }
      return super.fill(value, offset, end);
    }
    slice(start, end) { return this.subarray(start, end); }
    subarray(start, end) { const view = super.subarray(start, end); Object.setPrototypeOf(view, Buffer.prototype); return view; }
    indexOf(value, byteOffset = 0, encoding) {
      const needle = typeof value === 'number' ? [value & 255] : typeof value === 'string' ? Buffer.from(value, encoding) : value;
      outer: for (let i = byteOffset < 0 ? Math.max(this.length + byteOffset, 0) : byteOffset; i <= this.length - needle.length; i++) {
        for (let j = 0; j < needle.length; j++) if (this[i + j] !== needle[j]) continue outer;
        return i;
      }
      return -1;
    }
    includes(value, byteOffset, encoding) { return this.indexOf(value, byteOffset, encoding) !== -1; }
    copy(target, targetStart = 0, sourceStart = 0, sourceEnd = this.length) {
      const chunk = this.subarray(sourceStart, Math.min(sourceEnd, sourceStart + target.length - targetStart));
      target.set(chunk, targetStart);
      return chunk.length;
    }
    readUInt8(offset = 0) { return this[offset]; }
    readUInt16BE(offset = 0) { return (this[offset] << 8) | this[offset + 1]; }
    readUInt16LE(offset = 0) { return this[offset] | (this[offset + 1] << 8); }
    readUInt32BE(offset = 0) { return new DataView(this.buffer, this.byteOffset).getUint32(offset); }
    readUInt32LE(offset = 0) { return new DataView(this.buffer, this.byteOffset).getUint32(offset, true); }
    readInt32BE(offset = 0) { return new DataView(this.buffer, this.byteOffset).getInt32(offset); }
    readInt32LE(offset = 0) { return new DataView(this.buffer, this.byteOffset).getInt32(offset, true); }
    writeUInt8(value, offset = 0) { this[offset] = value; return offset + 1; }
    writeUInt16BE(value, offset = 0) { new DataView(this.buffer, this.byteOffset).setUint16(offset, value); return offset + 2; }
    writeUInt32BE(value, offset = 0) { new DataView(this.buffer, this.byteOffset).setUint32(offset, value); return offset + 4; }
    writeUInt32LE(value, offset = 0) { new DataView(this.buffer, this.byteOffset).setUint32(offset, value, true); return offset + 4; }
  }
  function toBuffer(bytes) { Object.setPrototypeOf(bytes, Buffer.prototype); return bytes; }
  define(g, 'Buffer', Buffer);

  // ---- process --------------------------------------------------------------------------------------------------
  const denied = (name) => () => { const e = errorWithCode(name + ': operation not permitted', 'EACCES'); e.errno = -13; throw e; };
  const started = host.now();
  const hrtime = (previous) => {
    const now = host.now();
    let seconds = Math.floor(now / 1000);
    let nanos = Math.floor((now % 1000) * 1e6);
    if (previous) { seconds -= previous[0]; nanos -= previous[1]; if (nanos < 0) { seconds--; nanos += 1e9; } }
    return [seconds, nanos];
  };
  hrtime.bigint = () => BigInt(Math.floor(host.now() * 1e6));
  const noop = function () { return process; };
  const process = {
    env: {},
    argv: ['/usr/local/bin/node', '/app/index.js'],
    argv0: 'node',
    execArgv: [],
    execPath: '/usr/local/bin/node',
    pid: 1,
    ppid: 0,
    platform: 'linux',
    arch: 'x64',
    version: 'v20.0.0',
    versions: { node: '20.0.0' },
    release: { name: 'node' },
    title: 'invoke sandbox',
    exitCode: undefined,
    cwd: () => '/app',
    uptime: () => (host.now() - started) / 1000,
    hrtime,
    memoryUsage: Object.assign(() => ({ rss: 0, heapTotal: 0, heapUsed: 0, external: 0, arrayBuffers: 0 }), { rss: () => 0 }),
    cpuUsage: () => ({ user: 0, system: 0 }),
    resourceUsage: () => ({}),
    nextTick: (callback, ...args) => { Promise.resolve().then(() => callback(...args)); },
    emitWarning: (warning, type, code) => {
      const name = typeof type === 'string' ? type : (type && type.type) || (warning && warning.name) || 'Warning';
      const text = String(warning && warning.message || warning);
      write('warn', [`(node:1) ${code ? '[' + code + '] ' : ''}${name}: ${text}`]);
    },
    on: noop, once: noop, off: noop, addListener: noop, removeListener: noop, removeAllListeners: noop, emit: () => false,
    listeners: () => [], listenerCount: () => 0,
    getuid: () => 1000, getgid: () => 1000, geteuid: () => 1000, getegid: () => 1000, getgroups: () => [1000],
    umask: (mask) => { if (mask !== undefined) denied('umask')(); return 0o22; },
    exit: denied('exit'), abort: denied('abort'), kill: denied('kill'), chdir: denied('chdir'), dlopen: denied('dlopen'),
    setuid: denied('setuid'), setgid: denied('setgid'), binding: (name) => { throw new Error('No such module: ' + name); },
  };
  define(g, 'process', process);
  define(g, 'global', g);

  // ---- modules --------------------------------------------------------------------------------------------------
  // What the JavaScript built-in modules (Scripting/Builtins/*.js, each prepared once per process) receive when first
  // required: the native bridge and the sandbox's own pieces. User code never sees this object.
  const internals = {
    host, errorWithCode, invalidArgType, Buffer, toBuffer, encodingOf, process, TextEncoder, TextDecoder,
    require: (name) => requireBuiltin(name),
    network: () => current.network(),
    inspect: (value) => requireBuiltin('util').inspect(value),
    bridge: () => current,
  };
  const script = (name) => () => host.builtinScript(name)(internals);
  define(g, 'kv', host.builtinScript('kv')(internals));
  const notSupported = new Set(['child_process', 'worker_threads', 'cluster', 'vm', 'v8', 'inspector', 'repl', 'dgram', 'http2', 'module', 'async_hooks', 'perf_hooks', 'readline', 'trace_events', 'wasi']);
  const builtins = new Map([
    ['timers', () => ({ setTimeout, setInterval, setImmediate, clearTimeout, clearInterval: clear, clearImmediate: clear, promises: timersPromises })],
    ['timers/promises', () => timersPromises],
    ['buffer', () => ({ Buffer, constants: { MAX_LENGTH: 2 ** 32 - 1, MAX_STRING_LENGTH: 2 ** 29 - 24 }, kMaxLength: 2 ** 32 - 1, atob: g.atob, btoa: g.btoa })],
    ['url', () => ({ URL, URLSearchParams })],
    ['process', () => process],
    ['console', () => consoleObject],
    ['path', () => host.nativeModule('path')],
    ['path/posix', () => requireBuiltin('path')],
    ['util', script('util')],
    ['util/types', () => requireBuiltin('util').types],
    ['events', script('events')],
    ['querystring', script('querystring')],
    ['string_decoder', script('string_decoder')],
    ['os', script('os')],
    ['assert', script('assert')],
    ['assert/strict', () => requireBuiltin('assert').strict],
    ['crypto', script('crypto')],
    ['zlib', script('zlib')],
    ['fs', script('fs')],
    ['fs/promises', () => requireBuiltin('fs').promises],
    ['stream', script('stream')],
    ['stream/promises', () => requireBuiltin('stream').promises],
    ['punycode', script('punycode')],
    ...networkBuiltins(script, requireBuiltin),
  ]);
  const builtinExports = new Map();

  // Outgoing network (docs/adr/0029): the Node client modules, each a script over the invocation's guarded network.
  function networkBuiltins(load, loaded) {
    return [
      ['http', load('http')],
      ['https', () => loaded('http')._https],
      ['dns', load('dns')],
      ['dns/promises', () => loaded('dns').promises],
      ['net', load('net')],
      ['tls', () => loaded('net')._tls],
      // The ws package's client API, so that functions need not vendor it (its own code needs Node's sockets).
      ['ws', load('websocket')],
    ];
  }
  // fetch and its classes (and WebSocket) load with the first use of any of them; a function may replace each.
  function installWebNetworkGlobals(target, load) {
    let web;
    const names = ['fetch', 'Headers', 'Request', 'Response', 'FormData', 'Blob', 'File', 'ReadableStream', 'WebSocket'];
    for (const name of names) {
      Object.defineProperty(target, name, {
        get() {
          if (name === 'WebSocket') return requireBuiltin('ws')._web;
          web = web || load();
          return web[name];
        },
        set(value) { define(target, name, value); },
        configurable: true,
        enumerable: false,
      });
    }
  }

  function requireBuiltin(name) {
    if (builtinExports.has(name)) return builtinExports.get(name);
    const factory = builtins.get(name);
    if (!factory) return undefined;
    const exports = factory();
    builtinExports.set(name, exports);
    return exports;
  }

  const moduleCache = new Map();
  const dirname = (path) => path.slice(0, path.lastIndexOf('/')) || '/';
  function normalize(path) {
    const out = [];
    for (const segment of path.split('/')) {
      if (segment === '' || segment === '.') continue;
      if (segment === '..') out.pop(); else out.push(segment);
    }
    return '/' + out.join('/');
  }
  const kind = (absolute) => host.stat(absolute); // 0: missing, 1: file, 2: directory

  function resolveFile(absolute) {
    if (kind(absolute) === 1) return absolute;
    for (const extension of ['.js', '.json', '.cjs']) if (kind(absolute + extension) === 1) return absolute + extension;
    if (kind(absolute) === 2) {
      const manifest = absolute + '/package.json';
      if (kind(manifest) === 1) {
        const entry = packageEntry(JSON.parse(host.readText(manifest)));
        if (entry) {
          const resolved = resolveFile(normalize(absolute + '/' + entry));
          if (resolved) return resolved;
        }
      }
      for (const index of ['/index.js', '/index.json', '/index.cjs']) if (kind(absolute + index) === 1) return absolute + index;
    }
    return undefined;
  }
  function packageEntry(manifest) {
    const exported = manifest.exports;
    const dot = exported && typeof exported === 'object' && !Array.isArray(exported) ? (exported['.'] !== undefined ? exported['.'] : exported) : exported;
    const condition = (value) => typeof value === 'string' ? value
      : value && typeof value === 'object' ? condition(value.require !== undefined ? value.require : value.node !== undefined ? value.node : value.default) : undefined;
    return manifest.main || condition(dot) || 'index.js';
  }

  function resolveModule(request, fromDirectory) {
    if (request.startsWith('./') || request.startsWith('../') || request.startsWith('/') || request === '.' || request === '..') {
      return resolveFile(normalize(request.startsWith('/') ? request : fromDirectory + '/' + request));
    }
    for (let directory = fromDirectory; ; directory = dirname(directory)) {
      const found = resolveFile(normalize(directory + '/node_modules/' + request));
      if (found) return found;
      if (directory === '/') return undefined;
    }
  }

  function makeRequire(fromDirectory) {
    const require = (request) => {
      if (typeof request !== 'string') {
        throw invalidArgType('id', 'string', request);
      }
      const prefixed = request.startsWith('node:');
      const name = prefixed ? request.slice(5) : request;
      const builtin = requireBuiltin(name);
      if (builtin !== undefined) return builtin;
      if (notSupported.has(name)) {
        throw errorWithCode(`The module '${name}' is not supported in Invoke functions`, 'ERR_NOT_SUPPORTED');
      }
      if (prefixed) throw errorWithCode(`No such built-in module: ${request}`, 'ERR_UNKNOWN_BUILTIN_MODULE');
      const path = resolveModule(name, fromDirectory);
      if (!path) {
        const error = errorWithCode(`Cannot find module '${request}'`, 'MODULE_NOT_FOUND');
        error.requireStack = [];
        throw error;
      }
      return loadModule(path).exports;
    };
    require.resolve = (request) => {
      if (builtins.has(request.replace(/^node:/, ''))) return request;
      const path = resolveModule(request, fromDirectory);
      if (!path) throw errorWithCode(`Cannot find module '${request}'`, 'MODULE_NOT_FOUND');
      return path;
    };
    require.cache = Object.create(null);
    return require;
  }

  function loadModule(path) {
    const cached = moduleCache.get(path);
    if (cached) return cached;
    const module = { id: path, filename: path, path: dirname(path), exports: {}, loaded: false, children: [] };
    moduleCache.set(path, module);
    try {
      if (path.endsWith('.json')) {
        module.exports = JSON.parse(host.readText(path));
      } else {
        const wrapper = host.compile(path);
        wrapper.call(module.exports, module.exports, makeRequire(module.path), module, path, module.path);
      }
    } catch (error) {
      moduleCache.delete(path);
      throw error;
    }
    module.loaded = true;
    return module;
  }
  define(g, 'require', makeRequire('/app'));
  // The Web Crypto global loads the crypto module on first use only; a function may replace it.
  Object.defineProperty(g, 'crypto', {
    get() { return requireBuiltin('crypto').webcrypto; },
    set(value) { define(g, 'crypto', value); },
    configurable: true,
    enumerable: false,
  });

  installWebNetworkGlobals(g, () => host.builtinScript('fetch')(internals));

  // ---- req / res (Express 5) ------------------------------------------------------------------------------------
  const statusText = (code) => host.statusText(code);
  function contentType(type) {
    // Like mime-types' contentType: a bare extension is looked up, text types get a UTF-8 charset.
    return host.contentType(String(type));
  }
  function parseQuery(text) {
    const query = Object.create(null);
    if (!text) return query;
    for (const part of text.split('&')) {
      if (!part) continue;
      const eq = part.indexOf('=');
      const key = formDecode(eq === -1 ? part : part.slice(0, eq));
      const value = eq === -1 ? '' : formDecode(part.slice(eq + 1));
      if (!(key in query)) query[key] = value;
      else if (Array.isArray(query[key])) query[key].push(value);
      else query[key] = [query[key], value];
    }
    return query;
  }
  function parseCookies(header) {
    const cookies = Object.create(null);
    if (!header) return cookies;
    for (const part of header.split(';')) {
      const eq = part.indexOf('=');
      if (eq === -1) continue;
      const name = part.slice(0, eq).trim();
      let value = part.slice(eq + 1).trim();
      if (value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
      if (name in cookies) continue;
      try { value = decodeURIComponent(value); } catch (e) { /* keeps the raw value, as cookie-parser does */ }
      if (value.startsWith('j:')) { try { value = JSON.parse(value.slice(2)); } catch (e) { /* not JSON */ } }
      cookies[name] = value;
    }
    return cookies;
  }
  function mediaType(header) {
    return header ? String(header).split(';')[0].trim().toLowerCase() : '';
  }
  function typeMatches(expected, actual) {
    const normalized = expected.indexOf('/') === -1 ? mediaType(host.contentType(expected) || '') : expected.toLowerCase();
    if (!normalized) return false;
    const [type, subtype] = normalized.split('/');
    const [actualType, actualSubtype] = actual.split('/');
    if (type !== '*' && type !== actualType) return false;
    if (subtype === '*') return true;
    if (subtype.startsWith('*+')) return actualSubtype.endsWith(subtype.slice(1));
    return subtype === actualSubtype;
  }
  function parseAccept(header) {
    return String(header || '*/*').split(',').map((part, index) => {
      const [type, ...params] = part.trim().split(';');
      let q = 1;
      for (const param of params) { const [k, v] = param.trim().split('='); if (k === 'q') q = parseFloat(v); }
      const [major, minor] = type.trim().toLowerCase().split('/');
      return { type: type.trim(), major, minor, q, index };
    }).filter((entry) => entry.major && entry.minor !== undefined && entry.q > 0 && entry.q <= 1);
  }

  // Methods live on one prototype per engine, as in Express; each request only gets its own data.
  const requestPrototype = {
    get(name) {
      if (!name) throw new TypeError('name argument is required to req.get');
      if (typeof name !== 'string') throw new TypeError('name must be a string to req.get');
      const lower = name.toLowerCase();
      return lower === 'referer' || lower === 'referrer' ? this.headers.referrer || this.headers.referer : this.headers[lower];
    },
    is(...types) {
      const list = Array.isArray(types[0]) ? types[0] : types;
      const headers = this.headers;
      const hasBody = headers['transfer-encoding'] !== undefined || (headers['content-length'] !== undefined && headers['content-length'] !== '0');
      if (!hasBody) return null;
      const actual = mediaType(headers['content-type']);
      if (!actual) return false;
      if (list.length === 0) return actual;
      for (const type of list) {
        if (typeMatches(type, actual)) return type.indexOf('/') === -1 || type.indexOf('*') !== -1 ? (type.indexOf('/') === -1 ? type : actual) : type;
      }
      return false;
    },
    accepts(...types) {
      const offered = Array.isArray(types[0]) ? types[0] : types;
      const accepted = parseAccept(this.headers.accept).sort((a, b) => b.q - a.q || a.index - b.index);
      if (offered.length === 0) return accepted.map((entry) => entry.type);
      let best = null;
      offered.forEach((candidate, offerIndex) => {
        const full = candidate.indexOf('/') === -1 ? mediaType(host.contentType(candidate) || '') : candidate.toLowerCase();
        if (!full) return;
        const [major, minor] = full.split('/');
        for (const entry of accepted) {
          const specificity = (entry.major === major ? 4 : entry.major === '*' ? 0 : -1) + (entry.minor === minor ? 1 : entry.minor === '*' ? 0 : -10);
          if (specificity < 0) continue;
          const score = { q: entry.q, specificity, index: entry.index, offerIndex, candidate };
          if (!best || score.q > best.q || (score.q === best.q && (score.specificity > best.specificity
            || (score.specificity === best.specificity && (score.index < best.index || (score.index === best.index && score.offerIndex < best.offerIndex)))))) {
            best = score;
          }
          break;
        }
      });
      return best ? best.candidate : false;
    },
    param(name, defaultValue) {
      if (this.params[name] !== undefined) return this.params[name];
      if (this.body && this.body[name] !== undefined) return this.body[name];
      if (this.query[name] !== undefined) return this.query[name];
      return defaultValue;
    },
    get xhr() { return String(this.headers['x-requested-with'] || '').toLowerCase() === 'xmlhttprequest'; },
    get subdomains() {
      const hostname = this.hostname;
      if (!hostname || /^[\d.]+$/.test(hostname) || hostname.indexOf(':') !== -1) return [];
      return hostname.split('.').reverse().slice(2);
    },
    get fresh() { return isFresh(this, this.res); },
    get stale() { return !isFresh(this, this.res); },
  };
  requestPrototype.header = requestPrototype.get;
  // Parsed on first use (Express parses its query lazily too) and then kept, or replaced by whatever the function assigns.
  function lazyRequestField(name, parse) {
    const own = (target, value) => Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: true });
    Object.defineProperty(requestPrototype, name, {
      get() { const value = parse(this); own(this, value); return value; },
      set(value) { own(this, value); },
      configurable: true,
    });
  }
  lazyRequestField('query', (req) => parseQuery(req._rawQuery));
  lazyRequestField('cookies', (req) => parseCookies(req.headers.cookie));
  lazyRequestField('body', (req) => parseBody(req._rawBody, mediaType(req.headers['content-type'])));

  function createRequest(data) {
    const headers = Object.create(null);
    const rawHeaders = [];
    for (const [name, value] of data.headers) {
      rawHeaders.push(name, value);
      if (name === 'set-cookie') (headers[name] = headers[name] || []).push(value);
      else if (name in headers) headers[name] += (name === 'cookie' ? '; ' : ', ') + value;
      else headers[name] = value;
    }
    const url = data.path + (data.query ? '?' + data.query : '');
    return Object.assign(Object.create(requestPrototype), {
      method: data.method,
      url,
      originalUrl: url,
      baseUrl: '',
      path: data.path,
      headers,
      rawHeaders,
      httpVersion: '1.1',
      params: Object.assign(Object.create(null), data.params),
      _rawQuery: data.query,
      signedCookies: Object.create(null),
      protocol: data.protocol,
      secure: data.protocol === 'https',
      hostname: data.hostname,
      host: headers.host,
      ip: data.ip,
      ips: [],
      _rawBody: data.body,
    });
  }

  function parseBody(bytes, type) {
    if (!bytes || bytes.length === 0) return {};
    if (type === 'application/json' || type.endsWith('+json')) {
      const text = host.decode(bytes, 'utf8', false);
      try {
        return JSON.parse(text);
      } catch (e) {
        return {};
      }
    }
    if (type === 'application/x-www-form-urlencoded') return parseQuery(host.decode(bytes, 'utf8', false));
    if (type.startsWith('text/')) return host.decode(bytes, 'utf8', false);
    return toBuffer(bytes);
  }

  function isFresh(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const status = res.statusCode;
    if (!((status >= 200 && status < 300) || status === 304)) return false;
    const noneMatch = req.headers['if-none-match'];
    const modifiedSince = req.headers['if-modified-since'];
    if (!noneMatch && !modifiedSince) return false;
    if (/(?:^|,)\s*?no-cache\s*?(?:,|$)/.test(req.headers['cache-control'] || '')) return false;
    if (noneMatch && noneMatch !== '*') {
      const etag = res.get('ETag');
      if (!etag) return false;
      const strip = (tag) => tag.trim().replace(/^W\//, '');
      if (!noneMatch.split(',').some((tag) => strip(tag) === strip(etag))) return false;
    }
    if (modifiedSince) {
      const lastModified = res.get('Last-Modified');
      if (!lastModified || !(Date.parse(lastModified) <= Date.parse(modifiedSince))) return false;
    }
    return true;
  }

  function encodeLocation(url) {
    return String(url).replace(/(?:[^\x21\x23-\x3B\x3D\x3F-\x5F\x61-\x7A\x7C\x7E]|%(?![0-9A-Fa-f]{2}))+/g, (match) => encodeURI(match));
  }
  const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
  function contentDisposition(filename) {
    if (filename === undefined) return 'attachment';
    const name = String(filename);
    const quoted = (text) => /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(text) ? text : '"' + text.replace(/[\\"]/g, '\\$&') + '"';
    // eslint-disable-next-line no-control-regex
    if (/^[\x20-\x7e]*$/.test(name)) return 'attachment; filename=' + quoted(name);
    const fallback = name.replace(/[^\x20-\x7e]/g, '?');
    const extended = encodeURIComponent(name).replace(/['()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
    return 'attachment; filename=' + quoted(fallback) + "; filename*=UTF-8''" + extended;
  }
  const basename = (path) => String(path).replace(/\/+$/, '').split('/').pop();
  const extname = (path) => { const base = basename(path); const dot = base.lastIndexOf('.'); return dot > 0 ? base.slice(dot) : ''; };
  function serializeCookie(name, value, options) {
    const encode = options.encode || encodeURIComponent;
    if (!/^[\u0021-\u003A\u003C\u003E-\u007E]+$/.test(name)) throw new TypeError('argument name is invalid');
    let text = name + '=' + encode(value);
    if (options.maxAge != null) {
      const maxAge = Math.floor(options.maxAge);
      if (!isFinite(maxAge)) throw new TypeError('option maxAge is invalid');
      text += '; Max-Age=' + maxAge;
    }
    if (options.domain) text += '; Domain=' + options.domain;
    if (options.path) text += '; Path=' + options.path;
    if (options.expires) {
      if (!(options.expires instanceof Date) || isNaN(options.expires.valueOf())) throw new TypeError('option expires is invalid');
      text += '; Expires=' + options.expires.toUTCString();
    }
    if (options.httpOnly) text += '; HttpOnly';
    if (options.secure) text += '; Secure';
    if (options.partitioned) text += '; Partitioned';
    if (options.priority) text += '; Priority=' + ({ low: 'Low', medium: 'Medium', high: 'High' })[String(options.priority).toLowerCase()];
    if (options.sameSite) {
      const sameSite = typeof options.sameSite === 'string' ? options.sameSite.toLowerCase() : options.sameSite;
      text += '; SameSite=' + (sameSite === true || sameSite === 'strict' ? 'Strict' : sameSite === 'lax' ? 'Lax' : sameSite === 'none' ? 'None' : '');
    }
    return text;
  }

  const responsePrototype = {
    get headersSent() { return this._finished; },
    get writableEnded() { return this._finished; },
    get finished() { return this._finished; },
    setHeader(name, value) {
      if (this._finished) throw errorWithCode('Cannot set headers after they are sent to the client', 'ERR_HTTP_HEADERS_SENT');
      this._headers.set(String(name).toLowerCase(), { name: String(name), value: Array.isArray(value) ? value.map(String) : value });
      return this;
    },
    getHeader(name) { const entry = this._headers.get(String(name).toLowerCase()); return entry ? entry.value : undefined; },
    getHeaders() { const out = Object.create(null); this._headers.forEach((entry, key) => { out[key] = entry.value; }); return out; },
    getHeaderNames() { return Array.from(this._headers.keys()); },
    hasHeader(name) { return this._headers.has(String(name).toLowerCase()); },
    removeHeader(name) { this._headers.delete(String(name).toLowerCase()); },
    appendHeader(name, value) { return this.append(name, value); },
    status(code) {
      if (!Number.isInteger(code)) throw new TypeError(`Invalid status code: ${JSON.stringify(code)}. Status code must be an integer.`);
      if (code < 100 || code > 999) throw new RangeError(`Invalid status code: ${JSON.stringify(code)}. Status code must be greater than 99 and less than 1000.`);
      this.statusCode = code;
      return this;
    },
    set(field, value) {
      if (arguments.length === 2) {
        let text = Array.isArray(value) ? value.map(String) : String(value);
        if (String(field).toLowerCase() === 'content-type') {
          if (Array.isArray(text)) throw new TypeError('Content-Type cannot be set to an Array');
          if (text.indexOf('charset') === -1) text = contentType(text);
        }
        return this.setHeader(field, text);
      }
      for (const key in field) this.set(key, field[key]);
      return this;
    },
    get(field) { return this.getHeader(field); },
    append(field, value) {
      const previous = this.get(field);
      let next = value;
      if (previous) next = Array.isArray(previous) ? previous.concat(value) : Array.isArray(value) ? [previous].concat(value) : [previous, value];
      return this.set(field, next);
    },
    type(type) { return this.set('Content-Type', type.indexOf('/') === -1 ? contentType(type) || 'application/octet-stream' : type); },
    contentType(type) { return this.type(type); },
    vary(field) {
      const current = String(this.get('Vary') || '');
      const fields = current ? current.split(/\s*,\s*/) : [];
      for (const name of [].concat(field)) if (!fields.some((f) => f.toLowerCase() === name.toLowerCase())) fields.push(name);
      return this.set('Vary', fields.join(', '));
    },
    links(links) {
      const current = this.get('Link');
      const parts = Object.keys(links).map((rel) => [].concat(links[rel]).map((url) => `<${url}>; rel="${rel}"`).join(', '));
      return this.set('Link', (current ? current + ', ' : '') + parts.join(', '));
    },
    location(url) { return this.set('Location', encodeLocation(url)); },
    attachment(filename) {
      const name = filename !== undefined ? basename(filename) : undefined;
      if (name) this.type(extname(name));
      return this.set('Content-Disposition', contentDisposition(name));
    },
    cookie(name, value, options) {
      const opts = { ...options };
      if (opts.signed) throw new Error('cookieParser("secret") required for signed cookies');
      const text = typeof value === 'object' ? 'j:' + JSON.stringify(value) : String(value);
      if (opts.maxAge != null) {
        const maxAge = opts.maxAge - 0;
        if (!isNaN(maxAge)) { opts.expires = new Date(Date.now() + maxAge); opts.maxAge = Math.floor(maxAge / 1000); }
      }
      if (opts.path == null) opts.path = '/';
      return this.append('Set-Cookie', serializeCookie(name, text, opts));
    },
    clearCookie(name, options) {
      const opts = { path: '/', ...options, expires: new Date(1) };
      delete opts.maxAge;
      return this.cookie(name, '', opts);
    },
    json(value) {
      const text = JSON.stringify(value);
      if (!this.get('Content-Type')) this.set('Content-Type', 'application/json');
      return this.send(text);
    },
    jsonp(value) { return this.json(value); },
    send(value) {
      let chunk = value;
      switch (typeof chunk) {
        case 'string': {
          const current = this.get('Content-Type');
          if (typeof current === 'string') {
            if (!current.endsWith('; charset=utf-8')) this.set('Content-Type', host.setCharset(current, 'utf-8'));
          }
          else this.type('html');
          break;
        }
        case 'boolean':
        case 'number':
        case 'object':
          if (chunk === null) chunk = '';
          else if (ArrayBuffer.isView(chunk)) { if (!this.get('Content-Type')) this.type('bin'); }
          else return this.json(chunk);
          break;
      }
      let bytes;
      if (chunk !== undefined) {
        bytes = typeof chunk === 'string' ? host.encode(chunk, 'utf8') : new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        if (!this.get('Transfer-Encoding')) this.set('Content-Length', bytes.length);
        if (!this.get('ETag')) this.set('ETag', host.etag(bytes));
      }
      if (isFresh(this.req, this)) this.status(304);
      if (this.statusCode === 204 || this.statusCode === 304) {
        this.removeHeader('Content-Type');
        this.removeHeader('Content-Length');
        this.removeHeader('Transfer-Encoding');
        bytes = undefined;
      }
      if (this.statusCode === 205) {
        this.set('Content-Length', '0');
        this.removeHeader('Transfer-Encoding');
        bytes = undefined;
      }
      return this.end(this._method === 'HEAD' ? undefined : bytes);
    },
    sendStatus(code) {
      const text = statusText(code) || String(code);
      this.status(code);
      this.type('txt');
      return this.send(text);
    },
    redirect(...args) {
      let status = 302;
      let address = args[0];
      if (args.length === 2) { status = args[0]; address = args[1]; }
      address = this.location(address).get('Location');
      const accepted = this.req.accepts(['text', 'html']);
      let text;
      if (accepted === 'text') { text = statusText(status) + '. Redirecting to ' + address; this.set('Content-Type', 'text/plain; charset=utf-8'); }
      else if (accepted === 'html') {
        const message = statusText(status);
        text = '<!DOCTYPE html><head><title>' + message + '</title></head><body><p>' + message + '. Redirecting to ' + escapeHtml(address) + '</p></body>';
        this.set('Content-Type', 'text/html; charset=utf-8');
      } else text = '';
      this.vary('Accept');
      this.status(status);
      const bytes = host.encode(text, 'utf8');
      this.set('Content-Length', bytes.length);
      return this.end(this._method === 'HEAD' ? undefined : bytes);
    },
    sendFile(path, options, callback) {
      let done = callback;
      let opts = options || {};
      if (!path) throw new TypeError('path argument is required to res.sendFile');
      if (typeof path !== 'string') throw new TypeError('path must be a string to res.sendFile');
      if (typeof options === 'function') { done = options; opts = {}; }
      if (!opts.root && !path.startsWith('/')) throw new TypeError('path must be absolute or specify root to res.sendFile');
      const absolute = normalize(opts.root ? opts.root + '/' + path : path);
      const fail = (status, code) => {
        const error = errorWithCode(status === 404 ? `ENOENT: no such file or directory, stat '${absolute}'` : 'Forbidden', code);
        error.status = error.statusCode = status;
        if (done) return done(error);
        this.status(status).type('html').send(statusText(status));
      };
      if (/(?:^|\/)\.[^/]/.test(path) && opts.dotfiles !== 'allow') return fail(404, 'ENOENT');
      const found = host.stat(absolute);
      if (found !== 1) return fail(404, found === 2 ? 'EISDIR' : 'ENOENT');
      const bytes = toBuffer(host.readBytes(absolute));
      if (!this.get('Content-Type')) this.set('Content-Type', contentType(extname(absolute).slice(1)) || 'application/octet-stream');
      if (opts.headers) for (const key of Object.keys(opts.headers)) this.set(key, opts.headers[key]);
      if (opts.acceptRanges !== false && !this.get('Accept-Ranges')) this.set('Accept-Ranges', 'bytes');
      if (opts.cacheControl !== false && !this.get('Cache-Control')) {
        const maxAge = typeof opts.maxAge === 'string' ? 0 : Math.floor(Math.min(Math.max(0, opts.maxAge || 0), 31536000000) / 1000);
        this.set('Cache-Control', 'public, max-age=' + maxAge + (opts.immutable ? ', immutable' : ''));
      }
      if (opts.lastModified !== false && !this.get('Last-Modified')) this.set('Last-Modified', new Date(host.packageTime()).toUTCString());
      this.send(bytes);
      if (done) done();
    },
    download(path, filename, options, callback) {
      let done = callback;
      let name = filename;
      let opts = options || null;
      if (typeof filename === 'function') { done = filename; name = null; opts = null; }
      else if (typeof options === 'function') { done = options; opts = null; }
      if (typeof filename === 'object' && (typeof options === 'function' || options === undefined)) { name = null; opts = filename; }
      const headers = { 'Content-Disposition': contentDisposition(basename(name || path)) };
      if (opts && opts.headers) for (const key of Object.keys(opts.headers)) if (key.toLowerCase() !== 'content-disposition') headers[key] = opts.headers[key];
      const sendOptions = Object.assign(Object.create(opts), { headers });
      return this.sendFile(sendOptions.root ? path : normalize(path.startsWith('/') ? path : '/app/' + path), sendOptions, done);
    },
    async pipeFrom(response) {
      const skipped = new Set(['transfer-encoding', 'content-length', 'connection', 'content-encoding']);
      response.headers.forEach((value, name) => { if (!skipped.has(name.toLowerCase())) this.setHeader(name, value); });
      this.status(response.status);
      return this.end(new Uint8Array(await response.arrayBuffer()));
    },
    write(chunk, encoding) {
      const bytes = typeof chunk === 'string' ? host.encode(chunk, encodingOf(encoding)) : new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      if (!this._bridge.write(bytes)) throw errorWithCode('The response is larger than the platform allows', 'ERR_RESPONSE_TOO_LARGE', RangeError);
      return true;
    },
    writeHead(status, message, extra) {
      const list = typeof message === 'string' ? extra : message;
      this.status(status);
      if (typeof message === 'string') this.statusMessage = message;
      if (Array.isArray(list)) for (let i = 0; i + 1 < list.length; i += 2) this.append(list[i], list[i + 1]);
      else if (list) for (const key of Object.keys(list)) this.setHeader(key, list[key]);
      return this;
    },
    flushHeaders() {},
    render() { throw new Error('res.render() is not supported in Invoke functions'); },
    format(handlers) {
      const keys = Object.keys(handlers).filter((key) => key !== 'default');
      const key = keys.length ? this.req.accepts(keys) : false;
      this.vary('Accept');
      if (key) { this.set('Content-Type', key.indexOf('/') === -1 ? contentType(key) : key); handlers[key](this.req, this); }
      else if (handlers.default) handlers.default(this.req, this);
      else { const error = new Error('Not Acceptable'); error.status = error.statusCode = 406; throw error; }
      return this;
    },
    end(data, encoding) {
      if (this._finished) return this;
      if (typeof data === 'function') data = undefined;
      if (data !== undefined && data !== null) this.write(data, typeof encoding === 'string' ? encoding : undefined);
      this._finished = true;
      const list = [];
      this._headers.forEach((entry, key) => {
        if (Array.isArray(entry.value)) for (const value of entry.value) list.push(key, String(value));
        else list.push(key, String(entry.value));
      });
      this._bridge.respond(this.statusCode, list);
      return this;
    },
  };
  responsePrototype.header = responsePrototype.set;

  function createResponse(req, method, bridge) {
    return Object.assign(Object.create(responsePrototype), {
      statusCode: 200,
      statusMessage: '',
      locals: Object.create(null),
      req,
      _method: method,
      _bridge: bridge,
      _headers: new Map(), // lower-case name -> { name, value }
      _finished: false,
    });
  }

  // ---- the invocation -------------------------------------------------------------------------------------------
  define(g, '__invoke', function (data, bridge) {
    current = bridge;
    active.clear();
    timers.clear();
    counts.clear();
    groupIndent = '';
    process.env = bridge.environment();
    const req = createRequest(data);
    const res = createResponse(req, data.method, bridge);
    req.res = res;
    define(g, 'req', req);
    define(g, 'res', res);
    const settle = (error) => bridge.settled(error === undefined ? undefined : error);
    let handler;
    try {
      handler = loadModule('/app/index.js').exports;
      if (typeof handler !== 'function' && handler && typeof handler.default === 'function') handler = handler.default;
      if (typeof handler !== 'function') {
        throw new TypeError('Module must export a function. Expected: module.exports = function(req, res) {...}');
      }
      const result = handler(req, res, (error) => { if (error) settle(error); });
      if (result && typeof result.then === 'function') result.then(() => settle(), (error) => settle(error === undefined ? new Error('Promise rejected with undefined') : error));
      else settle();
    } catch (error) {
      settle(error === undefined ? new Error('Thrown undefined') : error);
    }
  });
})(__host);
