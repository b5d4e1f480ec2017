// node:fs over the native bridge (NativeFs.cs): the package as a read-only file system at /app. Reads come in sync,
// callback and promise forms; every write fails with EROFS, as on a read-only mount. Errors name the path as the caller
// gave it, as Node's do.
(function (internals) {
  'use strict';
  const { host, errorWithCode, invalidArgType, Buffer, toBuffer, process } = internals;
  const native = host.nativeModule('fs');
  const path = internals.require('path');
  const FILE = 1;
  const DIRECTORY = 2;
  const packageTime = host.packageTime();
  const constants = {
    F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1, O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2, O_CREAT: 64, O_EXCL: 128, O_TRUNC: 512, O_APPEND: 1024,
    O_SYNC: 1052672, COPYFILE_EXCL: 1, COPYFILE_FICLONE: 2, COPYFILE_FICLONE_FORCE: 4,
    S_IFMT: 61440, S_IFREG: 32768, S_IFDIR: 16384, S_IFLNK: 40960, S_IRUSR: 256, S_IWUSR: 128, S_IXUSR: 64,
  };

  const systemErrors = {
    ENOENT: [-2, 'no such file or directory'], EROFS: [-30, 'read-only file system'], EISDIR: [-21, 'illegal operation on a directory'],
    ENOTDIR: [-20, 'not a directory'], EBADF: [-9, 'bad file descriptor'], EACCES: [-13, 'permission denied'],
  };
  function systemError(code, syscall, given, dest) {
    const [errno, description] = systemErrors[code];
    const error = new Error(`${code}: ${description}, ${syscall}${given === undefined ? '' : ` '${given}'`}${dest === undefined ? '' : ` -> '${dest}'`}`);
    error.errno = errno;
    error.code = code;
    error.syscall = syscall;
    if (given !== undefined) error.path = given;
    if (dest !== undefined) error.dest = dest;
    return error;
  }

  // The path as the caller wrote it (for messages) and where it points inside the sandbox.
  function target(given, name = 'path') {
    let text = given;
    if (given instanceof URL) {
      if (given.protocol !== 'file:') {
        const error = new TypeError('The URL must be of scheme file');
        error.code = 'ERR_INVALID_URL_SCHEME';
        throw error;
      }
      text = decodeURIComponent(given.pathname);
    } else if (ArrayBuffer.isView(given)) {
      text = toBuffer(new Uint8Array(given.buffer, given.byteOffset, given.byteLength)).toString();
    } else if (typeof given !== 'string') {
      throw invalidArgType(name, 'string or an instance of Buffer or URL', given);
    }
    if (text.includes('\0')) {
      throw errorWithCode(`The argument '${name}' must be a string, Uint8Array, or URL without null bytes. Received ${internals.inspect(given)}`, 'ERR_INVALID_ARG_VALUE', TypeError);
    }
    return { given: text, absolute: path.resolve(text) };
  }
  const encodingOf = (options) => (typeof options === 'string' ? options : options && options.encoding) || null;
  const writes = (flags) => (typeof flags === 'number' ? (flags & 3) !== 0 || (flags & (constants.O_CREAT | constants.O_TRUNC | constants.O_APPEND)) !== 0 : /[wa+]/.test(flags));
  const flagOf = (options) => (options && typeof options === 'object' && options.flag) || 'r';

  class Stats {
    constructor(kind, size) {
      Object.assign(this, {
        dev: 0, mode: kind === DIRECTORY ? 0o40555 : 0o100444, nlink: 1, uid: 1000, gid: 1000, rdev: 0, blksize: 4096, ino: 0,
        size, blocks: Math.ceil(size / 512), atimeMs: packageTime, mtimeMs: packageTime, ctimeMs: packageTime, birthtimeMs: packageTime,
        atime: new Date(packageTime), mtime: new Date(packageTime), ctime: new Date(packageTime), birthtime: new Date(packageTime),
      });
    }
    isFile() { return (this.mode & constants.S_IFMT) === constants.S_IFREG; }
    isDirectory() { return (this.mode & constants.S_IFMT) === constants.S_IFDIR; }
    isSymbolicLink() { return false; }
    isBlockDevice() { return false; }
    isCharacterDevice() { return false; }
    isFIFO() { return false; }
    isSocket() { return false; }
  }
  class Dirent {
    constructor(name, kind, parentPath) {
      this.name = name;
      this.parentPath = parentPath;
      this.path = parentPath;
      Object.defineProperty(this, 'kind', { value: kind });
    }
    isFile() { return this.kind === FILE; }
    isDirectory() { return this.kind === DIRECTORY; }
    isSymbolicLink() { return false; }
    isBlockDevice() { return false; }
    isCharacterDevice() { return false; }
    isFIFO() { return false; }
    isSocket() { return false; }
  }

  function statOf(given, syscall, options) {
    const file = target(given);
    const found = native.stat(file.absolute);
    if (found === null) {
      if (options && options.throwIfNoEntry === false) return undefined;
      throw systemError('ENOENT', syscall, file.given);
    }
    return new Stats(found[0], found[1]);
  }
  function readBytes(file) {
    const found = native.stat(file.absolute);
    if (found === null) throw systemError('ENOENT', 'open', file.given);
    if (found[0] === DIRECTORY) throw systemError('EISDIR', 'read');
    return toBuffer(native.read(file.absolute));
  }
  const decoded = (bytes, options) => (encodingOf(options) ? bytes.toString(encodingOf(options)) : bytes);

  // Open files: a descriptor is a read position over the file's bytes, taken when it is opened.
  const descriptors = new Map();
  let nextDescriptor = 3;
  function descriptor(fd, syscall) {
    const open = descriptors.get(fd);
    if (!open) throw systemError('EBADF', syscall);
    return open;
  }

  const sync = {
    readFileSync(file, options) {
      if (typeof file === 'number') {
        const open = descriptor(file, 'fstat');
        const rest = toBuffer(open.bytes.slice(open.position));
        open.position = open.bytes.length;
        return decoded(rest, options);
      }
      const resolved = target(file);
      if (writes(flagOf(options))) throw systemError('EROFS', 'open', resolved.given);
      return decoded(readBytes(resolved), options);
    },
    readdirSync(directory, options) {
      const resolved = target(directory);
      const found = native.stat(resolved.absolute);
      if (found === null) throw systemError('ENOENT', 'scandir', resolved.given);
      if (found[0] !== DIRECTORY) throw systemError('ENOTDIR', 'scandir', resolved.given);
      const withFileTypes = !!(options && options.withFileTypes);
      const out = [];
      const walk = (absolute, shown, prefix) => {
        for (const [name, kind] of native.list(absolute)) {
          out.push(withFileTypes ? new Dirent(name, kind, shown) : prefix + name);
          if (options && options.recursive && kind === DIRECTORY) walk(absolute + '/' + name, shown + '/' + name, prefix + name + '/');
        }
      };
      walk(resolved.absolute, resolved.given, '');
      const encoding = encodingOf(options);
      return encoding === 'buffer' && !withFileTypes ? out.map((name) => Buffer.from(name)) : out;
    },
    statSync: (file, options) => statOf(file, 'stat', options),
    lstatSync: (file, options) => statOf(file, 'lstat', options),
    existsSync(file) {
      try { return native.stat(target(file).absolute) !== null; } catch (e) { return false; }
    },
    accessSync(file, mode = constants.F_OK) {
      const resolved = target(file);
      const found = native.stat(resolved.absolute);
      if (found === null) throw systemError('ENOENT', 'access', resolved.given);
      if (mode & constants.W_OK) throw systemError('EROFS', 'access', resolved.given);
      if ((mode & constants.X_OK) && found[0] === FILE) throw systemError('EACCES', 'access', resolved.given);
    },
    realpathSync(file) {
      const resolved = target(file);
      if (native.stat(resolved.absolute) === null) throw systemError('ENOENT', 'lstat', resolved.given);
      return resolved.absolute;
    },
    openSync(file, flags = 'r') {
      const resolved = target(file);
      if (writes(flags)) throw systemError('EROFS', 'open', resolved.given);
      const found = native.stat(resolved.absolute);
      if (found === null) throw systemError('ENOENT', 'open', resolved.given);
      const fd = nextDescriptor++;
      descriptors.set(fd, { kind: found[0], size: found[1], bytes: found[0] === FILE ? native.read(resolved.absolute) : new Uint8Array(0), position: 0 });
      return fd;
    },
    readSync(fd, buffer, offsetOrOptions, length, position) {
      const open = descriptor(fd, 'read');
      if (open.kind === DIRECTORY) throw systemError('EISDIR', 'read');
      const options = typeof offsetOrOptions === 'object' && offsetOrOptions !== null ? offsetOrOptions : { offset: offsetOrOptions, length, position };
      const offset = options.offset || 0;
      const count = options.length === undefined ? buffer.byteLength - offset : options.length;
      const from = typeof options.position === 'number' && options.position >= 0 ? options.position : open.position;
      const chunk = open.bytes.subarray(from, from + count);
      new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength).set(chunk, offset);
      if (from === open.position) open.position += chunk.length;
      return chunk.length;
    },
    fstatSync(fd) {
      const open = descriptor(fd, 'fstat');
      return new Stats(open.kind, open.size);
    },
    closeSync(fd) {
      descriptor(fd, 'close');
      descriptors.delete(fd);
    },
    writeSync(fd) {
      descriptor(fd, 'write');
      throw systemError('EBADF', 'write');
    },
  };
  sync.realpathSync.native = (file) => {
    const resolved = target(file);
    if (native.stat(resolved.absolute) === null) throw systemError('ENOENT', 'realpath', resolved.given);
    return resolved.absolute;
  };

  // Each write fails as the syscall Node makes for it fails on a read-only mount.
  const writeCalls = [
    ['writeFile', 'open'], ['appendFile', 'open'], ['truncate', 'open'], ['mkdir', 'mkdir'], ['mkdtemp', 'mkdtemp'], ['rm', 'rm'],
    ['rmdir', 'rmdir'], ['unlink', 'unlink'], ['chmod', 'chmod'], ['lchmod', 'chmod'], ['chown', 'chown'], ['lchown', 'lchown'],
    ['utimes', 'utime'], ['lutimes', 'lutime'], ['rename', 'rename', true], ['copyFile', 'copyfile', true], ['cp', 'cp', true],
    ['symlink', 'symlink', true], ['link', 'link', true],
  ];
  const shown = (value) => (typeof value === 'string' ? value : value instanceof URL || ArrayBuffer.isView(value) ? target(value).given : String(value));
  for (const [name, syscall, twoPaths] of writeCalls) {
    sync[name + 'Sync'] = twoPaths
      ? (from, to) => { throw systemError('EROFS', syscall, shown(from), shown(to)); }
      : (file) => { throw systemError('EROFS', syscall, shown(file)); };
  }

  // Callbacks run after the call returns, as Node's do; the work itself is synchronous and in memory.
  const later = (callback, ...args) => setImmediate(() => callback(...args));
  function callbackForm(run, spread) {
    return (...args) => {
      const callback = args.pop();
      if (typeof callback !== 'function') throw invalidArgType('cb', 'function', callback);
      let result;
      try { result = run(...args); } catch (error) { return later(callback, error); }
      if (spread) return later(callback, null, ...result);
      later(callback, null, result);
    };
  }
  function promiseForm(run) {
    return (...args) => new Promise((resolve) => resolve(run(...args)));
  }

  const fs = { constants, Stats, Dirent, F_OK: constants.F_OK, R_OK: constants.R_OK, W_OK: constants.W_OK, X_OK: constants.X_OK };
  Object.assign(fs, sync);
  const promises = { constants };
  for (const name of Object.keys(sync)) {
    const base = name.slice(0, -'Sync'.length);
    if (['exists', 'read'].includes(base)) continue;
    fs[base] = callbackForm(sync[name]);
    if (!['open', 'fstat', 'close', 'write'].includes(base)) promises[base] = promiseForm(sync[name]);
  }
  fs.exists = (file, callback) => later(callback, sync.existsSync(file));
  fs.read = callbackForm((fd, buffer, offset, length, position) => {
    const bytesRead = sync.readSync(fd, buffer, offset, length, position);
    return [bytesRead, buffer];
  }, true);
  fs.realpath.native = callbackForm(sync.realpathSync.native);
  promises.realpath = promiseForm(sync.realpathSync.native);

  class FileHandle {
    constructor(fd) { this.fd = fd; }
    async readFile(options) { return sync.readFileSync(this.fd, options); }
    async read(buffer, offset, length, position) { return { bytesRead: sync.readSync(this.fd, buffer, offset, length, position), buffer }; }
    async stat() { return sync.fstatSync(this.fd); }
    async write() { return sync.writeSync(this.fd); }
    async close() { sync.closeSync(this.fd); }
  }
  promises.open = promiseForm((file, flags) => new FileHandle(sync.openSync(file, flags)));
  class Dir {
    constructor(given, entries) {
      this.path = given;
      this._entries = entries;
      this._closed = false;
    }
    readSync() {
      if (this._closed) throw errorWithCode('Directory handle was closed', 'ERR_DIR_CLOSED');
      return this._entries.length ? this._entries.shift() : null;
    }
    read(callback) {
      const run = () => this.readSync();
      return typeof callback === 'function' ? callbackForm(run)(callback) : promiseForm(run)();
    }
    closeSync() {
      if (this._closed) throw errorWithCode('Directory handle was closed', 'ERR_DIR_CLOSED');
      this._closed = true;
    }
    close(callback) {
      const run = () => this.closeSync();
      return typeof callback === 'function' ? callbackForm(run)(callback) : promiseForm(run)();
    }
    async *[Symbol.asyncIterator]() {
      try {
        for (let entry = this.readSync(); entry !== null; entry = this.readSync()) yield entry;
      } finally {
        if (!this._closed) this.closeSync();
      }
    }
  }
  fs.Dir = Dir;
  fs.opendirSync = (directory) => new Dir(target(directory).given, sync.readdirSync(directory, { withFileTypes: true }));
  fs.opendir = callbackForm((directory) => fs.opendirSync(directory));
  promises.opendir = promiseForm((directory) => fs.opendirSync(directory));
  // Nothing in a package changes while it runs, and the host's notifications are not the function's to see.
  const watchRefused = (name) => () => { throw errorWithCode(`fs.${name}() is not supported in Invoke functions`, 'ERR_NOT_SUPPORTED'); };
  fs.watch = watchRefused('watch');
  fs.watchFile = watchRefused('watchFile');
  fs.unwatchFile = () => {};
  promises.watch = watchRefused('promises.watch');
  fs.promises = promises;

  // The stream classes need node:stream, so they are made on first use.
  let ReadStream;
  function readStreamClass() {
    if (ReadStream) return ReadStream;
    const { Readable } = internals.require('stream');
    ReadStream = class ReadStream extends Readable {
      constructor(file, options) {
        const settings = typeof options === 'string' ? { encoding: options } : { ...options };
        super({ highWaterMark: 65536, ...settings });
        this.path = target(file).given;
        this.flags = settings.flags || 'r';
        this.start = settings.start;
        this.end = settings.end === undefined ? Infinity : settings.end;
        this.bytesRead = 0;
        this.pending = true;
        this.fd = null;
        this._position = settings.start || 0;
        try {
          this.fd = sync.openSync(file, this.flags);
        } catch (error) {
          this.destroy(error);
          return;
        }
        this.pending = false;
        process.nextTick(() => { this.emit('open', this.fd); this.emit('ready'); });
      }
      _read(size) {
        const open = descriptors.get(this.fd);
        if (open.kind === DIRECTORY) return this.destroy(systemError('EISDIR', 'read'));
        const stop = Math.min(open.bytes.length, this.end + 1);
        if (this._position >= stop) return this.push(null);
        const chunk = toBuffer(open.bytes.slice(this._position, Math.min(this._position + size, stop)));
        this._position += chunk.length;
        this.bytesRead += chunk.length;
        this.push(chunk);
      }
      _destroy(error, callback) {
        if (this.fd !== null) {
          descriptors.delete(this.fd);
          this.fd = null;
        }
        callback(error);
      }
      close(callback) {
        if (typeof callback === 'function') this.once('close', callback);
        this.destroy();
      }
    };
    return ReadStream;
  }
  Object.defineProperty(fs, 'ReadStream', { get: readStreamClass, enumerable: true, configurable: true });
  fs.createReadStream = (file, options) => new (readStreamClass())(file, options);
  // Node opens the file after returning the stream: the refusal arrives as the stream's 'error'.
  fs.createWriteStream = (file) => {
    const { Writable } = internals.require('stream');
    const stream = new Writable({ write: (chunk, encoding, callback) => callback() });
    stream.path = target(file).given;
    stream.destroy(systemError('EROFS', 'open', stream.path));
    return stream;
  };
  return fs;
})
