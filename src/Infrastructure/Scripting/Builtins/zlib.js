// node:zlib over the native bridge (NativeZlib.cs): sync, callback and stream forms of every codec, crc32 and the constants.
(function (internals) {
  'use strict';
  const { host, errorWithCode, invalidArgType, Buffer, toBuffer } = internals;
  const native = host.nativeModule('zlib');
  const constants = {
    Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5,
    Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3, Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
    Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1,
    Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0, ZLIB_VERNUM: 4865,
    DEFLATE: 1, INFLATE: 2, GZIP: 3, GUNZIP: 4, DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7, BROTLI_DECODE: 8, BROTLI_ENCODE: 9,
    Z_MIN_WINDOWBITS: 8, Z_MAX_WINDOWBITS: 15, Z_DEFAULT_WINDOWBITS: 15, Z_MIN_CHUNK: 64, Z_MAX_CHUNK: Infinity, Z_DEFAULT_CHUNK: 16384,
    Z_MIN_MEMLEVEL: 1, Z_MAX_MEMLEVEL: 9, Z_DEFAULT_MEMLEVEL: 8, Z_MIN_LEVEL: -1, Z_MAX_LEVEL: 9, Z_DEFAULT_LEVEL: -1,
    BROTLI_OPERATION_PROCESS: 0, BROTLI_OPERATION_FLUSH: 1, BROTLI_OPERATION_FINISH: 2, BROTLI_OPERATION_EMIT_METADATA: 3,
    BROTLI_PARAM_MODE: 0, BROTLI_MODE_GENERIC: 0, BROTLI_MODE_TEXT: 1, BROTLI_MODE_FONT: 2, BROTLI_DEFAULT_MODE: 0,
    BROTLI_PARAM_QUALITY: 1, BROTLI_MIN_QUALITY: 0, BROTLI_MAX_QUALITY: 11, BROTLI_DEFAULT_QUALITY: 11,
    BROTLI_PARAM_LGWIN: 2, BROTLI_MIN_WINDOW_BITS: 10, BROTLI_MAX_WINDOW_BITS: 24, BROTLI_DEFAULT_WINDOW: 22,
    BROTLI_PARAM_LGBLOCK: 3, BROTLI_PARAM_SIZE_HINT: 5, BROTLI_DECODE: 8, BROTLI_ENCODE: 9,
  };

  function input(data) {
    if (typeof data === 'string') return Buffer.from(data);
    if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    if (data instanceof ArrayBuffer) return new Uint8Array(data);
    throw invalidArgType('buffer', 'string or an instance of Buffer, TypedArray, DataView, or ArrayBuffer', data);
  }
  function level(format, options) {
    if (format === 'brotli') {
      const params = options && options.params;
      return params && params[constants.BROTLI_PARAM_QUALITY] !== undefined ? params[constants.BROTLI_PARAM_QUALITY] : constants.BROTLI_DEFAULT_QUALITY;
    }
    const chosen = options && options.level !== undefined ? options.level : -1;
    if (!Number.isInteger(chosen) || chosen < -1 || chosen > 9) {
      throw errorWithCode(`The value of "options.level" is out of range. It must be >= -1 and <= 9. Received ${chosen}`, 'ERR_OUT_OF_RANGE', RangeError);
    }
    return chosen;
  }
  const maxOutput = (options) => (options && options.maxOutputLength !== undefined ? options.maxOutputLength : 2 ** 32 - 1);
  function decompress(format, data, options) {
    const limit = maxOutput(options);
    const bytes = native.decompress(format, input(data), limit);
    if (bytes === null) throw errorWithCode(`Cannot create a Buffer larger than ${limit} bytes`, 'ERR_BUFFER_TOO_LARGE', RangeError);
    return bytes;
  }
  const output = (bytes, options) => (options && options.info ? { buffer: toBuffer(bytes), engine: {} } : toBuffer(bytes));

  // The stream forms are Transforms that gather their input and code it at the end in one native call: the
  // concatenated output is Node's, but nothing comes out before end() (flush() does not force partial output).
  function codecStream(className, sync, validate) {
    const { Transform } = internals.require('stream');
    const Codec = class extends Transform {
      constructor(options) {
        validate(options);
        super({ highWaterMark: options && options.highWaterMark });
        this._options = options;
        this._input = [];
        this.bytesWritten = 0;
      }
      _transform(chunk, encoding, callback) {
        this._input.push(chunk);
        this.bytesWritten += chunk.length;
        callback();
      }
      _flush(callback) {
        let output;
        try { output = sync(Buffer.concat(this._input), this._options); } catch (error) { return callback(error); }
        this._input = [];
        const size = (this._options && this._options.chunkSize) || constants.Z_DEFAULT_CHUNK;
        for (let offset = 0; offset < output.length; offset += size) this.push(output.subarray(offset, offset + size));
        callback();
      }
      flush(kind, callback) {
        const done = typeof kind === 'function' ? kind : callback;
        if (typeof done === 'function') setImmediate(done);
      }
      close(callback) {
        if (typeof callback === 'function') this.once('close', callback);
        this.destroy();
      }
    };
    Object.defineProperty(Codec, 'name', { value: className });
    return Codec;
  }

  const zlib = { constants, codes: { Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3, Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6 } };
  const codecs = [
    ['deflate', 'deflate', true], ['inflate', 'deflate', false], ['deflateRaw', 'raw', true], ['inflateRaw', 'raw', false],
    ['gzip', 'gzip', true], ['gunzip', 'gzip', false], ['unzip', 'unzip', false],
    ['brotliCompress', 'brotli', true], ['brotliDecompress', 'brotli', false],
  ];
  for (const [name, format, compress] of codecs) {
    const sync = (data, options) => output(compress
      ? native.compress(format, input(data), level(format, options))
      : decompress(format, data, options), options);
    zlib[name + 'Sync'] = sync;
    zlib[name] = (data, options, callback) => {
      const done = typeof options === 'function' ? options : callback;
      if (typeof done !== 'function') throw invalidArgType('callback', 'function', done);
      let result;
      let failure = null;
      try { result = sync(data, typeof options === 'function' ? undefined : options); } catch (e) { failure = e; }
      setImmediate(() => done(failure, result));
    };
    const className = name[0].toUpperCase() + name.slice(1);
    let StreamClass;
    const streamClass = () => StreamClass || (StreamClass = codecStream(className, sync, compress ? (options) => level(format, options) : () => {}));
    Object.defineProperty(zlib, className, { get: streamClass, enumerable: true, configurable: true });
    zlib['create' + className] = (options) => new (streamClass())(options);
  }
  for (const key of Object.keys(constants)) if (key.startsWith('Z_')) zlib[key] = constants[key];
  zlib.crc32 = (data, value = 0) => {
    if (typeof value !== 'number') throw invalidArgType('value', 'number', value);
    return native.crc32(input(data), value);
  };
  return zlib;
})
