// node:querystring. Escaping is the engine's native encodeURIComponent; malformed escapes decode leniently, byte by
// byte, as Node's unescape does.
(function (internals) {
  'use strict';
  const { Buffer } = internals;

  function unescapeBuffer(text, decodeSpaces) {
    const bytes = [];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 37 && /^[0-9a-fA-F]{2}$/.test(text.slice(i + 1, i + 3))) {
        bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
        i += 2;
      } else if (c === 43 && decodeSpaces) {
        bytes.push(32);
      } else if (c < 128) {
        bytes.push(c);
      } else {
        const encoded = Buffer.from(text[i] + (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length ? text[++i] : ''));
        for (const b of encoded) bytes.push(b);
      }
    }
    return Buffer.from(bytes);
  }
  function unescape(text, decodeSpaces) {
    try { return decodeURIComponent(text); } catch (e) { return unescapeBuffer(text, decodeSpaces).toString(); }
  }
  const escape = (text) => encodeURIComponent(typeof text === 'string' ? text : String(text));

  function primitive(value) {
    switch (typeof value) {
      case 'string': return value;
      case 'number': return isFinite(value) ? String(value) : '';
      case 'bigint': return String(value);
      case 'boolean': return value ? 'true' : 'false';
      default: return '';
    }
  }

  function stringify(object, sep = '&', eq = '=', options) {
    const encode = options && typeof options.encodeURIComponent === 'function' ? options.encodeURIComponent : exports.escape;
    if (object === null || typeof object !== 'object') return '';
    const parts = [];
    for (const key of Object.keys(object)) {
      const value = object[key];
      const name = encode(primitive(key)) + eq;
      if (Array.isArray(value)) for (const item of value) parts.push(name + encode(primitive(item)));
      else parts.push(name + encode(primitive(value)));
    }
    return parts.join(sep);
  }

  function parse(text, sep = '&', eq = '=', options) {
    const result = Object.create(null);
    if (typeof text !== 'string' || text.length === 0) return result;
    const maxKeys = options && typeof options.maxKeys === 'number' ? options.maxKeys : 1000;
    const decode = options && typeof options.decodeURIComponent === 'function' ? options.decodeURIComponent : exports.unescape;
    let pieces = text.split(sep || '&');
    if (maxKeys > 0) pieces = pieces.slice(0, maxKeys);
    for (const piece of pieces) {
      if (piece.length === 0) continue;
      const at = piece.indexOf(eq || '=');
      const rawKey = at === -1 ? piece : piece.slice(0, at);
      const rawValue = at === -1 ? '' : piece.slice(at + (eq || '=').length);
      const key = decode(rawKey.replace(/\+/g, ' '), true);
      const value = decode(rawValue.replace(/\+/g, ' '), true);
      if (!(key in result)) result[key] = value;
      else if (Array.isArray(result[key])) result[key].push(value);
      else result[key] = [result[key], value];
    }
    return result;
  }

  const exports = { stringify, parse, escape, unescape, unescapeBuffer, encode: stringify, decode: parse };
  return exports;
})
