// node:string_decoder. Bytes of a character split across writes wait for the next write; decoding itself is native.
(function (internals) {
  'use strict';
  const { Buffer, encodingOf } = internals;

  // How many bytes at the end of `bytes` start a UTF-8 character that is not complete yet.
  function incompleteUtf8(bytes) {
    for (let back = 1; back <= Math.min(3, bytes.length); back++) {
      const byte = bytes[bytes.length - back];
      if ((byte & 0xc0) === 0x80) continue;
      const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
      return needed > back ? back : 0;
    }
    return 0;
  }

  class StringDecoder {
    constructor(encoding) {
      this.encoding = encodingOf(encoding);
      this._pending = Buffer.alloc(0);
    }
    write(chunk) {
      if (typeof chunk === 'string') return chunk;
      const bytes = this._pending.length ? Buffer.concat([this._pending, chunk]) : Buffer.from(chunk);
      let keep = 0;
      if (this.encoding === 'utf8') keep = incompleteUtf8(bytes);
      else if (this.encoding === 'utf16le') {
        // As in Node, a high surrogate waits for its pair only when the write ends on a whole code unit.
        keep = bytes.length % 2 || (bytes.length >= 2 && bytes[bytes.length - 1] >= 0xd8 && bytes[bytes.length - 1] <= 0xdb ? 2 : 0);
      } else if (this.encoding === 'base64' || this.encoding === 'base64url') keep = bytes.length % 3;
      this._pending = bytes.subarray(bytes.length - keep);
      return bytes.subarray(0, bytes.length - keep).toString(this.encoding);
    }
    end(chunk) {
      const text = chunk === undefined ? '' : this.write(chunk);
      const rest = this._pending.length ? this._pending.toString(this.encoding) : '';
      this._pending = Buffer.alloc(0);
      return text + rest;
    }
  }
  return { StringDecoder };
})
