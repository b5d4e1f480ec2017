// node:stream on node:events: Readable, Writable, Duplex, Transform, PassThrough, pipeline and finished. The state
// objects keep Node's names (`_readableState.flowing`, `_writableState.length`, ...) because packages read them.
(function (internals) {
  'use strict';
  const { errorWithCode, invalidArgType, Buffer, process } = internals;
  const EventEmitter = internals.require('events');
  const nextTick = process.nextTick;
  const promisifyCustom = Symbol.for('nodejs.util.promisify.custom');
  const defaultHighWaterMark = 16384;
  const defaultObjectHighWaterMark = 16;

  const notImplemented = (method) => errorWithCode(`The ${method}() method is not implemented`, 'ERR_METHOD_NOT_IMPLEMENTED');
  const prematureClose = () => errorWithCode('Premature close', 'ERR_STREAM_PREMATURE_CLOSE');
  function abortError(reason) {
    const error = errorWithCode('The operation was aborted', 'ABORT_ERR');
    error.name = 'AbortError';
    if (reason !== undefined) error.cause = reason;
    return error;
  }
  function highWaterMark(options, sideName, objectMode) {
    const chosen = options[sideName] !== undefined ? options[sideName] : options.highWaterMark;
    if (chosen === undefined) return objectMode ? defaultObjectHighWaterMark : defaultHighWaterMark;
    if (!Number.isInteger(chosen) || chosen < 0) {
      throw errorWithCode(`The property 'options.${options[sideName] !== undefined ? sideName : 'highWaterMark'}' is invalid. Received ${chosen}`, 'ERR_INVALID_ARG_VALUE', TypeError);
    }
    return chosen;
  }
  const statesOf = (stream) => [stream._readableState, stream._writableState].filter(Boolean);
  const firstState = (stream) => stream._readableState || stream._writableState;

  // Node's legacy base class, which every stream class extends and `require('stream')` is; here only an emitter.
  class Stream extends EventEmitter {}

  // ---- destroy, shared by both sides ----------------------------------------------------------------------------
  function destroyStream(stream, error, callback) {
    const states = statesOf(stream);
    if (states[0].destroyed) {
      if (typeof callback === 'function') callback(error);
      return stream;
    }
    for (const state of states) {
      state.destroyed = true;
      if (error && !state.errored) state.errored = error;
    }
    stream._destroy(error || null, (failure) => {
      if (typeof callback === 'function') callback(failure);
      nextTick(() => {
        for (const state of states) {
          if (failure && !state.errored) state.errored = failure;
          state.closed = true;
        }
        if (failure && !states[0].errorEmitted) {
          for (const state of states) state.errorEmitted = true;
          stream.emit('error', failure);
        }
        const writable = stream._writableState;
        if (writable) for (const waiting of writable.onFinished.splice(0)) waiting(failure || errorWithCode('Cannot call end after a stream was destroyed', 'ERR_STREAM_DESTROYED'));
        if (states[0].emitClose) stream.emit('close');
      });
    });
    return stream;
  }
  const commonMembers = {
    destroy(error, callback) { return destroyStream(this, error, callback); },
    _destroy(error, callback) { callback(error); },
    get destroyed() { return firstState(this).destroyed; },
    set destroyed(value) { for (const state of statesOf(this)) state.destroyed = value; },
    get closed() { return firstState(this).closed; },
    get errored() { return firstState(this).errored; },
  };
  function listenToSignal(stream, signal) {
    if (signal.aborted) nextTick(() => destroyStream(stream, abortError(signal.reason)));
    else signal.addEventListener('abort', () => destroyStream(stream, abortError(signal.reason)), { once: true });
  }

  // ---- Readable -------------------------------------------------------------------------------------------------
  class Readable extends Stream {
    constructor(options = {}) {
      super(options);
      const objectMode = !!(options.objectMode || options.readableObjectMode);
      this._readableState = {
        objectMode, highWaterMark: highWaterMark(options, 'readableHighWaterMark', objectMode), buffer: [], length: 0,
        flowing: null, ended: false, endEmitted: false, reading: false, consumed: false, scheduled: false, readableListening: false,
        readableEmittedAtEnd: false, destroyed: false, errored: null, errorEmitted: false, closed: false, decoder: null, encoding: null,
        autoDestroy: options.autoDestroy !== false, emitClose: options.emitClose !== false, pipes: [],
      };
      if (typeof options.read === 'function') this._read = options.read;
      if (typeof options.destroy === 'function') this._destroy = options.destroy;
      if (options.encoding) this.setEncoding(options.encoding);
      if (options.signal) listenToSignal(this, options.signal);
    }
    _read() { throw notImplemented('_read'); }
    push(chunk, encoding) { return addChunk(this, chunk, encoding, false); }
    unshift(chunk, encoding) { return addChunk(this, chunk, encoding, true); }
    // As in Node, more is asked of _read() before the chunk is taken whenever what would remain is below the mark.
    read(n) {
      const state = this._readableState;
      state.consumed = true;
      const taking = n === 0 ? 0 : state.objectMode ? Math.min(state.length, 1) : n === undefined ? (state.flowing && state.length ? state.buffer[0].length : state.length) : n;
      if (!state.ended && !state.reading && !state.destroyed && state.length - taking < state.highWaterMark) {
        state.reading = true;
        try { this._read(state.highWaterMark); } catch (error) { destroyStream(this, error); return null; }
      }
      const chunk = n === 0 ? null : take(state, n);
      if (state.ended && state.length === 0 && !state.endEmitted) schedule(this);
      if (chunk !== null) this.emit('data', chunk);
      return chunk;
    }
    on(event, listener) {
      const result = super.on(event, listener);
      const state = this._readableState;
      if (event === 'data' && state.flowing !== false) this.resume();
      if (event === 'readable' && !state.endEmitted) {
        state.readableListening = true;
        state.flowing = false;
        state.consumed = true;
        schedule(this);
      }
      return result;
    }
    resume() {
      const state = this._readableState;
      if (!state.flowing) {
        state.flowing = !state.readableListening;
        state.consumed = true;
        // Node's order: start a read, say 'resume', then flow.
        nextTick(() => {
          if (!state.reading) this.read(0);
          this.emit('resume');
          turn(this);
        });
      }
      return this;
    }
    pause() {
      const state = this._readableState;
      if (state.flowing !== false) {
        state.flowing = false;
        this.emit('pause');
      }
      return this;
    }
    isPaused() { return this._readableState.flowing === false; }
    setEncoding(encoding) {
      const { StringDecoder } = internals.require('string_decoder');
      const state = this._readableState;
      state.decoder = new StringDecoder(encoding);
      state.encoding = state.decoder.encoding;
      const text = state.buffer.map((chunk) => state.decoder.write(chunk)).join('');
      state.buffer = text ? [text] : [];
      state.length = text.length;
      return this;
    }
    pipe(destination, options) {
      const source = this;
      const state = this._readableState;
      const listens = typeof destination.on === 'function';
      const ondata = (chunk) => { if (destination.write(chunk) === false) source.pause(); };
      const ondrain = () => { if (state.pipes.length && state.flowing === false) source.resume(); };
      const onend = () => { if (!options || options.end !== false) destination.end(); };
      const cleanup = () => {
        source.off('data', ondata);
        source.off('end', onend);
        if (listens) { destination.off('drain', ondrain); destination.off('close', unpipe); }
      };
      const unpipe = () => source.unpipe(destination);
      source.on('data', ondata);
      source.once('end', onend);
      if (listens) {
        destination.on('drain', ondrain);
        destination.once('close', unpipe);
      }
      state.pipes.push({ destination, cleanup });
      if (listens) destination.emit('pipe', source);
      if (!state.flowing) source.resume();
      return destination;
    }
    unpipe(destination) {
      const state = this._readableState;
      for (const pipe of state.pipes.filter((p) => destination === undefined || p.destination === destination)) {
        pipe.cleanup();
        state.pipes.splice(state.pipes.indexOf(pipe), 1);
        if (typeof pipe.destination.emit === 'function') pipe.destination.emit('unpipe', this);
      }
      if (state.pipes.length === 0 && state.flowing) this.pause();
      return this;
    }
    [Symbol.asyncIterator]() { return iterate(this); }
    async toArray() {
      const items = [];
      for await (const item of this) items.push(item);
      return items;
    }
    get readable() { const s = this._readableState; return !s.destroyed && !s.errored && !s.endEmitted; }
    get readableEnded() { return this._readableState.endEmitted; }
    get readableFlowing() { return this._readableState.flowing; }
    get readableLength() { return this._readableState.length; }
    get readableHighWaterMark() { return this._readableState.highWaterMark; }
    get readableObjectMode() { return this._readableState.objectMode; }
    get readableEncoding() { return this._readableState.encoding; }
    static from(iterable, options) { return from(iterable, options); }
  }
  Readable.prototype.addListener = Readable.prototype.on;

  function addChunk(stream, chunk, encoding, front) {
    const state = stream._readableState;
    state.reading = false;
    if (chunk === null) {
      if (!state.ended) {
        state.ended = true;
        const rest = state.decoder ? state.decoder.end() : '';
        if (rest) { state.buffer.push(rest); state.length += rest.length; }
        schedule(stream);
      }
      return false;
    }
    let item = chunk;
    if (!state.objectMode) {
      if (typeof item === 'string') item = state.decoder ? item : Buffer.from(item, encoding || 'utf8');
      else if (item instanceof Uint8Array) item = state.decoder ? state.decoder.write(item) : Buffer.isBuffer(item) ? item : Buffer.from(item.buffer, item.byteOffset, item.byteLength);
      else {
        destroyStream(stream, invalidArgType('chunk', 'string or an instance of Buffer or Uint8Array', chunk));
        return false;
      }
    }
    if (state.ended && !front) {
      destroyStream(stream, errorWithCode('stream.push() after EOF', 'ERR_STREAM_PUSH_AFTER_EOF'));
      return false;
    }
    if (state.destroyed) return false;
    if (state.objectMode || item.length > 0) {
      if (front) state.buffer.unshift(item); else state.buffer.push(item);
      state.length += state.objectMode ? 1 : item.length;
      schedule(stream);
    }
    return state.length < state.highWaterMark;
  }

  // What read() hands out: one object, everything buffered, or n bytes (null while fewer are buffered and more may come).
  function take(state, n) {
    if (state.length === 0) return null;
    if (state.objectMode) {
      state.length--;
      return state.buffer.shift();
    }
    // Flowing, each 'data' event carries one pushed chunk.
    if (n === undefined && state.flowing) {
      const first = state.buffer.shift();
      state.length -= first.length;
      return first;
    }
    if (n === undefined || n >= state.length) {
      if (n !== undefined && n > state.length && !state.ended) return null;
      const all = state.decoder ? state.buffer.join('') : state.buffer.length === 1 ? state.buffer[0] : Buffer.concat(state.buffer);
      state.buffer = [];
      state.length = 0;
      return all;
    }
    const joined = state.decoder ? state.buffer.join('') : Buffer.concat(state.buffer);
    state.buffer = [joined.slice(n)];
    state.length -= n;
    return joined.slice(0, n);
  }

  // One turn of a readable's machinery, after the current job, once something consumes it: flowing, it reads until
  // nothing is buffered; otherwise it tells 'readable' listeners or fills the buffer up to the mark. It ends once drained.
  function schedule(stream) {
    const state = stream._readableState;
    if (state.scheduled) return;
    state.scheduled = true;
    nextTick(() => turn(stream));
  }
  function turn(stream) {
    const state = stream._readableState;
    state.scheduled = false;
    if (state.destroyed || !state.consumed || state.endEmitted) return;
    if (state.flowing) {
      while (state.flowing && !state.destroyed && stream.read() !== null);
    } else if (state.readableListening && (state.length > 0 || (state.ended && !state.readableEmittedAtEnd))) {
      if (state.ended) state.readableEmittedAtEnd = true;
      stream.emit('readable');
    } else if (state.length < state.highWaterMark) {
      stream.read(0);
    }
    if (state.ended && state.length === 0 && !state.endEmitted) endReadable(stream);
  }
  function endReadable(stream) {
    const state = stream._readableState;
    state.endEmitted = true;
    stream.emit('end');
    const writable = stream._writableState;
    if (stream.allowHalfOpen === false && writable && !writable.ending) stream.end();
    if (state.autoDestroy && (!writable || (writable.autoDestroy && writable.finished))) destroyStream(stream);
  }

  async function* iterate(stream) {
    const state = stream._readableState;
    let wake = null;
    let failure = null;
    let closed = false;
    const notify = () => { if (wake) { const resume = wake; wake = null; resume(); } };
    stream.on('readable', notify);
    stream.on('end', notify);
    stream.on('error', (error) => { failure = error; notify(); });
    stream.on('close', () => { closed = true; notify(); });
    try {
      for (;;) {
        const chunk = state.destroyed ? null : stream.read();
        if (chunk !== null) { yield chunk; continue; }
        if (failure) throw failure;
        if (state.endEmitted) return;
        if (closed) throw prematureClose();
        await new Promise((resolve) => { wake = resolve; });
      }
    } finally {
      if (!state.endEmitted || failure) destroyStream(stream, null);
    }
  }

  function from(iterable, options) {
    if (typeof iterable === 'string' || iterable instanceof Uint8Array) {
      let sent = false;
      return new Readable({ objectMode: true, ...options, read() { if (!sent) { sent = true; this.push(iterable); } this.push(null); } });
    }
    const open = iterable && (iterable[Symbol.asyncIterator] || iterable[Symbol.iterator]);
    if (typeof open !== 'function') throw invalidArgType('iterable', 'Iterable', iterable);
    const iterator = open.call(iterable);
    let pulling = false;
    return new Readable({
      objectMode: true,
      ...options,
      read() {
        if (pulling) return;
        pulling = true;
        (async () => {
          for (;;) {
            const step = await iterator.next();
            if (step.done) { this.push(null); break; }
            const value = await step.value;
            if (value === null) throw errorWithCode('May not write null values to stream', 'ERR_STREAM_NULL_VALUES', TypeError);
            if (!this.push(value)) break;
          }
        })().then(() => { pulling = false; }, (error) => destroyStream(this, error));
      },
      destroy(error, callback) {
        const closing = !pulling && typeof iterator.return === 'function' ? iterator.return() : undefined;
        Promise.resolve(closing).then(() => callback(error), callback);
      },
    });
  }

  // ---- Writable -------------------------------------------------------------------------------------------------
  class Writable extends Stream {
    constructor(options = {}) {
      super(options);
      initWritable(this, options);
      if (options.signal) listenToSignal(this, options.signal);
    }
    static [Symbol.hasInstance](value) {
      return Function.prototype[Symbol.hasInstance].call(this, value) || (this === Writable && !!value && value._writableState !== undefined);
    }
  }
  function initWritable(stream, options) {
    const objectMode = !!(options.objectMode || options.writableObjectMode);
    stream._writableState = {
      objectMode, highWaterMark: highWaterMark(options, 'writableHighWaterMark', objectMode), decodeStrings: options.decodeStrings !== false,
      defaultEncoding: options.defaultEncoding || 'utf8', length: 0, buffered: [], writing: false, sync: false, corked: 0, ending: false,
      finished: false, finishing: false, onFinished: [], needDrain: false, destroyed: false, errored: null, errorEmitted: false, closed: false,
      autoDestroy: options.autoDestroy !== false, emitClose: options.emitClose !== false,
    };
    for (const name of ['write', 'writev', 'final', 'destroy']) if (typeof options[name] === 'function') stream['_' + name] = options[name];
  }
  const writableMembers = {
    _write(chunk, encoding, callback) {
      if (typeof this._writev !== 'function') throw notImplemented('_write');
      this._writev([{ chunk, encoding }], callback);
    },
    write(chunk, encoding, callback) {
      const state = this._writableState;
      if (typeof encoding === 'function') { callback = encoding; encoding = null; }
      const done = typeof callback === 'function' ? callback : () => {};
      let item = chunk;
      let itemEncoding = encoding || state.defaultEncoding;
      if (item === null) throw errorWithCode('May not write null values to stream', 'ERR_STREAM_NULL_VALUES', TypeError);
      if (!state.objectMode) {
        if (typeof item === 'string') {
          if (state.decodeStrings) { item = Buffer.from(item, itemEncoding); itemEncoding = 'buffer'; }
        } else if (item instanceof Uint8Array) {
          item = Buffer.isBuffer(item) ? item : Buffer.from(item.buffer, item.byteOffset, item.byteLength);
          itemEncoding = 'buffer';
        } else {
          throw invalidArgType('chunk', 'string or an instance of Buffer, TypedArray, or DataView', chunk);
        }
      }
      const refusal = state.ending ? errorWithCode('write after end', 'ERR_STREAM_WRITE_AFTER_END')
        : state.destroyed ? errorWithCode('Cannot call write after a stream was destroyed', 'ERR_STREAM_DESTROYED') : null;
      if (refusal) {
        nextTick(() => done(refusal));
        destroyStream(this, refusal);
        return false;
      }
      const entry = { chunk: item, encoding: itemEncoding, done, size: state.objectMode ? 1 : item.length };
      state.length += entry.size;
      const belowMark = state.length < state.highWaterMark;
      if (!belowMark) state.needDrain = true;
      if (state.writing || state.corked || state.errored) state.buffered.push(entry);
      else writeEntries(this, [entry]);
      return belowMark && !state.errored;
    },
    end(chunk, encoding, callback) {
      const state = this._writableState;
      if (typeof chunk === 'function') { callback = chunk; chunk = null; } else if (typeof encoding === 'function') { callback = encoding; encoding = null; }
      if (chunk !== null && chunk !== undefined) this.write(chunk, encoding);
      if (state.corked) { state.corked = 1; this.uncork(); }
      if (typeof callback === 'function') {
        if (state.finished) nextTick(callback);
        else state.onFinished.push(callback);
      }
      if (!state.ending) {
        state.ending = true;
        maybeFinish(this);
      }
      return this;
    },
    cork() { this._writableState.corked++; },
    uncork() {
      const state = this._writableState;
      if (state.corked && --state.corked === 0 && !state.writing) flushBuffered(this);
    },
    setDefaultEncoding(encoding) { this._writableState.defaultEncoding = String(encoding).toLowerCase(); return this; },
    get writable() { const s = this._writableState; return !s.destroyed && !s.errored && !s.ending; },
    get writableEnded() { return this._writableState.ending; },
    get writableFinished() { return this._writableState.finished; },
    get writableLength() { return this._writableState.length; },
    get writableHighWaterMark() { return this._writableState.highWaterMark; },
    get writableObjectMode() { return this._writableState.objectMode; },
    get writableNeedDrain() { return this._writableState.needDrain; },
    get writableCorked() { return this._writableState.corked; },
  };
  function writeEntries(stream, entries) {
    const state = stream._writableState;
    state.writing = true;
    state.sync = true;
    let called = false;
    const onwrite = (error) => {
      if (called) return destroyStream(stream, errorWithCode('Callback called multiple times', 'ERR_MULTIPLE_CALLBACK'));
      called = true;
      afterWrite(stream, entries, error, state.sync);
    };
    try {
      if (entries.length > 1) stream._writev(entries.map(({ chunk, encoding }) => ({ chunk, encoding })), onwrite);
      else stream._write(entries[0].chunk, entries[0].encoding, onwrite);
    } catch (error) {
      onwrite(error);
    }
    state.sync = false;
  }
  function flushBuffered(stream) {
    const state = stream._writableState;
    if (!state.buffered.length || state.destroyed) return maybeFinish(stream);
    writeEntries(stream, typeof stream._writev === 'function' && state.buffered.length > 1 ? state.buffered.splice(0) : [state.buffered.shift()]);
  }
  function afterWrite(stream, entries, error, sync) {
    const state = stream._writableState;
    state.writing = false;
    for (const entry of entries) state.length -= entry.size;
    if (error) {
      for (const entry of entries) nextTick(() => entry.done(error));
      destroyStream(stream, error);
      return;
    }
    if (state.buffered.length && !state.corked) flushBuffered(stream);
    const settle = () => {
      for (const entry of entries) entry.done(null);
      if (state.needDrain && state.length === 0 && !state.ending && !state.destroyed) {
        state.needDrain = false;
        stream.emit('drain');
      }
      maybeFinish(stream);
    };
    if (sync) nextTick(settle); else settle();
  }
  function maybeFinish(stream) {
    const state = stream._writableState;
    if (!state.ending || state.finishing || state.writing || state.buffered.length || state.length || state.destroyed || state.errored) return;
    state.finishing = true;
    const finish = () => nextTick(() => {
      if (state.destroyed || state.errored) return;
      state.finished = true;
      for (const callback of state.onFinished.splice(0)) callback();
      stream.emit('finish');
      const readable = stream._readableState;
      if (state.autoDestroy && (!readable || (readable.autoDestroy && (readable.endEmitted || stream.readable === false)))) destroyStream(stream);
    });
    if (typeof stream._final === 'function') {
      nextTick(() => {
        try {
          stream._final((error) => {
            if (error) return destroyStream(stream, error);
            stream.emit('prefinish');
            finish();
          });
        } catch (error) {
          destroyStream(stream, error);
        }
      });
    } else {
      stream.emit('prefinish');
      finish();
    }
  }
  const install = (target, members) => {
    for (const name of Object.keys(Object.getOwnPropertyDescriptors(members))) {
      if (!Object.prototype.hasOwnProperty.call(target, name)) Object.defineProperty(target, name, Object.getOwnPropertyDescriptor(members, name));
    }
  };
  install(Readable.prototype, commonMembers);
  install(Writable.prototype, commonMembers);
  install(Writable.prototype, writableMembers);

  // ---- Duplex, Transform, PassThrough ---------------------------------------------------------------------------
  class Duplex extends Readable {
    constructor(options = {}) {
      super(options);
      initWritable(this, options);
      this.allowHalfOpen = options.allowHalfOpen !== false;
    }
  }
  install(Duplex.prototype, writableMembers);

  class Transform extends Duplex {
    constructor(options = {}) {
      super(options);
      if (typeof options.transform === 'function') this._transform = options.transform;
      if (typeof options.flush === 'function') this._flush = options.flush;
      this._pendingTransform = null;
    }
    _transform() { throw notImplemented('_transform'); }
    _write(chunk, encoding, callback) {
      const readable = this._readableState;
      const before = readable.length;
      this._transform(chunk, encoding, (error, value) => {
        if (error) return callback(error);
        if (value !== undefined && value !== null) this.push(value);
        // Hold the writer back while what this chunk produced waits unread above the mark.
        if (readable.ended || readable.length === before || readable.length < readable.highWaterMark) callback();
        else this._pendingTransform = callback;
      });
    }
    _read() {
      const pending = this._pendingTransform;
      if (pending) { this._pendingTransform = null; pending(); }
    }
    _final(callback) {
      const end = (error, value) => {
        if (error) return callback(error);
        if (value !== undefined && value !== null) this.push(value);
        this.push(null);
        callback();
      };
      if (typeof this._flush === 'function') this._flush(end); else end();
    }
  }
  class PassThrough extends Transform {
    _transform(chunk, encoding, callback) { callback(null, chunk); }
  }

  // ---- finished, pipeline ---------------------------------------------------------------------------------------
  function finished(stream, options, callback) {
    if (typeof options === 'function') { callback = options; options = {}; }
    if (typeof callback !== 'function') throw invalidArgType('callback', 'function', callback);
    const readable = options.readable !== false ? stream._readableState : undefined;
    const writable = options.writable !== false ? stream._writableState : undefined;
    let done = false;
    const complete = () => (!readable || readable.endEmitted) && (!writable || writable.finished);
    const settle = (error) => {
      if (done) return;
      done = true;
      cleanup();
      callback.call(stream, error);
    };
    const onprogress = () => { if (complete()) settle(); };
    const onerror = (error) => settle(error);
    const onclose = () => settle(complete() ? undefined : firstState(stream).errored || prematureClose());
    const cleanup = () => {
      stream.off('end', onprogress);
      stream.off('finish', onprogress);
      stream.off('error', onerror);
      stream.off('close', onclose);
    };
    stream.on('end', onprogress);
    stream.on('finish', onprogress);
    stream.on('error', onerror);
    stream.on('close', onclose);
    const state = firstState(stream);
    if (state && (state.closed || complete())) nextTick(state.errored ? () => settle(state.errored) : onclose);
    return cleanup;
  }
  finished[promisifyCustom] = (stream, options) => new Promise((resolve, reject) => finished(stream, options || {}, (error) => (error ? reject(error) : resolve())));

  const isStream = (value) => !!value && typeof value.on === 'function' && (value._readableState !== undefined || value._writableState !== undefined);
  function pipeline(...args) {
    const callback = args.pop();
    if (typeof callback !== 'function') throw invalidArgType('callback', 'function', callback);
    const given = args.length === 1 && Array.isArray(args[0]) ? args[0] : args;
    if (given.length < 2) throw errorWithCode('The "streams" argument must be specified', 'ERR_MISSING_ARGS', TypeError);
    // A function stage reads the stage before it as an async iterable, so nothing is piped into what it returns; a last
    // function's promise carries pipeline's result.
    const stages = [];
    let result;
    given.forEach((item, index) => {
      const last = index === given.length - 1;
      const made = typeof item === 'function' ? item(index === 0 ? undefined : stages[index - 1].stream) : item;
      if (last && typeof item === 'function' && made && typeof made.then === 'function') result = made;
      else stages.push({ stream: isStream(made) || (last && made && typeof made.write === 'function') ? made : from(made), fed: typeof item === 'function' });
    });
    const streams = stages.map((stage) => stage.stream);
    let done = false;
    const settle = (error, value) => {
      if (done) return;
      done = true;
      if (error) for (const stream of streams) if (isStream(stream)) destroyStream(stream, null);
      callback(error, value);
    };
    let remaining = 0;
    const progress = (error) => {
      if (error) return settle(error);
      if (--remaining === 0) {
        if (result) result.then((value) => settle(undefined, value), settle);
        else settle();
      }
    };
    stages.forEach((stage, i) => {
      const next = stages[i + 1];
      if (next && !next.fed) stage.stream.pipe(next.stream);
      if (isStream(stage.stream)) {
        remaining++;
        finished(stage.stream, { readable: next !== undefined || result !== undefined, writable: i > 0 && !stage.fed }, progress);
      }
    });
    return streams[streams.length - 1];
  }
  pipeline[promisifyCustom] = (...streams) => new Promise((resolve, reject) => pipeline(...streams, (error, value) => (error ? reject(error) : resolve(value))));

  const promises = { pipeline: pipeline[promisifyCustom], finished: finished[promisifyCustom] };
  Object.assign(Stream, {
    Stream, Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished, promises,
    addAbortSignal: (signal, stream) => { listenToSignal(stream, signal); return stream; },
    getDefaultHighWaterMark: (objectMode) => (objectMode ? defaultObjectHighWaterMark : defaultHighWaterMark),
    isReadable: (stream) => isStream(stream) && !!stream.readable,
    isErrored: (stream) => isStream(stream) && !!firstState(stream).errored,
  });
  return Stream;
})
