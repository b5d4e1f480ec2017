// The `kv` global: the project's key-value store over the native bridge (NativeKv.cs), bound by the host to the
// invocation's project. Values cross as JSON text, so they come back as JSON.stringify kept them (types preserved,
// Dates as strings). Every method returns a promise; a host error rejects with "KV <method> error: <message>", as in
// the original.
(function (internals) {
  'use strict';
  const call = (method, ...args) => new Promise((resolve, reject) => {
    internals.bridge().kv[method](...args, resolve, (message) => reject(new Error(`KV ${method} error: ${message}`)));
  });
  const jsonOf = (value) => {
    const json = JSON.stringify(value);
    if (json === undefined) throw new TypeError('KV set error: the value must be serialisable as JSON, got ' + typeof value);
    return json;
  };
  const ttlOf = (ttl) => {
    if (ttl === undefined || ttl === null) return undefined;
    if (typeof ttl !== 'number' || !Number.isFinite(ttl) || ttl < 0) throw new TypeError('KV set error: ttl must be a non-negative number of milliseconds');
    return Math.floor(ttl);
  };
  const optionalString = (value, name) => {
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') throw new TypeError(`KV list error: ${name} must be a string`);
    return value;
  };

  return Object.freeze({
    get: async (key) => {
      const json = await call('get', String(key));
      return json === undefined ? undefined : JSON.parse(json);
    },
    set: async (key, value, ttl) => call('set', String(key), jsonOf(value), ttlOf(ttl)),
    delete: async (key) => call('delete', String(key)),
    has: async (key) => call('has', String(key)),
    clear: async () => call('clear'),
    list: async ({ prefix, limit = 100, cursor } = {}) =>
      call('list', optionalString(prefix, 'prefix'), Number(limit), optionalString(cursor, 'cursor')),
    increment: async (key, by = 1) => {
      if (typeof by !== 'number' || !Number.isFinite(by)) throw new TypeError('KV increment error: by must be a finite number');
      return call('increment', String(key), by);
    },
  });
});
