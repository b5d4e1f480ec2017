// node:punycode: the coding is native (NativePunycode.cs); ucs2 converts between strings and code points, keeping a
// lone surrogate as one code point as Node does.
(function (internals) {
  'use strict';
  const native = internals.host.nativeModule('punycode');
  // Jint offers native code no RangeError; the native half fails with an Error carrying Node's message.
  const ranged = (code) => (input) => {
    try { return code(input); } catch (error) { throw new RangeError(error.message); }
  };
  const ucs2 = {
    decode(text) {
      const points = [];
      for (let i = 0; i < text.length;) {
        const point = text.codePointAt(i);
        points.push(point);
        i += point > 0xffff ? 2 : 1;
      }
      return points;
    },
    encode: (points) => String.fromCodePoint(...points),
  };
  return { version: '2.1.0', ucs2, encode: ranged(native.encode), decode: ranged(native.decode), toASCII: ranged(native.toASCII), toUnicode: ranged(native.toUnicode) };
})
