// node:crypto over the native bridge (NativeCrypto.cs): this file holds Node's classes, argument checks and encodings;
// every byte of cryptography is computed by .NET.
(function (internals) {
  'use strict';
  const { host, errorWithCode, invalidArgType, Buffer, toBuffer } = internals;
  const native = host.nativeModule('crypto');

  function bytesOf(data, encoding, name = 'data') {
    if (typeof data === 'string') return Buffer.from(data, encoding);
    if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    if (data instanceof ArrayBuffer) return new Uint8Array(data);
    throw invalidArgType(name, 'string or an instance of Buffer, TypedArray, or DataView', data);
  }
  const encoded = (bytes, encoding) => (encoding === undefined || encoding === 'buffer' ? toBuffer(bytes) : toBuffer(bytes).toString(encoding));
  const callbackOf = (callback) => { if (typeof callback !== 'function') throw invalidArgType('callback', 'function', callback); return callback; };
  // Node answers callbacks of its thread pool later, never in the same tick.
  const later = (callback, work) => { let result; let failure = null; try { result = work(); } catch (e) { failure = e; } setImmediate(() => callback(failure, result)); };

  // ---- hashes and MACs --------------------------------------------------------------------------------------------
  // The running state lives in .NET (NativeHashes.cs): update hands each chunk over once, as Node copies it at once.
  class Hash {
    constructor(algorithm, options, state) {
      if (typeof algorithm !== 'string') throw invalidArgType('algorithm', 'string', algorithm);
      this._algorithm = algorithm;
      this._state = state === undefined ? native.hashBegin(algorithm) : state;
      this._done = false;
    }
    update(data, encoding) {
      if (this._done) throw errorWithCode('Digest already called', 'ERR_CRYPTO_HASH_FINALIZED');
      native.hashUpdate(this._state, bytesOf(data, encoding));
      return this;
    }
    digest(encoding) {
      if (this._done) throw errorWithCode('Digest already called', 'ERR_CRYPTO_HASH_FINALIZED');
      this._done = true;
      return encoded(native.hashEnd(this._state), encoding);
    }
    copy() {
      if (this._done) throw errorWithCode('Digest already called', 'ERR_CRYPTO_HASH_FINALIZED');
      return new Hash(this._algorithm, undefined, native.hashCopy(this._state));
    }
  }
  class Hmac extends Hash {
    constructor(algorithm, key) {
      if (typeof algorithm !== 'string') throw invalidArgType('hmac', 'string', algorithm);
      const secret = key instanceof KeyObject ? key._bytes : bytesOf(key, undefined, 'key');
      super(algorithm, undefined, native.hmacBegin(algorithm, secret));
    }
    copy() { throw new TypeError('hmac.copy is not a function'); }
  }

  // ---- ciphers ----------------------------------------------------------------------------------------------------
  const ciphers = new Map();
  for (const bits of [128, 192, 256]) {
    for (const mode of ['cbc', 'ecb', 'ctr', 'gcm']) ciphers.set(`aes-${bits}-${mode}`, { mode, keyLength: bits / 8, ivLength: mode === 'ecb' ? 0 : mode === 'gcm' ? 12 : 16 });
    ciphers.set(`id-aes${bits}-gcm`, ciphers.get(`aes-${bits}-gcm`));
  }
  ciphers.set('chacha20-poly1305', { mode: 'chacha20-poly1305', keyLength: 32, ivLength: 12 });

  class Cipheriv {
    constructor(algorithm, key, iv, options, encrypt) {
      const spec = ciphers.get(String(algorithm).toLowerCase());
      if (!spec) throw errorWithCode('Unknown cipher', 'ERR_CRYPTO_UNKNOWN_CIPHER');
      this._key = key instanceof KeyObject ? key._bytes : bytesOf(key, undefined, 'key');
      this._iv = iv === null || iv === undefined ? new Uint8Array(0) : bytesOf(iv, undefined, 'iv');
      if (this._key.length !== spec.keyLength) throw errorWithCode('Invalid key length', 'ERR_CRYPTO_INVALID_KEYLEN', RangeError);
      const aead = spec.mode === 'gcm' || spec.mode === 'chacha20-poly1305';
      if (aead ? this._iv.length === 0 || (spec.mode !== 'gcm' && this._iv.length !== 12) : this._iv.length !== spec.ivLength) {
        throw errorWithCode('Invalid initialization vector', 'ERR_CRYPTO_INVALID_IV', TypeError);
      }
      this._spec = spec;
      this._encrypt = encrypt;
      this._pending = Buffer.alloc(0);
      this._position = 0;
      this._padding = true;
      this._aad = new Uint8Array(0);
      this._tagLength = options && options.authTagLength !== undefined ? options.authTagLength : 16;
      this._tag = undefined;
      this._done = false;
    }
    setAutoPadding(padding = true) { this._padding = !!padding; return this; }
    setAAD(data) { this._aad = Buffer.from(bytesOf(data, undefined, 'buffer')); return this; }
    setAuthTag(tag) {
      if (this._encrypt) throw errorWithCode('Invalid state for operation setAuthTag', 'ERR_CRYPTO_INVALID_STATE');
      this._tag = Buffer.from(bytesOf(tag, undefined, 'buffer'));
      return this;
    }
    getAuthTag() {
      if (!this._encrypt || !this._done) throw errorWithCode('Invalid state for operation getAuthTag', 'ERR_CRYPTO_INVALID_STATE');
      return this._tag;
    }
    update(data, inputEncoding, outputEncoding) {
      if (this._done) throw errorWithCode('Invalid state for operation update', 'ERR_CRYPTO_INVALID_STATE');
      const input = bytesOf(data, inputEncoding);
      const mode = this._spec.mode;
      let output;
      if (mode === 'ctr') {
        output = native.ctr(this._key, this._iv, input, this._position);
        this._position += input.length;
      } else if (mode === 'cbc' || mode === 'ecb') {
        const all = Buffer.concat([this._pending, input]);
        // Decryption holds back the last whole block: it carries the padding that final() removes.
        let ready = all.length - (all.length % 16);
        if (!this._encrypt && this._padding && ready === all.length && ready > 0) ready -= 16;
        const blocks = all.subarray(0, ready);
        output = ready ? native.blockCipher(mode, this._key, this._iv, blocks, this._encrypt, false) : new Uint8Array(0);
        if (ready && mode === 'cbc') this._iv = Buffer.from((this._encrypt ? output : blocks).subarray(ready - 16, ready));
        this._pending = Buffer.from(all.subarray(ready));
      } else {
        // AES-GCM and ChaCha20-Poly1305 are one .NET call each: the output comes from final().
        this._pending = Buffer.concat([this._pending, input]);
        output = new Uint8Array(0);
      }
      return encoded(output, outputEncoding);
    }
    final(outputEncoding) {
      if (this._done) throw errorWithCode('Invalid state for operation final', 'ERR_CRYPTO_INVALID_STATE');
      this._done = true;
      const mode = this._spec.mode;
      let output = new Uint8Array(0);
      if (mode === 'cbc' || mode === 'ecb') {
        if (!this._padding || !this._encrypt) {
          if (this._pending.length % 16 !== 0 || (!this._encrypt && this._padding && this._pending.length === 0)) {
            throw errorWithCode('error:1C80006B:Provider routines::wrong final block length', 'ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH');
          }
        }
        if (this._pending.length || (this._encrypt && this._padding)) output = native.blockCipher(mode, this._key, this._iv, this._pending, this._encrypt, this._padding);
      } else if (mode !== 'ctr') {
        if (!this._encrypt && !this._tag) throw new Error('Unsupported state or unable to authenticate data');
        const [result, tag] = native.aead(mode === 'gcm' ? 'gcm' : 'chacha', this._key, this._iv, this._pending, this._encrypt, this._aad, this._encrypt ? this._tagLength : this._tag);
        output = result;
        if (this._encrypt) this._tag = toBuffer(tag);
      }
      return encoded(output, outputEncoding);
    }
  }
  class Decipheriv extends Cipheriv {
    constructor(algorithm, key, iv, options) { super(algorithm, key, iv, options, false); }
  }

  // ---- keys -------------------------------------------------------------------------------------------------------
  // A secret key holds its bytes; an asymmetric one its DER (PKCS #8 when private, SubjectPublicKeyInfo when public)
  // and Node's name for its type. NativeKeys.cs does every conversion and operation.
  class KeyObject {
    constructor(type, bytes, keyType) { this.type = type; this._bytes = bytes; this._keyType = keyType; }
    get symmetricKeySize() { return this.type === 'secret' ? this._bytes.length : undefined; }
    get asymmetricKeyType() { return this._keyType; }
    get asymmetricKeyDetails() {
      if (this.type === 'secret') return undefined;
      const details = JSON.parse(native.keyDetails(this.type, this._bytes));
      if (details.publicExponent !== undefined) details.publicExponent = BigInt(details.publicExponent);
      return details;
    }
    export(options) {
      if (this.type === 'secret') {
        if (options && options.format === 'jwk') return { kty: 'oct', k: toBuffer(this._bytes).toString('base64url') };
        return Buffer.from(this._bytes);
      }
      if (options === null || typeof options !== 'object') throw invalidArgType('options', 'object', options);
      const format = options.format === undefined ? 'pem' : options.format;
      if (format === 'jwk') return JSON.parse(native.keyExport(this.type, this._keyType, this._bytes, 'jwk'));
      if (format !== 'pem' && format !== 'der') throw errorWithCode(`The property 'options.format' must be one of: 'pem', 'der', 'jwk'. Received '${format}'`, 'ERR_INVALID_ARG_VALUE', TypeError);
      const type = options.type === undefined && this._keyType === 'ed25519' ? (this.type === 'private' ? 'pkcs8' : 'spki') : options.type;
      const passphrase = options.passphrase === undefined ? undefined : bytesOf(options.passphrase, undefined, 'options.passphrase');
      const exported = native.keyExport(this.type, this._keyType, this._bytes, format, type, options.cipher, passphrase);
      return format === 'pem' ? exported : toBuffer(exported);
    }
    equals(other) {
      return other instanceof KeyObject && other.type === this.type && other._bytes.length === this._bytes.length && native.timingSafeEqual(this._bytes, other._bytes);
    }
  }
  internals.isKeyObject = (value) => value instanceof KeyObject;

  // What createPrivateKey, createPublicKey, sign, verify and publicEncrypt accept as a key: a KeyObject, PEM text (a
  // string or a Buffer), or { key, format, type, passphrase } with DER bytes or a JWK object.
  const isKeyOptions = (input) => input !== null && typeof input === 'object' && !ArrayBuffer.isView(input) && !(input instanceof KeyObject);
  const keyOptions = (input) => (isKeyOptions(input) ? input : {});
  function asymmetricKey(input, kind) {
    const options = isKeyOptions(input) ? input : { key: input };
    const key = options.key;
    if (key instanceof KeyObject) {
      if (key.type === 'secret') throw errorWithCode(`Invalid key object type secret, expected ${kind}.`, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', TypeError);
      if (key.type === kind || kind === 'any') return key;
      if (kind === 'public') return fromNative(native.keyImport('public', 'der', key._bytes, 'pkcs8'));
      throw errorWithCode(`Invalid key object type ${key.type}, expected ${kind}.`, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', TypeError);
    }
    const format = options.format === undefined ? 'pem' : options.format;
    const wanted = kind === 'any' ? 'private' : kind;
    const passphrase = options.passphrase === undefined ? undefined : bytesOf(options.passphrase, undefined, 'key.passphrase');
    if (format === 'jwk') {
      if (key === null || typeof key !== 'object') throw invalidArgType('key.key', 'object', key);
      return fromNative(native.keyImport(kind === 'any' ? (key.d === undefined ? 'public' : 'private') : wanted, 'jwk', JSON.stringify(key)));
    }
    if (typeof key !== 'string' && !ArrayBuffer.isView(key)) {
      throw invalidArgType('key', 'string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, KeyObject, or CryptoKey', key);
    }
    if (format === 'pem') {
      const pem = typeof key === 'string' ? key : toBuffer(key).toString('utf8');
      const isPublicPem = /-----BEGIN (RSA )?PUBLIC KEY-----/.test(pem);
      return fromNative(native.keyImport(kind === 'any' && isPublicPem ? 'public' : wanted, 'pem', pem, undefined, passphrase));
    }
    const type = options.type;
    return fromNative(native.keyImport(kind === 'any' && (type === 'spki' || (type === 'pkcs1' && kind !== 'private')) ? 'public' : wanted, 'der', bytesOf(key, options.encoding, 'key.key'), type, passphrase));
  }
  const fromNative = ([type, keyType, der]) => new KeyObject(type, toBuffer(der), keyType);
  const createPrivateKey = (key) => asymmetricKey(key, 'private');
  const createPublicKey = (key) => asymmetricKey(key, 'public');

  function generateKeyPairSync(type, options = {}) {
    if (typeof type !== 'string') throw invalidArgType('type', 'string', type);
    if (type === 'rsa') checkNumber(options.modulusLength, 'options.modulusLength', 512, 4096);
    if (type === 'ec' && typeof options.namedCurve !== 'string') throw invalidArgType('options.namedCurve', 'string', options.namedCurve);
    if (!['rsa', 'ec', 'ed25519'].includes(type)) {
      throw errorWithCode(`The argument 'type' must be a supported key type. Received '${type}'`, 'ERR_INVALID_ARG_VALUE', TypeError);
    }
    const [privateDer, publicDer] = native.keyGenerate(type, options.modulusLength, options.publicExponent, options.namedCurve);
    const privateKey = new KeyObject('private', toBuffer(privateDer), type);
    const publicKey = new KeyObject('public', toBuffer(publicDer), type);
    return {
      publicKey: options.publicKeyEncoding ? publicKey.export(options.publicKeyEncoding) : publicKey,
      privateKey: options.privateKeyEncoding ? privateKey.export(options.privateKeyEncoding) : privateKey,
    };
  }

  // ---- signatures ---------------------------------------------------------------------------------------------------
  const digestFor = (algorithm, key) => (algorithm === null || algorithm === undefined ? (key._keyType === 'ed25519' ? null : 'sha256') : String(algorithm));
  function signWith(algorithm, data, keyInput) {
    const key = asymmetricKey(keyInput, 'private');
    const options = keyOptions(keyInput);
    return toBuffer(native.sign(digestFor(algorithm, key), data, key._keyType, key._bytes, options.padding, options.saltLength, options.dsaEncoding));
  }
  function verifyWith(algorithm, data, keyInput, signature) {
    const key = asymmetricKey(keyInput, 'public');
    const options = keyOptions(keyInput);
    return native.verify(digestFor(algorithm, key), data, key._keyType, key._bytes, signature, options.padding, options.saltLength, options.dsaEncoding);
  }
  class Sign {
    constructor(algorithm) {
      if (typeof algorithm !== 'string') throw invalidArgType('algorithm', 'string', algorithm);
      this._algorithm = algorithm;
      this._chunks = [];
    }
    update(data, encoding) { this._chunks.push(Buffer.from(bytesOf(data, encoding))); return this; }
    write(data, encoding) { this.update(data, encoding); return true; }
    end(data, encoding) { if (data !== undefined) this.update(data, encoding); return this; }
    sign(key, outputEncoding) { return encoded(signWith(this._algorithm, Buffer.concat(this._chunks), key), outputEncoding); }
  }
  class Verify extends Sign {
    verify(key, signature, signatureEncoding) {
      return verifyWith(this._algorithm, Buffer.concat(this._chunks), key, bytesOf(signature, signatureEncoding, 'signature'));
    }
  }
  function oneShot(work, callback) {
    if (callback === undefined) return work();
    later(callbackOf(callback), work);
    return undefined;
  }

  // ---- RSA encryption -----------------------------------------------------------------------------------------------
  function rsaCrypt(operation, keyInput, buffer) {
    const key = asymmetricKey(keyInput, operation === 'publicEncrypt' ? 'public' : 'private');
    if (key._keyType !== 'rsa') throw errorWithCode('error:1C80006B:Provider routines::operation not supported for this keytype', 'ERR_OSSL_EVP_OPERATION_NOT_SUPPORTED_FOR_THIS_KEYTYPE');
    const options = keyOptions(keyInput);
    // As Node 20 does since CVE-2023-46809 (the Marvin timing attack on PKCS #1 v1.5 decryption).
    if (operation === 'privateDecrypt' && options.padding === 1) {
      throw errorWithCode('RSA_PKCS1_PADDING is no longer supported for private decryption', 'ERR_INVALID_ARG_VALUE', TypeError);
    }
    return toBuffer(native.rsaCrypt(operation, key._bytes, bytesOf(buffer, options.encoding, 'buffer'), options.padding, options.oaepHash));
  }

  // ---- KDFs and random values -------------------------------------------------------------------------------------
  function checkNumber(value, name, min, max) {
    if (typeof value !== 'number') throw invalidArgType(name, 'number', value);
    if (!Number.isInteger(value) || value < min || value > max) {
      throw errorWithCode(`The value of "${name}" is out of range. It must be an integer >= ${min} and <= ${max}. Received ${value}`, 'ERR_OUT_OF_RANGE', RangeError);
    }
  }
  function pbkdf2Sync(password, salt, iterations, keylen, digest) {
    checkNumber(iterations, 'iterations', 1, 2147483647);
    checkNumber(keylen, 'keylen', 0, 2147483647);
    if (typeof digest !== 'string') throw invalidArgType('digest', 'string', digest);
    return toBuffer(native.pbkdf2(bytesOf(password, undefined, 'password'), bytesOf(salt, undefined, 'salt'), iterations, keylen, digest));
  }
  function hkdfSync(digest, ikm, salt, info, keylen) {
    if (typeof digest !== 'string') throw invalidArgType('digest', 'string', digest);
    checkNumber(keylen, 'keylen', 0, 2147483647);
    const key = ikm instanceof KeyObject ? ikm._bytes : bytesOf(ikm, undefined, 'ikm');
    const bytes = native.hkdf(digest, key, bytesOf(salt, undefined, 'salt'), bytesOf(info, undefined, 'info'), keylen);
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  }
  // Node's defaults (N 16384, r 8, p 1) and its 32 MiB memory cap; .NET has no scrypt, so BouncyCastle computes it.
  const scryptMaxMemory = 64 * 1024 * 1024;
  function scryptSync(password, salt, keylen, options = {}) {
    checkNumber(keylen, 'keylen', 0, 2147483647);
    const N = options.N ?? options.cost ?? 16384;
    const r = options.r ?? options.blockSize ?? 8;
    const p = options.p ?? options.parallelization ?? 1;
    const maxmem = Math.min(options.maxmem ?? 32 * 1024 * 1024, scryptMaxMemory);
    if (N < 2 || (N & (N - 1)) !== 0 || r < 1 || p < 1 || 128 * N * r > maxmem) {
      throw errorWithCode('Invalid scrypt params: error:030000AC:digital envelope routines::memory limit exceeded', 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS', RangeError);
    }
    return toBuffer(native.scrypt(bytesOf(password, undefined, 'password'), bytesOf(salt, undefined, 'salt'), N, r, p, keylen));
  }
  function randomBytes(size, callback) {
    checkNumber(size, 'size', 0, 2147483647);
    if (callback === undefined) return toBuffer(native.randomBytes(size));
    later(callbackOf(callback), () => toBuffer(native.randomBytes(size)));
    return undefined;
  }
  function randomFillSync(target, offset = 0, size) {
    if (!ArrayBuffer.isView(target) && !(target instanceof ArrayBuffer)) throw invalidArgType('buf', 'ArrayBuffer or ArrayBufferView', target);
    const view = target instanceof ArrayBuffer ? new Uint8Array(target) : new Uint8Array(target.buffer, target.byteOffset, target.byteLength);
    const count = size === undefined ? view.length - offset : size;
    view.set(native.randomBytes(count), offset);
    return target;
  }
  function getRandomValues(array) {
    if (!ArrayBuffer.isView(array) || array instanceof Float32Array || array instanceof Float64Array || array instanceof DataView) {
      throw errorWithCode('The data argument must be an integer-type TypedArray', 'ERR_INVALID_ARG_TYPE', TypeError);
    }
    if (array.byteLength > 65536) {
      const error = new RangeError(`The ArrayBufferView's byte length (${array.byteLength}) exceeds the number of bytes of entropy available via this API (65536)`);
      error.name = 'QuotaExceededError';
      throw error;
    }
    return randomFillSync(array);
  }
  function randomInt(min, max, callback) {
    if (typeof max !== 'number') { callback = max; max = min; min = 0; }
    if (!Number.isSafeInteger(min)) throw invalidArgType('min', 'a safe integer', min);
    if (!Number.isSafeInteger(max)) throw invalidArgType('max', 'a safe integer', max);
    if (max <= min) throw errorWithCode(`The value of "max" is out of range. It must be greater than the value of "min" (${min}). Received ${max}`, 'ERR_OUT_OF_RANGE', RangeError);
    if (max - min > 2 ** 48) throw errorWithCode(`The value of "max - min" is out of range. It must be <= 281474976710655. Received ${max - min}`, 'ERR_OUT_OF_RANGE', RangeError);
    if (callback === undefined) return native.randomInt(min, max);
    later(callbackOf(callback), () => native.randomInt(min, max));
    return undefined;
  }
  function timingSafeEqual(a, b) {
    const left = bytesOf(a, undefined, 'buf1');
    const right = bytesOf(b, undefined, 'buf2');
    if (left.byteLength !== right.byteLength) throw errorWithCode('Input buffers must have the same byte length', 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', RangeError);
    return native.timingSafeEqual(left, right);
  }
  const notSupported = (name) => () => { throw errorWithCode(`crypto.${name} is not supported in Invoke functions`, 'ERR_NOT_SUPPORTED'); };

  // ---- Web Crypto (digest, HMAC, AES-GCM) -------------------------------------------------------------------------
  class CryptoKey {
    constructor(type, algorithm, extractable, usages, bytes) {
      this.type = type; this.algorithm = algorithm; this.extractable = extractable; this.usages = usages; this._bytes = bytes;
    }
  }
  internals.isCryptoKey = (value) => value instanceof CryptoKey;
  const webDigest = (algorithm) => String(typeof algorithm === 'object' ? algorithm.name : algorithm).toUpperCase();
  const domError = (message, name) => { const error = new Error(message); error.name = name; return error; };
  const subtle = {
    async digest(algorithm, data) {
      const name = webDigest(algorithm);
      if (!['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512'].includes(name)) throw domError('Unrecognized algorithm name', 'NotSupportedError');
      const bytes = native.hash(name, bytesOf(data));
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    },
    async importKey(format, keyData, algorithm, extractable, usages) {
      const name = String(typeof algorithm === 'object' ? algorithm.name : algorithm).toUpperCase();
      if (format !== 'raw' && format !== 'jwk') throw domError(`Unable to import ${name} key with format ${format}`, 'NotSupportedError');
      const bytes = Buffer.from(format === 'jwk' ? Buffer.from(keyData.k, 'base64url') : bytesOf(keyData));
      if (name === 'HMAC') return new CryptoKey('secret', { name, length: bytes.length * 8, hash: { name: webDigest(algorithm.hash) } }, extractable, usages, bytes);
      if (name === 'AES-GCM') {
        if (![16, 24, 32].includes(bytes.length)) throw domError('Invalid key length', 'DataError');
        return new CryptoKey('secret', { name, length: bytes.length * 8 }, extractable, usages, bytes);
      }
      throw domError('Unrecognized algorithm name', 'NotSupportedError');
    },
    async exportKey(format, key) {
      if (!key.extractable) throw domError('key is not extractable', 'InvalidAccessError');
      if (format === 'jwk') return { kty: 'oct', k: toBuffer(key._bytes).toString('base64url'), ext: true, key_ops: key.usages };
      return Buffer.from(key._bytes).buffer;
    },
    async sign(algorithm, key, data) {
      const bytes = native.hmac(key.algorithm.hash.name, key._bytes, bytesOf(data));
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    },
    async verify(algorithm, key, signature, data) {
      const expected = native.hmac(key.algorithm.hash.name, key._bytes, bytesOf(data));
      const given = bytesOf(signature);
      return expected.length === given.length && native.timingSafeEqual(expected, given);
    },
    async encrypt(algorithm, key, data) {
      const tagLength = (algorithm.tagLength || 128) / 8;
      const [output, tag] = native.aead('gcm', key._bytes, bytesOf(algorithm.iv), bytesOf(data), true, algorithm.additionalData ? bytesOf(algorithm.additionalData) : new Uint8Array(0), tagLength);
      const result = new Uint8Array(output.length + tag.length);
      result.set(output);
      result.set(tag, output.length);
      return result.buffer;
    },
    async decrypt(algorithm, key, data) {
      const tagLength = (algorithm.tagLength || 128) / 8;
      const bytes = bytesOf(data);
      try {
        const [output] = native.aead('gcm', key._bytes, bytesOf(algorithm.iv), bytes.subarray(0, bytes.length - tagLength), false,
          algorithm.additionalData ? bytesOf(algorithm.additionalData) : new Uint8Array(0), bytes.subarray(bytes.length - tagLength));
        return output.buffer;
      } catch (e) {
        throw domError('The operation failed for an operation-specific reason', 'OperationError');
      }
    },
  };
  const webcrypto = { getRandomValues, randomUUID: () => native.randomUUID(), subtle, CryptoKey };

  return {
    createHash: (algorithm, options) => new Hash(algorithm, options),
    createHmac: (algorithm, key) => new Hmac(algorithm, key),
    hash: (algorithm, data, outputEncoding = 'hex') => encoded(native.hash(algorithm, bytesOf(data)), outputEncoding),
    createCipheriv: (algorithm, key, iv, options) => new Cipheriv(algorithm, key, iv, options, true),
    createDecipheriv: (algorithm, key, iv, options) => new Decipheriv(algorithm, key, iv, options),
    createSecretKey: (key, encoding) => new KeyObject('secret', Buffer.from(bytesOf(key, encoding, 'key'))),
    Hash, Hmac, Cipheriv, Decipheriv, KeyObject,
    pbkdf2Sync,
    pbkdf2: (password, salt, iterations, keylen, digest, callback) => {
      callbackOf(callback);
      const derived = pbkdf2Sync(password, salt, iterations, keylen, digest);
      setImmediate(() => callback(null, derived));
    },
    hkdfSync,
    hkdf: (digest, ikm, salt, info, keylen, callback) => {
      callbackOf(callback);
      const derived = hkdfSync(digest, ikm, salt, info, keylen);
      setImmediate(() => callback(null, derived));
    },
    randomBytes, pseudoRandomBytes: randomBytes, randomFillSync,
    randomFill: (target, offset, size, callback) => {
      const done = [offset, size, callback].find((arg) => typeof arg === 'function');
      later(callbackOf(done), () => randomFillSync(target, typeof offset === 'number' ? offset : 0, typeof size === 'number' ? size : undefined));
    },
    randomInt,
    randomUUID: () => native.randomUUID(),
    getRandomValues,
    timingSafeEqual,
    getHashes: () => native.hashes(),
    getCiphers: () => Array.from(ciphers.keys()).filter((name) => !name.startsWith('id-')).sort(),
    getCurves: () => ['prime256v1', 'secp256k1', 'secp384r1', 'secp521r1'],
    webcrypto, subtle,
    constants: { RSA_PKCS1_PADDING: 1, RSA_NO_PADDING: 3, RSA_PKCS1_OAEP_PADDING: 4, RSA_PKCS1_PSS_PADDING: 6, RSA_PSS_SALTLEN_DIGEST: -1, RSA_PSS_SALTLEN_MAX_SIGN: -2, RSA_PSS_SALTLEN_AUTO: -2 },
    scryptSync,
    scrypt: (password, salt, keylen, options, callback) => {
      const done = typeof options === 'function' ? options : callback;
      const settings = typeof options === 'function' ? {} : options;
      later(callbackOf(done), () => scryptSync(password, salt, keylen, settings));
    },
    createSign: (algorithm) => new Sign(algorithm), createVerify: (algorithm) => new Verify(algorithm), Sign, Verify,
    sign: (algorithm, data, key, callback) => oneShot(() => signWith(algorithm, bytesOf(data), key), callback),
    verify: (algorithm, data, key, signature, callback) => oneShot(() => verifyWith(algorithm, bytesOf(data), key, bytesOf(signature, undefined, 'signature')), callback),
    generateKeyPairSync,
    generateKeyPair: (type, options, callback) => {
      callbackOf(callback);
      let pair; let failure = null;
      try { pair = generateKeyPairSync(type, options); } catch (e) { failure = e; }
      setImmediate(() => (failure ? callback(failure) : callback(null, pair.publicKey, pair.privateKey)));
    },
    createPublicKey, createPrivateKey,
    publicEncrypt: (key, buffer) => rsaCrypt('publicEncrypt', key, buffer),
    privateDecrypt: (key, buffer) => rsaCrypt('privateDecrypt', key, buffer),
    createECDH: notSupported('createECDH'), createDiffieHellman: notSupported('createDiffieHellman'),
  };
})
