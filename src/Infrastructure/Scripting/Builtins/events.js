// node:events. Listeners live in `_events` (one function or an array per name) as in Node, because packages read it.
(function (internals) {
  'use strict';
  const { errorWithCode, invalidArgType, process } = internals;
  const errorMonitor = Symbol('events.errorMonitor');
  const captureRejectionSymbol = Symbol.for('nodejs.rejection');
  let defaultMaxListeners = 10;

  function checkListener(listener) {
    if (typeof listener !== 'function') throw invalidArgType('listener', 'function', listener);
  }
  function init(emitter) {
    if (emitter._events === undefined || emitter._events === Object.getPrototypeOf(emitter)._events) {
      emitter._events = Object.create(null);
      emitter._eventsCount = 0;
    }
    if (emitter._maxListeners === undefined) emitter._maxListeners = undefined;
  }
  function listRaw(emitter, name) {
    const entry = emitter._events === undefined ? undefined : emitter._events[name];
    return entry === undefined ? [] : typeof entry === 'function' ? [entry] : entry.slice();
  }

  function addListener(emitter, name, listener, prepend) {
    checkListener(listener);
    init(emitter);
    if (emitter._events.newListener !== undefined) emitter.emit('newListener', name, listener.listener ? listener.listener : listener);
    const existing = emitter._events[name];
    if (existing === undefined) {
      emitter._events[name] = listener;
      emitter._eventsCount++;
    } else {
      const list = typeof existing === 'function' ? [existing] : existing;
      if (prepend) list.unshift(listener); else list.push(listener);
      emitter._events[name] = list;
      const max = emitter.getMaxListeners();
      if (max > 0 && list.length > max && !list.warned) {
        list.warned = true;
        const warning = new Error(`Possible EventEmitter memory leak detected. ${list.length} ${String(name)} listeners added to ${emitter.constructor.name === 'EventEmitter' ? '[EventEmitter]' : `[${emitter.constructor.name}]`}. MaxListeners is ${max}. Use emitter.setMaxListeners() to increase limit`);
        warning.name = 'MaxListenersExceededWarning';
        process.emitWarning(warning);
      }
    }
    return emitter;
  }

  function onceWrapper(emitter, name, listener) {
    const state = { fired: false };
    function wrapped(...args) {
      if (state.fired) return undefined;
      state.fired = true;
      emitter.removeListener(name, wrapped);
      return listener.apply(this, args);
    }
    wrapped.listener = listener;
    return wrapped;
  }

  class EventEmitter {
    constructor(options) {
      init(this);
      if (options && options.captureRejections) this[captureRejectionSymbol] = true;
    }
    static get defaultMaxListeners() { return defaultMaxListeners; }
    static set defaultMaxListeners(n) {
      if (typeof n !== 'number' || n < 0 || Number.isNaN(n)) {
        throw errorWithCode(`The value of "defaultMaxListeners" is out of range. It must be a non-negative number. Received ${internals.host.describe(n)}`, 'ERR_OUT_OF_RANGE', RangeError);
      }
      defaultMaxListeners = n;
    }
    setMaxListeners(n) {
      if (typeof n !== 'number' || n < 0 || Number.isNaN(n)) {
        throw errorWithCode(`The value of "n" is out of range. It must be a non-negative number. Received ${internals.host.describe(n)}`, 'ERR_OUT_OF_RANGE', RangeError);
      }
      this._maxListeners = n;
      return this;
    }
    getMaxListeners() { return this._maxListeners === undefined ? defaultMaxListeners : this._maxListeners; }
    emit(name, ...args) {
      const events = this._events;
      if (name === 'error' && events !== undefined && events[errorMonitor] !== undefined) this.emit(errorMonitor, ...args);
      const entry = events === undefined ? undefined : events[name];
      if (entry === undefined) {
        if (name !== 'error') return false;
        const error = args[0];
        if (error instanceof Error) throw error;
        const unhandled = errorWithCode(`Unhandled error. (${internals.inspect(error)})`, 'ERR_UNHANDLED_ERROR');
        unhandled.context = error;
        throw unhandled;
      }
      const listeners = typeof entry === 'function' ? [entry] : entry.slice();
      for (const listener of listeners) {
        const result = listener.apply(this, args);
        if (this[captureRejectionSymbol] && result && typeof result.then === 'function') {
          result.then(undefined, (error) => process.nextTick(() => this.emit('error', error)));
        }
      }
      return true;
    }
    on(name, listener) { return addListener(this, name, listener, false); }
    addListener(name, listener) { return addListener(this, name, listener, false); }
    prependListener(name, listener) { return addListener(this, name, listener, true); }
    once(name, listener) { checkListener(listener); return this.on(name, onceWrapper(this, name, listener)); }
    prependOnceListener(name, listener) { checkListener(listener); return this.prependListener(name, onceWrapper(this, name, listener)); }
    removeListener(name, listener) {
      checkListener(listener);
      const events = this._events;
      if (events === undefined || events[name] === undefined) return this;
      const entry = events[name];
      if (entry === listener || entry.listener === listener) {
        delete events[name];
        this._eventsCount--;
        if (events.removeListener !== undefined) this.emit('removeListener', name, entry.listener || listener);
        return this;
      }
      if (typeof entry === 'function') return this;
      let index = -1;
      for (let i = entry.length - 1; i >= 0; i--) {
        if (entry[i] === listener || entry[i].listener === listener) { index = i; break; }
      }
      if (index === -1) return this;
      const [removed] = entry.splice(index, 1);
      if (entry.length === 1) events[name] = entry[0];
      if (events.removeListener !== undefined) this.emit('removeListener', name, removed.listener || removed);
      return this;
    }
    off(name, listener) { return this.removeListener(name, listener); }
    removeAllListeners(name) {
      const events = this._events;
      if (events === undefined) return this;
      if (events.removeListener === undefined) {
        if (arguments.length === 0) { this._events = Object.create(null); this._eventsCount = 0; }
        else if (events[name] !== undefined) { delete events[name]; this._eventsCount--; }
        return this;
      }
      const names = arguments.length === 0 ? Reflect.ownKeys(events).filter((key) => key !== 'removeListener').concat(['removeListener']) : [name];
      for (const key of names) {
        for (const listener of listRaw(this, key).reverse()) this.removeListener(key, listener.listener || listener);
      }
      return this;
    }
    listeners(name) { return listRaw(this, name).map((listener) => listener.listener || listener); }
    rawListeners(name) { return listRaw(this, name); }
    listenerCount(name, listener) {
      const list = listRaw(this, name);
      return listener === undefined ? list.length : list.filter((l) => l === listener || l.listener === listener).length;
    }
    eventNames() { return this._events === undefined ? [] : Reflect.ownKeys(this._events); }
  }
  EventEmitter.prototype._events = undefined;
  EventEmitter.prototype._eventsCount = 0;
  EventEmitter.prototype._maxListeners = undefined;

  const abortError = (signal) => {
    const error = errorWithCode('The operation was aborted', 'ABORT_ERR');
    error.name = 'AbortError';
    error.cause = signal && signal.reason;
    return error;
  };

  function once(emitter, name, options = {}) {
    const signal = options.signal;
    return new Promise((resolve, reject) => {
      if (signal && signal.aborted) return reject(abortError(signal));
      if (typeof emitter.addEventListener === 'function' && typeof emitter.on !== 'function') {
        emitter.addEventListener(name, (event) => resolve([event]), { once: true, signal });
        return undefined;
      }
      const onError = (error) => { emitter.removeListener(name, onEvent); reject(error); };
      const onEvent = (...args) => { if (name !== 'error') emitter.removeListener('error', onError); resolve(args); };
      emitter.once(name, onEvent);
      if (name !== 'error') emitter.once('error', onError);
      if (signal) {
        signal.addEventListener('abort', () => {
          emitter.removeListener(name, onEvent);
          emitter.removeListener('error', onError);
          reject(abortError(signal));
        }, { once: true });
      }
      return undefined;
    });
  }

  function on(emitter, name, options = {}) {
    const signal = options.signal;
    const queued = [];
    const waiting = [];
    let failure = null;
    let finished = false;
    const onEvent = (...args) => { const next = waiting.shift(); if (next) next.resolve({ value: args, done: false }); else queued.push(args); };
    const onError = (error) => { finished = true; const next = waiting.shift(); if (next) next.reject(error); else failure = error; iterator.return(); };
    emitter.on(name, onEvent);
    if (name !== 'error') emitter.on('error', onError);
    const iterator = {
      next() {
        if (queued.length) return Promise.resolve({ value: queued.shift(), done: false });
        if (failure) { const error = failure; failure = null; return Promise.reject(error); }
        if (finished) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
      },
      return() {
        emitter.removeListener(name, onEvent);
        emitter.removeListener('error', onError);
        finished = true;
        for (const next of waiting.splice(0)) next.resolve({ value: undefined, done: true });
        return Promise.resolve({ value: undefined, done: true });
      },
      throw(error) { failure = error; return iterator.return(); },
      [Symbol.asyncIterator]() { return this; },
    };
    if (signal) signal.addEventListener('abort', () => onError(abortError(signal)), { once: true });
    return iterator;
  }

  EventEmitter.EventEmitter = EventEmitter;
  EventEmitter.once = once;
  EventEmitter.on = on;
  EventEmitter.errorMonitor = errorMonitor;
  EventEmitter.captureRejectionSymbol = captureRejectionSymbol;
  EventEmitter.captureRejections = false;
  EventEmitter.usingDomains = false;
  EventEmitter.listenerCount = (emitter, name) => emitter.listenerCount(name);
  EventEmitter.getEventListeners = (emitter, name) => typeof emitter.listeners === 'function' ? emitter.listeners(name) : [];
  EventEmitter.setMaxListeners = (n = defaultMaxListeners, ...targets) => {
    if (targets.length === 0) EventEmitter.defaultMaxListeners = n;
    for (const target of targets) if (typeof target.setMaxListeners === 'function') target.setMaxListeners(n);
  };
  EventEmitter.EventTarget = EventTarget;
  EventEmitter.Event = Event;
  return EventEmitter;
})
