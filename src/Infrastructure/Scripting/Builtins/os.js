// node:os with the sandbox's values: nothing about the host that runs the function is visible.
(function (internals) {
  'use strict';
  const { process, errorWithCode } = internals;
  const signals = { SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGBUS: 7, SIGFPE: 8, SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14, SIGTERM: 15 };
  const priority = { PRIORITY_LOW: 19, PRIORITY_BELOW_NORMAL: 10, PRIORITY_NORMAL: 0, PRIORITY_ABOVE_NORMAL: -7, PRIORITY_HIGH: -14, PRIORITY_HIGHEST: -20 };
  const userInfo = () => ({ uid: 1000, gid: 1000, username: 'invoke', homedir: '/app', shell: null });
  return {
    EOL: '\n',
    devNull: '/dev/null',
    constants: { signals, priority, errno: {}, dlopen: {}, UV_UDP_REUSEADDR: 4 },
    arch: () => process.arch,
    platform: () => process.platform,
    type: () => 'Linux',
    machine: () => 'x86_64',
    release: () => '',
    version: () => '',
    hostname: () => 'invoke',
    homedir: () => '/app',
    tmpdir: () => '/tmp',
    endianness: () => 'LE',
    uptime: () => Math.floor(process.uptime()),
    loadavg: () => [0, 0, 0],
    totalmem: () => 0,
    freemem: () => 0,
    availableParallelism: () => 1,
    cpus: () => [],
    networkInterfaces: () => ({}),
    userInfo,
    getPriority: () => 0,
    setPriority: () => { const e = errorWithCode('setPriority: operation not permitted', 'EACCES'); e.errno = -13; throw e; },
  };
})
