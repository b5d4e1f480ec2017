// The WHATWG fetch API (fetch, Headers, Request, Response, FormData, Blob, File and a ReadableStream for bodies) over
// the invocation's guarded network (NativeNetwork.cs, Networking/InvocationNetwork.cs): every connection and every
// redirect hop is checked by the project's egress policy before a byte is sent. Redirects are followed hop by hop in
// .NET; bodies stream chunk by chunk.
(function (internals) {
  'use strict';
  const { host, errorWithCode, Buffer } = internals;
  const g = globalThis;

  const utf8 = (text) => host.encode(String(text), 'utf8');
  const fromUtf8 = (bytes) => host.decode(bytes, 'utf8', false);
  const concat = (chunks) => {
    const total = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);
    const out = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) { out.set(chunk, offset); offset += chunk.byteLength; }
    return out;
  };
  const toBytes = (view) => new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  const copyOut = (bytes) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);

  // ---- ReadableStream (the parts bodies need) -------------------------------------------------------------------
  class ReadableStream {
    constructor(source = {}) {
      this._queue = [];
      this._waiting = [];
      this._state = 'readable';
      this._error = undefined;
      this._reader = null;
      this._pulling = false;
      this._source = source;
      const controller = {
        enqueue: (chunk) => this._enqueue(chunk),
        close: () => this._close(),
        error: (error) => this._fail(error),
        get desiredSize() { return 1; },
      };
      this._controller = controller;
      if (typeof source.start === 'function') {
        Promise.resolve(source.start(controller)).catch((error) => this._fail(error));
      }
    }
    static from(iterable) {
      const iterator = (iterable[Symbol.asyncIterator] || iterable[Symbol.iterator]).call(iterable);
      return new ReadableStream({
        async pull(controller) {
          const { value, done } = await iterator.next();
          if (done) controller.close(); else controller.enqueue(value);
        },
      });
    }
    get locked() { return this._reader !== null; }
    getReader() {
      if (this._reader) throw new TypeError('ReadableStream is locked');
      const reader = new ReadableStreamDefaultReader(this);
      this._reader = reader;
      return reader;
    }
    cancel(reason) {
      if (this.locked) return Promise.reject(new TypeError('ReadableStream is locked'));
      return this._cancel(reason);
    }
    tee() {
      const reader = this.getReader();
      const branches = [];
      let reading = null;
      const pullBoth = () => {
        if (!reading) {
          reading = reader.read().then(({ value, done }) => {
            reading = null;
            for (const branch of branches) {
              if (done) branch._close(); else branch._enqueue(value);
            }
          }, (error) => { for (const branch of branches) branch._fail(error); });
        }
        return reading;
      };
      for (let i = 0; i < 2; i++) branches.push(new ReadableStream({ pull: pullBoth, cancel: () => {} }));
      return branches;
    }
    async *[Symbol.asyncIterator]() {
      const reader = this.getReader();
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          yield value;
        }
      } finally {
        reader.releaseLock();
      }
    }
    values() { return this[Symbol.asyncIterator](); }
    _enqueue(chunk) {
      if (this._state !== 'readable') return;
      if (this._waiting.length) this._waiting.shift().resolve({ value: chunk, done: false });
      else this._queue.push(chunk);
    }
    _close() {
      if (this._state !== 'readable') return;
      this._state = 'closed';
      for (const waiting of this._waiting.splice(0)) waiting.resolve({ value: undefined, done: true });
    }
    _fail(error) {
      if (this._state !== 'readable') return;
      this._state = 'errored';
      this._error = error;
      this._queue = [];
      for (const waiting of this._waiting.splice(0)) waiting.reject(error);
    }
    _cancel(reason) {
      if (this._state === 'closed') return Promise.resolve();
      if (this._state === 'errored') return Promise.reject(this._error);
      this._queue = [];
      this._close();
      return Promise.resolve(typeof this._source.cancel === 'function' ? this._source.cancel(reason) : undefined).then(() => undefined);
    }
    _read() {
      if (this._queue.length) return Promise.resolve({ value: this._queue.shift(), done: false });
      if (this._state === 'closed') return Promise.resolve({ value: undefined, done: true });
      if (this._state === 'errored') return Promise.reject(this._error);
      const result = new Promise((resolve, reject) => this._waiting.push({ resolve, reject }));
      this._pull();
      return result;
    }
    _pull() {
      if (this._pulling || typeof this._source.pull !== 'function') return;
      this._pulling = true;
      Promise.resolve()
        .then(() => this._source.pull(this._controller))
        .then(() => {
          this._pulling = false;
          if (this._waiting.length && this._state === 'readable') this._pull();
        }, (error) => { this._pulling = false; this._fail(error); });
    }
  }
  class ReadableStreamDefaultReader {
    constructor(stream) { this._stream = stream; this._closed = new Promise((resolve) => { this._resolveClosed = resolve; }); }
    get closed() { return this._closed; }
    read() {
      if (!this._stream) return Promise.reject(new TypeError('The reader was released'));
      const result = this._stream._read();
      result.then(({ done }) => { if (done) this._resolveClosed(); }, () => {});
      return result;
    }
    releaseLock() { if (this._stream) { this._stream._reader = null; this._stream = null; } }
    cancel(reason) { return this._stream ? this._stream._cancel(reason) : Promise.resolve(); }
  }

  // ---- Blob, File ------------------------------------------------------------------------------------------------
  function partBytes(part) {
    if (part instanceof Blob) return part._bytes;
    if (part instanceof ArrayBuffer) return new Uint8Array(part.slice(0));
    if (ArrayBuffer.isView(part)) return toBytes(part).slice();
    return utf8(part);
  }
  class Blob {
    constructor(parts = [], options = {}) {
      if (parts === null || typeof parts !== 'object' || typeof parts[Symbol.iterator] !== 'function') {
        throw new TypeError("Failed to construct 'Blob': The provided value cannot be converted to a sequence.");
      }
      this._bytes = concat(Array.from(parts, partBytes));
      const type = options.type === undefined ? '' : String(options.type);
      this._type = /^[\x20-\x7e]*$/.test(type) ? type.toLowerCase() : '';
    }
    get size() { return this._bytes.byteLength; }
    get type() { return this._type; }
    slice(start = 0, end = this.size, type = '') {
      const blob = new Blob([], { type });
      blob._bytes = this._bytes.slice(start, end);
      return blob;
    }
    text() { return Promise.resolve(fromUtf8(this._bytes)); }
    arrayBuffer() { return Promise.resolve(copyOut(this._bytes)); }
    bytes() { return Promise.resolve(this._bytes.slice()); }
    stream() {
      const bytes = this._bytes;
      return new ReadableStream({ start(controller) { if (bytes.byteLength) controller.enqueue(bytes.slice()); controller.close(); } });
    }
    get [Symbol.toStringTag]() { return 'Blob'; }
  }
  class File extends Blob {
    constructor(parts, name, options = {}) {
      super(parts, options);
      this._name = String(name);
      this._lastModified = options.lastModified === undefined ? Date.now() : Number(options.lastModified);
    }
    get name() { return this._name; }
    get lastModified() { return this._lastModified; }
    get [Symbol.toStringTag]() { return 'File'; }
  }

  // ---- FormData --------------------------------------------------------------------------------------------------
  function formEntry(name, value, filename) {
    if (value instanceof Blob) {
      const file = value instanceof File && filename === undefined ? value : new File([value], filename === undefined ? 'blob' : filename, { type: value.type });
      return [String(name), file];
    }
    return [String(name), String(value)];
  }
  class FormData {
    constructor(form) {
      if (form !== undefined) throw new TypeError("Failed to construct 'FormData': parameter 1 is not of type 'HTMLFormElement'.");
      this._entries = [];
    }
    append(name, value, filename) { this._entries.push(formEntry(name, value, filename)); }
    set(name, value, filename) {
      const entry = formEntry(name, value, filename);
      const index = this._entries.findIndex(([n]) => n === entry[0]);
      if (index === -1) { this._entries.push(entry); return; }
      this._entries[index] = entry;
      this._entries = this._entries.filter(([n], i) => n !== entry[0] || i === index);
    }
    get(name) { const entry = this._entries.find(([n]) => n === String(name)); return entry ? entry[1] : null; }
    getAll(name) { return this._entries.filter(([n]) => n === String(name)).map(([, v]) => v); }
    has(name) { return this._entries.some(([n]) => n === String(name)); }
    delete(name) { this._entries = this._entries.filter(([n]) => n !== String(name)); }
    forEach(callback, thisArg) { for (const [n, v] of this._entries) callback.call(thisArg, v, n, this); }
    keys() { return this._entries.map(([n]) => n)[Symbol.iterator](); }
    values() { return this._entries.map(([, v]) => v)[Symbol.iterator](); }
    entries() { return this._entries.map((e) => e.slice())[Symbol.iterator](); }
    [Symbol.iterator]() { return this.entries(); }
    get [Symbol.toStringTag]() { return 'FormData'; }
  }
  const escapeQuoted = (text) => text.replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/"/g, '%22');
  function encodeMultipart(form) {
    const boundary = '----formdata-invoke-' + String(Math.random()).slice(2, 13).padStart(11, '0');
    const chunks = [];
    for (const [name, value] of form._entries) {
      let head = `--${boundary}\r\nContent-Disposition: form-data; name="${escapeQuoted(name)}"`;
      if (typeof value === 'string') {
        chunks.push(utf8(head + '\r\n\r\n' + value.replace(/\r(?!\n)|(?<!\r)\n/g, '\r\n') + '\r\n'));
      } else {
        head += `; filename="${escapeQuoted(value.name)}"\r\nContent-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`;
        chunks.push(utf8(head), value._bytes, utf8('\r\n'));
      }
    }
    chunks.push(utf8(`--${boundary}--\r\n`));
    return { bytes: concat(chunks), type: 'multipart/form-data; boundary=' + boundary };
  }

  // ---- Headers ---------------------------------------------------------------------------------------------------
  const tokenPattern = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
  const normalizeValue = (value) => String(value).replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');
  function checkName(name) {
    const text = String(name);
    if (!tokenPattern.test(text)) throw new TypeError(`Headers.append: "${text}" is an invalid header name.`);
    return text.toLowerCase();
  }
  function checkValue(value, name) {
    const text = normalizeValue(value);
    if (/[\0\r\n]/.test(text)) throw new TypeError(`Headers.append: "${text}" is an invalid header value for the "${name}" header.`);
    return text;
  }
  class Headers {
    constructor(init) {
      this._list = [];
      if (init === undefined || init === null) return;
      if (init instanceof Headers) { this._list = init._list.map((pair) => pair.slice()); return; }
      if (typeof init !== 'object') throw new TypeError("Failed to construct 'Headers': The provided value is not of type '(record<ByteString, ByteString> or sequence<sequence<ByteString>>)'.");
      if (typeof init[Symbol.iterator] === 'function') {
        for (const pair of init) {
          const entry = Array.from(pair);
          if (entry.length !== 2) throw new TypeError('Headers constructor: expected name/value pair to be length 2, found ' + entry.length + '.');
          this.append(entry[0], entry[1]);
        }
      } else {
        for (const key of Object.keys(init)) this.append(key, init[key]);
      }
    }
    append(name, value) { const key = checkName(name); this._list.push([key, checkValue(value, key)]); }
    set(name, value) {
      const key = checkName(name);
      const text = checkValue(value, key);
      const index = this._list.findIndex(([n]) => n === key);
      if (index === -1) this._list.push([key, text]);
      else { this._list[index][1] = text; this._list = this._list.filter(([n], i) => n !== key || i === index); }
    }
    get(name) {
      const key = checkName(name);
      const values = this._list.filter(([n]) => n === key).map(([, v]) => v);
      return values.length ? values.join(', ') : null;
    }
    getSetCookie() { return this._list.filter(([n]) => n === 'set-cookie').map(([, v]) => v); }
    has(name) { const key = checkName(name); return this._list.some(([n]) => n === key); }
    delete(name) { const key = checkName(name); this._list = this._list.filter(([n]) => n !== key); }
    // Sorted by name, values of one name combined, set-cookie kept apart: the iteration order of the standard.
    _sorted() {
      const names = [...new Set(this._list.map(([n]) => n))].sort();
      const out = [];
      for (const name of names) {
        if (name === 'set-cookie') for (const value of this.getSetCookie()) out.push([name, value]);
        else out.push([name, this.get(name)]);
      }
      return out;
    }
    forEach(callback, thisArg) { for (const [n, v] of this._sorted()) callback.call(thisArg, v, n, this); }
    keys() { return this._sorted().map(([n]) => n)[Symbol.iterator](); }
    values() { return this._sorted().map(([, v]) => v)[Symbol.iterator](); }
    entries() { return this._sorted()[Symbol.iterator](); }
    [Symbol.iterator]() { return this.entries(); }
    get [Symbol.toStringTag]() { return 'Headers'; }
  }

  // ---- Body ------------------------------------------------------------------------------------------------------
  // A body is bytes known up front, or a stream (a network response, or a stream the caller gave).
  function extractBody(body) {
    if (body === null || body === undefined) return { bytes: null, stream: null, type: null };
    if (typeof body === 'string') return { bytes: utf8(body), stream: null, type: 'text/plain;charset=UTF-8' };
    if (body instanceof URLSearchParams) return { bytes: utf8(body.toString()), stream: null, type: 'application/x-www-form-urlencoded;charset=UTF-8' };
    if (body instanceof FormData) { const encoded = encodeMultipart(body); return { bytes: encoded.bytes, stream: null, type: encoded.type }; }
    if (body instanceof Blob) return { bytes: body._bytes, stream: null, type: body.type || null };
    if (body instanceof ArrayBuffer) return { bytes: new Uint8Array(body.slice(0)), stream: null, type: null };
    if (ArrayBuffer.isView(body)) return { bytes: toBytes(body).slice(), stream: null, type: null };
    if (body instanceof ReadableStream) return { bytes: null, stream: body, type: null };
    if (typeof body[Symbol.asyncIterator] === 'function') return { bytes: null, stream: ReadableStream.from(body), type: null };
    return { bytes: utf8(String(body)), stream: null, type: 'text/plain;charset=UTF-8' };
  }
  async function readAll(stream) {
    const chunks = [];
    const reader = stream.getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      chunks.push(typeof value === 'string' ? utf8(value) : ArrayBuffer.isView(value) ? toBytes(value) : new Uint8Array(value));
    }
    reader.releaseLock();
    return concat(chunks);
  }
  const bodyMembers = {
    get body() {
      if (!this._body) return null;
      if (!this._body.stream) {
        const bytes = this._body.bytes;
        this._body.stream = new ReadableStream({ start(controller) { if (bytes.byteLength) controller.enqueue(bytes.slice()); controller.close(); } });
      }
      return this._body.stream;
    },
    get bodyUsed() { return this._bodyUsed; },
    _consume() {
      if (this._bodyUsed || (this._body && this._body.stream && this._body.stream.locked)) {
        return Promise.reject(new TypeError('Body is unusable: Body has already been read'));
      }
      this._bodyUsed = true;
      if (!this._body) return Promise.resolve(new Uint8Array(0));
      if (this._body.bytes && !this._body.stream) return Promise.resolve(this._body.bytes);
      return readAll(this.body);
    },
    arrayBuffer() { return this._consume().then(copyOut); },
    bytes() { return this._consume().then((bytes) => bytes.slice()); },
    text() { return this._consume().then((bytes) => { const text = fromUtf8(bytes); return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; }); },
    json() { return this.text().then((text) => JSON.parse(text)); },
    blob() { return this._consume().then((bytes) => new Blob([bytes], { type: this.headers.get('content-type') || '' })); },
    formData() {
      const type = this.headers.get('content-type') || '';
      return this.text().then((text) => {
        if (!/^application\/x-www-form-urlencoded/i.test(type)) throw new TypeError('Invoke parses url-encoded form bodies only');
        const form = new FormData();
        for (const [name, value] of new URLSearchParams(text)) form.append(name, value);
        return form;
      });
    },
  };
  function cloneBody(owner) {
    if (owner._bodyUsed) throw new TypeError('Response.clone: Body has already been consumed.');
    if (!owner._body) return null;
    if (!owner._body.stream) return { bytes: owner._body.bytes, stream: null, type: owner._body.type };
    const [mine, theirs] = owner._body.stream.tee();
    owner._body.stream = mine;
    return { bytes: null, stream: theirs, type: owner._body.type };
  }
  function mixBody(Class) {
    for (const name of Object.getOwnPropertyNames(bodyMembers)) {
      Object.defineProperty(Class.prototype, name, Object.getOwnPropertyDescriptor(bodyMembers, name));
    }
  }

  // ---- Request ---------------------------------------------------------------------------------------------------
  const forbiddenMethods = new Set(['CONNECT', 'TRACE', 'TRACK']);
  const normalizedMethods = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH']);
  function parseUrl(input) {
    try {
      return new URL(String(input));
    } catch (error) {
      const failure = new TypeError('Failed to parse URL from ' + String(input));
      failure.cause = error;
      throw failure;
    }
  }
  class Request {
    constructor(input, init = {}) {
      const source = input instanceof Request ? input : null;
      const url = source ? source._url : parseUrl(input);
      if (url.username || url.password) throw new TypeError('Request cannot be constructed from a URL that includes credentials: ' + url.href);
      let method = init.method !== undefined ? String(init.method) : source ? source.method : 'GET';
      if (!tokenPattern.test(method)) throw new TypeError(`'${method}' is not a valid HTTP method.`);
      if (forbiddenMethods.has(method.toUpperCase())) throw new TypeError(`'${method}' HTTP method is unsupported.`);
      if (normalizedMethods.has(method.toUpperCase())) method = method.toUpperCase();
      const redirect = init.redirect !== undefined ? String(init.redirect) : source ? source.redirect : 'follow';
      if (!['follow', 'manual', 'error'].includes(redirect)) {
        throw new TypeError(`Request constructor: ${redirect} is not an accepted type. Expected one of follow, manual, error.`);
      }
      this._url = url;
      this._method = method;
      this._redirect = redirect;
      this._signal = init.signal !== undefined ? init.signal : source ? source._signal : null;
      this._headers = new Headers(init.headers !== undefined ? init.headers : source ? source._headers : undefined);
      this._bodyUsed = false;
      const hasBody = init.body !== undefined && init.body !== null;
      if (hasBody && (method === 'GET' || method === 'HEAD')) throw new TypeError('Request with GET/HEAD method cannot have body.');
      if (hasBody) {
        this._body = extractBody(init.body);
        if (this._body.type && !this._headers.has('content-type')) this._headers.set('content-type', this._body.type);
      } else {
        this._body = source && init.body === undefined ? cloneBody(source) : null;
      }
    }
    get url() { return this._url.href; }
    get method() { return this._method; }
    get headers() { return this._headers; }
    get redirect() { return this._redirect; }
    get signal() { return this._signal || (this._signal = new AbortController().signal); }
    get cache() { return 'default'; }
    get credentials() { return 'same-origin'; }
    get mode() { return 'cors'; }
    get destination() { return ''; }
    get referrer() { return 'about:client'; }
    get keepalive() { return false; }
    clone() { const copy = new Request(this); return copy; }
    get [Symbol.toStringTag]() { return 'Request'; }
  }
  mixBody(Request);

  // ---- Response --------------------------------------------------------------------------------------------------
  const nullBodyStatus = new Set([101, 103, 204, 205, 304]);
  class Response {
    constructor(body = null, init = {}) {
      const status = init.status === undefined ? 200 : Number(init.status);
      if (!Number.isInteger(status) || status < 200 || status > 599) {
        throw new RangeError(`init["status"] must be in the range of 200 to 599, inclusive.`);
      }
      this._status = status;
      this._statusText = init.statusText === undefined ? '' : String(init.statusText);
      this._headers = new Headers(init.headers);
      this._type = 'default';
      this._url = '';
      this._redirected = false;
      this._bodyUsed = false;
      if (body !== null && body !== undefined) {
        if (nullBodyStatus.has(status)) throw new TypeError('Response constructor: Invalid response status code ' + status);
        this._body = extractBody(body);
        if (this._body.type && !this._headers.has('content-type')) this._headers.set('content-type', this._body.type);
      } else {
        this._body = null;
      }
    }
    static json(data, init = {}) {
      const text = JSON.stringify(data);
      if (text === undefined) throw new TypeError('Value is not JSON serializable');
      const headers = new Headers(init.headers);
      if (!headers.has('content-type')) headers.set('content-type', 'application/json');
      return new Response(text, { ...init, headers });
    }
    static error() {
      const response = new Response(null, { status: 200 });
      response._status = 0;
      response._type = 'error';
      return response;
    }
    static redirect(url, status = 302) {
      if (![301, 302, 303, 307, 308].includes(status)) throw new RangeError('Invalid status code ' + status);
      return new Response(null, { status, headers: { location: new URL(String(url)).href } });
    }
    get status() { return this._status; }
    get ok() { return this._status >= 200 && this._status <= 299; }
    get statusText() { return this._statusText; }
    get headers() { return this._headers; }
    get type() { return this._type; }
    get url() { return this._url; }
    get redirected() { return this._redirected; }
    clone() {
      const copy = new Response(null, { status: 200 });
      Object.assign(copy, { _status: this._status, _statusText: this._statusText, _type: this._type, _url: this._url, _redirected: this._redirected });
      copy._headers = new Headers(this._headers);
      copy._body = cloneBody(this);
      return copy;
    }
    get [Symbol.toStringTag]() { return 'Response'; }
  }
  mixBody(Response);

  // ---- fetch -----------------------------------------------------------------------------------------------------
  // undici's shape: a TypeError whose cause is the network error Node's sockets give.
  function networkError(failure) {
    const error = new TypeError('fetch failed');
    error.cause = internals.require('net')._nodeError(failure);
    return error;
  }
  function abortReason(signal) {
    return signal.reason !== undefined ? signal.reason : new DOMException('This operation was aborted', 'AbortError');
  }
  function streamFromNetwork(native, id, signal) {
    let closed = false;
    const close = () => { if (!closed) { closed = true; native.close(id); } };
    const stream = new ReadableStream({
      pull(controller) {
        return new Promise((resolve) => {
          native.read(id, (failure, chunk) => {
            if (failure) { close(); controller.error(networkError(failure)); }
            else if (chunk.byteLength === 0) { close(); controller.close(); }
            else controller.enqueue(chunk);
            resolve();
          });
        });
      },
      cancel() { close(); },
    });
    if (signal) signal.addEventListener('abort', () => { close(); stream._fail(abortReason(signal)); }, { once: true });
    return stream;
  }
  function fetch(input, init = undefined) {
    return new Promise((resolve, reject) => {
      const request = new Request(input, init);
      const signal = request._signal;
      if (signal && signal.aborted) { reject(abortReason(signal)); return; }
      if (request._url.protocol !== 'http:' && request._url.protocol !== 'https:') {
        reject(networkError({ message: 'unknown scheme', code: 'ERR_INVALID_URL' }));
        return;
      }
      const native = internals.network();
      const send = (bodyBytes) => {
        const headers = new Headers(request._headers);
        if (!headers.has('accept')) headers.set('accept', '*/*');
        if (!headers.has('accept-language')) headers.set('accept-language', '*');
        if (!headers.has('sec-fetch-mode')) headers.set('sec-fetch-mode', 'cors');
        if (!headers.has('user-agent')) headers.set('user-agent', 'node');
        if (!headers.has('accept-encoding')) headers.set('accept-encoding', 'gzip, deflate');
        const flat = [];
        for (const [name, value] of headers._list) flat.push(name, value);
        let settled = false;
        if (signal) signal.addEventListener('abort', () => { if (!settled) { settled = true; reject(abortReason(signal)); } }, { once: true });
        native.request({
          method: request.method, url: request._url.href, headers: flat, body: bodyBytes === null ? undefined : bodyBytes,
          redirect: request.redirect, decompress: true,
        }, (failure, result) => {
          if (settled) { if (result) native.close(result.id); return; }
          settled = true;
          if (failure) { reject(networkError(failure)); return; }
          const response = new Response(null, { status: 200 });
          response._status = result.status;
          response._statusText = result.statusText;
          response._type = 'basic';
          response._url = result.url;
          response._redirected = result.redirected;
          const list = new Headers();
          for (let i = 0; i + 1 < result.headers.length; i += 2) list._list.push([result.headers[i].toLowerCase(), result.headers[i + 1]]);
          response._headers = list;
          if (request.method === 'HEAD' || nullBodyStatus.has(result.status)) {
            native.close(result.id);
            response._body = null;
          } else {
            response._body = { bytes: null, stream: streamFromNetwork(native, result.id, signal), type: null };
          }
          resolve(response);
        });
      };
      if (!request._body) send(null);
      else if (request._body.bytes && !request._body.stream) send(request._body.bytes);
      else readAll(request._body.stream).then(send, reject);
    });
  }

  return { fetch, Headers, Request, Response, FormData, Blob, File, ReadableStream, ReadableStreamDefaultReader };
})
