// node:net and node:tls client sockets over the invocation's guarded network (NativeNetwork.cs): the address is
// resolved and checked before the connection is attempted, so a denied host receives nothing. TLS always verifies the
// server's certificate and name. Sockets still open when the invocation ends are closed by the platform.
(function (internals) {
  'use strict';
  const { errorWithCode, toBuffer, Buffer } = internals;
  const { Duplex } = internals.require('stream');

  const notSupported = (what) => () => { throw errorWithCode(`${what} is not supported in Invoke functions`, 'ERR_NOT_SUPPORTED'); };
  // Node's network errors: the message, code, errno and syscall it would give, with the policy's reason on denials.
  function nodeError(failure) {
    const error = new Error(failure.message);
    for (const key of ['code', 'syscall', 'hostname', 'address', 'port', 'reason']) {
      if (failure[key] !== undefined && failure[key] !== null) error[key] = failure[key];
    }
    if (error.code && error.code !== 'POLICY_DENIED') error.errno = error.code;
    return error;
  }
  const ipv4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
  const isIPv4 = (text) => ipv4.test(String(text));
  const isIPv6 = (text) => {
    const value = String(text);
    if (!value.includes(':') || /[^0-9a-fA-F:.]/.test(value)) return false;
    try { return new URL('http://[' + value + ']/').hostname.length > 2; } catch (error) { return false; }
  };
  const isIP = (text) => (isIPv4(text) ? 4 : isIPv6(text) ? 6 : 0);

  class Socket extends Duplex {
    constructor(options = {}) {
      super({ allowHalfOpen: !!options.allowHalfOpen });
      this._id = null;
      this._reading = false;
      this._pendingWrites = [];
      this.connecting = false;
      this.remoteAddress = undefined;
      this.remotePort = undefined;
      this.remoteFamily = undefined;
      this.bytesRead = 0;
      this.bytesWritten = 0;
      this.encrypted = undefined;
    }
    connect(...args) {
      const { options, listener } = connectArguments(args);
      if (listener) this.once(this._tls ? 'secureConnect' : 'connect', listener);
      this._open(options);
      return this;
    }
    _open(options) {
      const port = Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw errorWithCode(`Port should be >= 0 and < 65536. Received ${options.port}.`, 'ERR_SOCKET_BAD_PORT', RangeError);
      }
      const host = options.host || 'localhost';
      const serverName = this._tls ? options.servername || (isIP(host) ? undefined : host) || host : undefined;
      this.connecting = true;
      if (options.timeout) this.setTimeout(options.timeout);
      const native = internals.network();
      this._native = native;
      native.connect(host, port, serverName, (failure, result) => {
        this.connecting = false;
        if (this.destroyed) { if (result) native.close(result.id); return; }
        if (failure) { this.destroy(nodeError(failure)); return; }
        this._id = result.id;
        this.remoteAddress = result.remoteAddress;
        this.remotePort = result.remotePort;
        this.remoteFamily = result.remoteFamily;
        if (this._tls) { this.encrypted = true; this.authorized = true; this.emit('secureConnect'); }
        this.emit('connect');
        this.emit('ready');
        for (const write of this._pendingWrites.splice(0)) write();
        if (this._readWanted) this._read();
      });
    }
    _read() {
      if (this._id === null) { this._readWanted = true; return; }
      if (this._reading) return;
      this._reading = true;
      this._native.socketRead(this._id, (failure, chunk) => {
        this._reading = false;
        if (this.destroyed) return;
        if (failure) { this.destroy(nodeError(failure)); return; }
        this._touch();
        if (chunk.byteLength === 0) { this.push(null); return; }
        this.bytesRead += chunk.byteLength;
        if (this.push(toBuffer(chunk))) this._read();
      });
    }
    _write(chunk, encoding, callback) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
      const send = () => this._native.socketWrite(this._id, bytes, (failure) => {
        if (failure) { callback(nodeError(failure)); return; }
        this.bytesWritten += bytes.byteLength;
        this._touch();
        callback();
      });
      if (this._id === null) this._pendingWrites.push(send); else send();
    }
    _final(callback) {
      const end = () => { if (this._id !== null) this._native.socketEnd(this._id); callback(); };
      if (this._id === null) this._pendingWrites.push(end); else end();
    }
    _destroy(error, callback) {
      clearTimeout(this._timer);
      if (this._id !== null) { this._native.close(this._id); this._id = null; }
      callback(error);
    }
    _touch() {
      if (this._timeout) { clearTimeout(this._timer); this._timer = setTimeout(() => this.emit('timeout'), this._timeout); }
    }
    setTimeout(ms, callback) {
      if (callback) this.once('timeout', callback);
      this._timeout = ms;
      clearTimeout(this._timer);
      if (ms > 0) this._timer = setTimeout(() => this.emit('timeout'), ms);
      return this;
    }
    setNoDelay() { return this; }
    setKeepAlive() { return this; }
    ref() { return this; }
    unref() { return this; }
    address() { return {}; }
    get readyState() { return this.connecting ? 'opening' : this._id === null ? 'closed' : 'open'; }
  }
  class TLSSocket extends Socket {
    constructor(options) { super(options); this._tls = true; this.authorized = false; }
    getPeerCertificate() { return {}; }
    getProtocol() { return this._id === null ? null : 'TLSv1.3'; }
  }

  function connectArguments(args) {
    let options;
    let index = 0;
    if (args[0] !== null && typeof args[0] === 'object') { options = { ...args[0] }; index = 1; }
    else {
      options = { port: args[0] };
      index = 1;
      if (typeof args[1] === 'string') { options.host = args[1]; index = 2; }
      if (args[index] !== null && typeof args[index] === 'object') { Object.assign(options, args[index]); index++; }
    }
    const listener = typeof args[index] === 'function' ? args[index] : undefined;
    if (options.path !== undefined) throw errorWithCode('Unix domain sockets are not supported in Invoke functions', 'ERR_NOT_SUPPORTED');
    return { options, listener };
  }
  function createConnection(...args) {
    const socket = new Socket();
    return socket.connect(...args);
  }
  function tlsConnect(...args) {
    const { options, listener } = connectArguments(args);
    const socket = new TLSSocket(options);
    if (listener) socket.once('secureConnect', listener);
    socket._open(options);
    return socket;
  }

  const tls = {
    connect: tlsConnect, TLSSocket, createServer: notSupported('Creating a server'), Server: notSupported('tls.Server'),
    createSecureContext: () => ({}), DEFAULT_MIN_VERSION: 'TLSv1.2', DEFAULT_MAX_VERSION: 'TLSv1.3', rootCertificates: [],
    checkServerIdentity: () => undefined,
  };
  const net = {
    Socket, Stream: Socket, connect: createConnection, createConnection, isIP, isIPv4, isIPv6,
    createServer: notSupported('Creating a server'), Server: notSupported('net.Server'),
    BlockList: notSupported('net.BlockList'), SocketAddress: notSupported('net.SocketAddress'),
  };
  Object.defineProperty(net, '_tls', { value: tls, enumerable: false });
  Object.defineProperty(net, '_nodeError', { value: nodeError, enumerable: false });
  return net;
})
