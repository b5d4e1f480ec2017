// node:dns and node:dns/promises: names resolve through the host's resolver only (getaddrinfo, as dns.lookup does in
// Node), after the project's domain rules allow the name. A function cannot choose other servers: setServers throws,
// so no invocation can repoint resolution for itself or anyone else. Record types other than addresses do not resolve.
(function (internals) {
  'use strict';
  const { errorWithCode, invalidArgType } = internals;

  function dnsError(failure, syscall, hostname) {
    const error = new Error(failure.message);
    error.code = failure.code === 'POLICY_DENIED' ? 'POLICY_DENIED' : 'ENOTFOUND';
    error.errno = error.code === 'ENOTFOUND' ? -3008 : undefined;
    error.syscall = syscall;
    error.hostname = hostname;
    if (failure.reason) error.reason = failure.reason;
    if (error.code === 'ENOTFOUND') error.message = `${syscall} ENOTFOUND ${hostname}`;
    return error;
  }
  function addresses(hostname, syscall) {
    if (typeof hostname !== 'string') return Promise.reject(invalidArgType('hostname', 'string', hostname));
    return new Promise((resolve, reject) => {
      internals.network().lookup(hostname, (failure, list) => {
        if (failure) reject(dnsError(failure, syscall, hostname));
        else resolve(list.map(([address, family]) => ({ address, family })));
      });
    });
  }
  function lookupOptions(options) {
    if (typeof options === 'number') return { family: options, all: false };
    if (options === undefined || options === null) return { family: 0, all: false };
    const family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : Number(options.family || 0);
    return { family, all: !!options.all, order: options.order || (options.verbatim === false ? 'ipv4first' : 'verbatim') };
  }
  async function lookupPromise(hostname, options) {
    const { family, all, order } = lookupOptions(options);
    let list = (await addresses(hostname, 'getaddrinfo')).filter((entry) => !family || entry.family === family);
    if (order === 'ipv4first') list = list.slice().sort((a, b) => a.family - b.family);
    if (list.length === 0) throw dnsError({ message: '' }, 'getaddrinfo', hostname);
    return all ? list : list[0];
  }
  function lookup(hostname, options, callback) {
    if (typeof options === 'function') { callback = options; options = undefined; }
    if (typeof callback !== 'function') throw invalidArgType('callback', 'function', callback);
    lookupPromise(hostname, options).then(
      (result) => (Array.isArray(result) ? callback(null, result) : callback(null, result.address, result.family)),
      (error) => callback(error));
    return {};
  }
  async function resolveFamily(hostname, family, syscall) {
    const list = (await addresses(hostname, syscall)).filter((entry) => entry.family === family).map((entry) => entry.address);
    if (list.length === 0) { const error = dnsError({ message: '' }, syscall, hostname); error.code = 'ENODATA'; error.message = `${syscall} ENODATA ${hostname}`; throw error; }
    return list;
  }
  const resolve4 = (hostname) => resolveFamily(hostname, 4, 'queryA');
  const resolve6 = (hostname) => resolveFamily(hostname, 6, 'queryAaaa');
  function resolvePromise(hostname, rrtype = 'A') {
    if (rrtype === 'A') return resolve4(hostname);
    if (rrtype === 'AAAA') return resolve6(hostname);
    return Promise.reject(errorWithCode(`Resolving ${rrtype} records is not supported in Invoke functions`, 'ERR_NOT_SUPPORTED'));
  }
  const setServers = () => {
    throw errorWithCode('dns.setServers is not supported in Invoke functions: names resolve through the platform resolver', 'ERR_NOT_SUPPORTED');
  };
  const withCallback = (promiseFunction) => (...args) => {
    const callback = args.pop();
    if (typeof callback !== 'function') throw invalidArgType('callback', 'function', callback);
    promiseFunction(...args).then((result) => callback(null, result), (error) => callback(error));
  };

  class PromisesResolver {
    getServers() { return []; }
    setServers() { setServers(); }
    resolve(hostname, rrtype) { return resolvePromise(hostname, rrtype); }
    resolve4(hostname) { return resolve4(hostname); }
    resolve6(hostname) { return resolve6(hostname); }
    cancel() {}
  }
  class Resolver {
    getServers() { return []; }
    setServers() { setServers(); }
    resolve(hostname, rrtype, callback) { return withCallback(resolvePromise)(hostname, ...(typeof rrtype === 'function' ? [rrtype] : [rrtype, callback])); }
    resolve4(hostname, callback) { return withCallback(resolve4)(hostname, callback); }
    resolve6(hostname, callback) { return withCallback(resolve6)(hostname, callback); }
    cancel() {}
  }

  const promises = {
    lookup: lookupPromise, resolve: resolvePromise, resolve4, resolve6, Resolver: PromisesResolver,
    getServers: () => [], setServers,
  };
  return {
    lookup, resolve: (hostname, rrtype, callback) => (typeof rrtype === 'function' ? withCallback(resolvePromise)(hostname, rrtype) : withCallback(resolvePromise)(hostname, rrtype, callback)),
    resolve4: withCallback(resolve4), resolve6: withCallback(resolve6), Resolver, promises,
    getServers: () => [], setServers, setDefaultResultOrder: () => {}, getDefaultResultOrder: () => 'verbatim',
    ADDRCONFIG: 1024, V4MAPPED: 2048, ALL: 256,
    NODATA: 'ENODATA', NOTFOUND: 'ENOTFOUND', NOTIMP: 'ENOTIMP', REFUSED: 'EREFUSED', SERVFAIL: 'ESERVFAIL', CANCELLED: 'ECANCELLED',
  };
})
