// WebSocket clients over the invocation's guarded network (Networking/EgressWebSocket.cs): the `ws` package's client API
// (`require('ws')`, an EventEmitter) and the WHATWG `WebSocket` global on top of it. The handshake connection is
// dialled by the egress guard; servers (`WebSocketServer`) do not exist in a function.
(function (internals) {
  'use strict';
  const { errorWithCode, Buffer, toBuffer } = internals;
  const EventEmitter = internals.require('events');
  const nodeError = (failure) => internals.require('net')._nodeError(failure);
  const notSupported = (what) => function () { throw errorWithCode(`${what} is not supported in Invoke functions`, 'ERR_NOT_SUPPORTED'); };
  const [CONNECTING, OPEN, CLOSING, CLOSED] = [0, 1, 2, 3];

  function bytesOf(data) {
    if (typeof data === 'string') return { bytes: Buffer.from(data), text: true };
    if (data instanceof ArrayBuffer) return { bytes: new Uint8Array(data), text: false };
    if (ArrayBuffer.isView(data)) return { bytes: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), text: false };
    return { bytes: Buffer.from(String(data)), text: true };
  }

  // The ws package's client: events 'open', 'message' (data, isBinary), 'close' (code, reason), 'error'.
  class WebSocket extends EventEmitter {
    constructor(address, protocols, options) {
      super();
      const url = new URL(String(address));
      if (url.protocol === 'http:') url.protocol = 'ws:';
      if (url.protocol === 'https:') url.protocol = 'wss:';
      if (url.protocol !== 'ws:' && url.protocol !== 'wss:') {
        throw new SyntaxError(`The URL's protocol must be one of "ws:", "wss:", "http:", "https:"`);
      }
      if (protocols && typeof protocols === 'object' && !Array.isArray(protocols)) { options = protocols; protocols = []; }
      this.url = url.href;
      this.protocol = '';
      this.readyState = CONNECTING;
      this.binaryType = 'nodebuffer';
      this._id = null;
      this._native = internals.network();
      this._native.webSocket(url.href, protocols === undefined ? [] : [].concat(protocols).map(String), (failure, result) => {
        if (this.readyState === CLOSED) { if (result) this._native.close(result.id); return; }
        if (failure) { this._finish(1006, '', nodeError(failure)); return; }
        this._id = result.id;
        this.protocol = result.protocol;
        this.readyState = OPEN;
        this.emit('open');
        this._receive();
      });
    }
    _receive() {
      this._native.webSocketReceive(this._id, (failure, message) => {
        if (this.readyState === CLOSED) return;
        if (failure) { this._finish(1006, '', nodeError(failure)); return; }
        if (message.type === 'close') { this._finish(message.code || 1005, message.reason); return; }
        const isBinary = message.type === 'binary';
        const data = this.binaryType === 'arraybuffer' ? message.data.buffer.slice(message.data.byteOffset, message.data.byteOffset + message.data.byteLength) : toBuffer(message.data);
        this.emit('message', data, isBinary);
        this._receive();
      });
    }
    _finish(code, reason, error) {
      if (this.readyState === CLOSED) return;
      this.readyState = CLOSED;
      if (this._id !== null) { this._native.close(this._id); this._id = null; }
      if (error) this.emit('error', error);
      this.emit('close', code, Buffer.from(reason || ''));
    }
    send(data, options, callback) {
      if (typeof options === 'function') { callback = options; options = {}; }
      if (this.readyState !== OPEN) {
        const error = new Error(`WebSocket is not open: readyState ${this.readyState} (${['CONNECTING', 'OPEN', 'CLOSING', 'CLOSED'][this.readyState]})`);
        if (callback) { callback(error); return; }
        throw error;
      }
      const { bytes, text } = bytesOf(data);
      const asText = options && options.binary !== undefined ? !options.binary : text;
      this._native.webSocketSend(this._id, bytes, asText, (failure) => { if (callback) callback(failure ? nodeError(failure) : undefined); });
    }
    close(code = 1000, reason = '') {
      if (this.readyState === CLOSED || this.readyState === CLOSING) return;
      if (this.readyState === CONNECTING) { this._finish(1006, ''); return; }
      this.readyState = CLOSING;
      this._native.webSocketClose(this._id, code, String(reason), (failure) => { if (failure) this._finish(1006, '', nodeError(failure)); });
    }
    terminate() { this._finish(1006, ''); }
    ping() {}
    pong() {}
  }
  Object.assign(WebSocket, { CONNECTING, OPEN, CLOSING, CLOSED });
  Object.assign(WebSocket.prototype, { CONNECTING, OPEN, CLOSING, CLOSED });

  // The WHATWG WebSocket: EventTarget events and on* handlers over the same client.
  class WebSocketEvent extends Event {}
  class MessageEvent extends Event {
    constructor(type, init = {}) { super(type); this.data = init.data; this.origin = init.origin || ''; }
  }
  class CloseEvent extends Event {
    constructor(type, init = {}) { super(type); this.code = init.code || 0; this.reason = init.reason || ''; this.wasClean = !!init.wasClean; }
  }
  class WebWebSocket extends EventTarget {
    constructor(url, protocols) {
      super();
      this._binaryType = 'blob';
      this.onopen = null;
      this.onmessage = null;
      this.onclose = null;
      this.onerror = null;
      const client = new WebSocket(url, protocols);
      this._client = client;
      const fire = (event) => {
        const handler = this['on' + event.type];
        if (typeof handler === 'function') handler.call(this, event);
        this.dispatchEvent(event);
      };
      client.on('open', () => fire(new WebSocketEvent('open')));
      client.on('message', (data, isBinary) => {
        let payload = data;
        if (!isBinary) payload = data.toString();
        else if (this._binaryType === 'arraybuffer') payload = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
        else payload = new globalThis.Blob([data]);
        fire(new MessageEvent('message', { data: payload, origin: new URL(client.url).origin }));
      });
      client.on('error', () => fire(new WebSocketEvent('error')));
      client.on('close', (code, reason) => fire(new CloseEvent('close', { code, reason: reason.toString(), wasClean: code !== 1006 })));
    }
    get url() { return this._client.url; }
    get readyState() { return this._client.readyState; }
    get protocol() { return this._client.protocol; }
    get extensions() { return ''; }
    get bufferedAmount() { return 0; }
    get binaryType() { return this._binaryType; }
    set binaryType(value) { if (value === 'blob' || value === 'arraybuffer') this._binaryType = value; }
    send(data) {
      if (this.readyState === CONNECTING) throw new DOMException("Failed to execute 'send' on 'WebSocket': Still in CONNECTING state.", 'InvalidStateError');
      if (data instanceof globalThis.Blob) data = data._bytes;
      if (this.readyState === OPEN) this._client.send(data);
    }
    close(code, reason) { this._client.close(code === undefined ? 1000 : code, reason === undefined ? '' : reason); }
  }
  Object.assign(WebWebSocket, { CONNECTING, OPEN, CLOSING, CLOSED });

  WebSocket.WebSocket = WebSocket;
  WebSocket.WebSocketServer = notSupported('Creating a WebSocket server');
  WebSocket.Server = WebSocket.WebSocketServer;
  WebSocket.createWebSocketStream = notSupported('createWebSocketStream');
  Object.defineProperty(WebSocket, '_web', { value: WebWebSocket, enumerable: false });
  return WebSocket;
})
