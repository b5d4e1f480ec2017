// node:http and node:https clients over the invocation's guarded network (NativeNetwork.cs): request, get, Agent,
// ClientRequest as a writable stream and IncomingMessage as a readable one. Every connection is checked by the
// project's egress policy before a byte is sent; redirects are the caller's to follow, as in Node. A request's body is
// sent when it ends. Servers do not exist in a function.
(function (internals) {
  'use strict';
  const { errorWithCode, invalidArgType, Buffer, host } = internals;
  const { Readable, Writable } = internals.require('stream');
  const EventEmitter = internals.require('events');

  const METHODS = ['ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK', 'LOCK', 'M-SEARCH', 'MERGE',
    'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS', 'PATCH', 'POST', 'PROPFIND', 'PROPPATCH', 'PURGE', 'PUT',
    'QUERY', 'REBIND', 'REPORT', 'SEARCH', 'SOURCE', 'SUBSCRIBE', 'TRACE', 'UNBIND', 'UNLINK', 'UNLOCK', 'UNSUBSCRIBE'];
  const STATUS_CODES = {};
  for (let code = 100; code < 600; code++) {
    const text = host.statusText(code);
    if (text !== undefined) STATUS_CODES[code] = text;
  }
  const notSupported = (what) => () => { throw errorWithCode(`${what} is not supported in Invoke functions`, 'ERR_NOT_SUPPORTED'); };

  // Node's network errors, shaped once in net.
  const nodeError = (failure) => internals.require('net')._nodeError(failure);

  class Agent extends EventEmitter {
    constructor(options = {}) {
      super();
      this.options = { ...options };
      this.keepAlive = !!options.keepAlive;
      this.maxSockets = options.maxSockets || Infinity;
      this.maxFreeSockets = options.maxFreeSockets || 256;
      this.sockets = {};
      this.freeSockets = {};
      this.requests = {};
    }
    destroy() {}
  }

  // Incoming headers as Node shapes them: lower-case names, set-cookie an array, repeats of single-value fields
  // dropped, other repeats joined with ', '.
  const singleValued = new Set(['age', 'authorization', 'content-length', 'content-type', 'etag', 'expires', 'from', 'host',
    'if-modified-since', 'if-unmodified-since', 'last-modified', 'location', 'max-forwards', 'proxy-authorization', 'referer',
    'retry-after', 'server', 'user-agent']);
  function shapeHeaders(raw) {
    const headers = {};
    for (let i = 0; i + 1 < raw.length; i += 2) {
      const name = raw[i].toLowerCase();
      const value = raw[i + 1];
      if (name === 'set-cookie') (headers[name] = headers[name] || []).push(value);
      else if (!(name in headers)) headers[name] = value;
      else if (!singleValued.has(name)) headers[name] += ', ' + value;
    }
    return headers;
  }

  class IncomingMessage extends Readable {
    constructor(native, result) {
      super();
      this._native = native;
      this._id = result.id;
      this._reading = false;
      this.statusCode = result.status;
      this.statusMessage = result.statusText || STATUS_CODES[result.status] || '';
      this.httpVersion = result.httpVersion;
      const [major, minor] = result.httpVersion.split('.').map(Number);
      this.httpVersionMajor = major;
      this.httpVersionMinor = minor;
      this.rawHeaders = result.headers.slice();
      this.headers = shapeHeaders(result.headers);
      this.trailers = {};
      this.rawTrailers = [];
      this.url = '';
      this.method = null;
      this.complete = false;
      this.aborted = false;
    }
    _read() {
      if (this._reading || this._id === null) return;
      this._reading = true;
      this._native.read(this._id, (failure, chunk) => {
        this._reading = false;
        if (failure) { this._release(); this.destroy(nodeError(failure)); return; }
        if (chunk.byteLength === 0) { this._release(); this.complete = true; this.push(null); return; }
        if (this.push(internals.toBuffer(chunk))) this._read();
      });
    }
    _destroy(error, callback) { this._release(); callback(error); }
    _release() {
      if (this._id !== null) { this._native.close(this._id); this._id = null; }
    }
    setTimeout(ms, callback) { if (callback) this.once('timeout', callback); return this; }
  }

  function requestOptions(protocol, args) {
    let options = {};
    let callback;
    for (const argument of args) {
      if (typeof argument === 'function') callback = argument;
      else if (typeof argument === 'string' || argument instanceof URL) {
        const url = new URL(String(argument));
        options = { ...options, protocol: url.protocol, hostname: url.hostname, port: url.port, path: url.pathname + url.search,
          auth: url.username ? decodeURIComponent(url.username) + (url.password ? ':' + decodeURIComponent(url.password) : '') : undefined };
      } else if (argument && typeof argument === 'object') options = { ...options, ...argument };
      else if (argument !== undefined) throw invalidArgType('options', 'object', argument);
    }
    const wanted = options.protocol || protocol;
    if (wanted !== protocol) {
      throw errorWithCode(`Protocol "${wanted}" not supported. Expected "${protocol}"`, 'ERR_INVALID_PROTOCOL', TypeError);
    }
    return { options, callback };
  }

  class ClientRequest extends Writable {
    constructor(protocol, options, callback) {
      // Like Node's OutgoingMessage, the request lives on after its body is written: the response is still to come.
      super({ autoDestroy: false });
      const hostName = options.hostname || (options.host ? String(options.host).replace(/:\d+$/, '') : 'localhost');
      this.method = String(options.method || 'GET').toUpperCase();
      this.protocol = protocol;
      this.host = hostName;
      this.path = options.path || '/';
      if (/[\u0000-\u0020]/.test(this.path)) throw errorWithCode('Request path contains unescaped characters', 'ERR_UNESCAPED_CHARACTERS', TypeError);
      this._port = options.port ? Number(options.port) : protocol === 'https:' ? 443 : 80;
      this._headers = new Map();
      this._chunks = [];
      this._sent = false;
      this._response = null;
      this.aborted = false;
      this.reusedSocket = false;
      const given = options.headers || {};
      if (Array.isArray(given)) for (let i = 0; i + 1 < given.length; i += 2) this.setHeader(given[i], given[i + 1]);
      else for (const name of Object.keys(given)) this.setHeader(name, given[name]);
      if (options.auth && !this.hasHeader('authorization')) this.setHeader('Authorization', 'Basic ' + Buffer.from(String(options.auth)).toString('base64'));
      if (callback) this.once('response', callback);
      if (options.timeout) this.setTimeout(options.timeout);
      if (options.signal) {
        const signal = options.signal;
        const onAbort = () => this.destroy(Object.assign(new Error('The operation was aborted'), { name: 'AbortError', code: 'ABORT_ERR', cause: signal.reason }));
        if (signal.aborted) internals.process.nextTick(onAbort); else signal.addEventListener('abort', onAbort, { once: true });
      }
    }
    setHeader(name, value) {
      if (this._sent) throw errorWithCode('Cannot set headers after they are sent to the client', 'ERR_HTTP_HEADERS_SENT');
      this._headers.set(String(name).toLowerCase(), [String(name), value]);
      return this;
    }
    getHeader(name) { const entry = this._headers.get(String(name).toLowerCase()); return entry ? entry[1] : undefined; }
    getHeaders() { const out = Object.create(null); for (const [key, [, value]] of this._headers) out[key] = value; return out; }
    getHeaderNames() { return [...this._headers.keys()]; }
    getRawHeaderNames() { return [...this._headers.values()].map(([name]) => name); }
    hasHeader(name) { return this._headers.has(String(name).toLowerCase()); }
    removeHeader(name) { this._headers.delete(String(name).toLowerCase()); }
    flushHeaders() {}
    setNoDelay() { return this; }
    setSocketKeepAlive() { return this; }
    setTimeout(ms, callback) {
      if (callback) this.once('timeout', callback);
      clearTimeout(this._timer);
      if (ms > 0) this._timer = setTimeout(() => this.emit('timeout'), ms);
      return this;
    }
    abort() { if (!this.aborted) { this.aborted = true; this.emit('abort'); this.destroy(); } }
    _write(chunk, encoding, callback) {
      this._chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, encoding) : Buffer.from(chunk));
      callback();
    }
    _final(callback) {
      this._sent = true;
      const flat = [];
      for (const [, [name, value]] of this._headers) {
        for (const item of Array.isArray(value) ? value : [value]) flat.push(name, String(item));
      }
      if (!this._headers.has('host')) flat.push('Host', this.host + (this._port === (this.protocol === 'https:' ? 443 : 80) ? '' : ':' + this._port));
      const body = this._chunks.length ? Buffer.concat(this._chunks) : undefined;
      const hostPart = this.host.includes(':') && !this.host.startsWith('[') ? '[' + this.host + ']' : this.host;
      const native = internals.network();
      native.request({
        method: this.method, url: `${this.protocol}//${hostPart}:${this._port}${this.path}`, headers: flat, body,
        redirect: 'manual', decompress: false,
      }, (failure, result) => {
        clearTimeout(this._timer);
        if (this.destroyed) { if (result) native.close(result.id); return; }
        if (failure) { this.destroy(nodeError(failure)); return; }
        const response = new IncomingMessage(native, result);
        this._response = response;
        this.res = response;
        if (!this.emit('response', response)) response.resume();
      });
      callback();
    }
    _destroy(error, callback) {
      clearTimeout(this._timer);
      if (this._response && !this._response.destroyed) this._response.destroy();
      callback(error);
    }
  }

  function forProtocol(protocol) {
    const globalAgent = new Agent({ keepAlive: true });
    const request = (...args) => {
      const { options, callback } = requestOptions(protocol, args);
      return new ClientRequest(protocol, options, callback);
    };
    const get = (...args) => { const req = request(...args); req.end(); return req; };
    return {
      Agent, globalAgent, request, get, ClientRequest, IncomingMessage, METHODS, STATUS_CODES,
      createServer: notSupported('Creating a server'), Server: notSupported('http.Server'),
      maxHeaderSize: 16384, validateHeaderName: () => {}, validateHeaderValue: () => {},
    };
  }

  const http = forProtocol('http:');
  Object.defineProperty(http, '_https', { value: forProtocol('https:'), enumerable: false });
  return http;
})
