// Node's os module: machine facts come from the C# binding, the constant tables are Linux's.

const { validateInt32 } = require('internal/errors');

const signals = {
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6, SIGBUS: 7, SIGFPE: 8, SIGKILL: 9,
  SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14, SIGTERM: 15, SIGCHLD: 17, SIGSTKFLT: 16,
  SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21, SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24, SIGXFSZ: 25,
  SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28, SIGIO: 29, SIGPOLL: 29, SIGPWR: 30, SIGSYS: 31,
};

const errno = {
  E2BIG: 7, EACCES: 13, EADDRINUSE: 98, EADDRNOTAVAIL: 99, EAFNOSUPPORT: 97, EAGAIN: 11, EALREADY: 114, EBADF: 9,
  EBADMSG: 74, EBUSY: 16, ECANCELED: 125, ECHILD: 10, ECONNABORTED: 103, ECONNREFUSED: 111, ECONNRESET: 104,
  EDEADLK: 35, EDESTADDRREQ: 89, EDOM: 33, EDQUOT: 122, EEXIST: 17, EFAULT: 14, EFBIG: 27, EHOSTUNREACH: 113,
  EIDRM: 43, EILSEQ: 84, EINPROGRESS: 115, EINTR: 4, EINVAL: 22, EIO: 5, EISCONN: 106, EISDIR: 21, ELOOP: 40,
  EMFILE: 24, EMLINK: 31, EMSGSIZE: 90, EMULTIHOP: 72, ENAMETOOLONG: 36, ENETDOWN: 100, ENETRESET: 102,
  ENETUNREACH: 101, ENFILE: 23, ENOBUFS: 105, ENODATA: 61, ENODEV: 19, ENOENT: 2, ENOEXEC: 8, ENOLCK: 37,
  ENOLINK: 67, ENOMEM: 12, ENOMSG: 42, ENOPROTOOPT: 92, ENOSPC: 28, ENOSR: 63, ENOSTR: 60, ENOSYS: 38,
  ENOTCONN: 107, ENOTDIR: 20, ENOTEMPTY: 39, ENOTSOCK: 88, ENOTSUP: 95, ENOTTY: 25, ENXIO: 6, EOPNOTSUPP: 95,
  EOVERFLOW: 75, EPERM: 1, EPIPE: 32, EPROTO: 71, EPROTONOSUPPORT: 93, EPROTOTYPE: 91, ERANGE: 34, EROFS: 30,
  ESPIPE: 29, ESRCH: 3, ESTALE: 116, ETIME: 62, ETIMEDOUT: 110, ETXTBSY: 26, EWOULDBLOCK: 11, EXDEV: 18,
};

const priority = {
  PRIORITY_LOW: 19, PRIORITY_BELOW_NORMAL: 10, PRIORITY_NORMAL: 0, PRIORITY_ABOVE_NORMAL: -7, PRIORITY_HIGH: -14,
  PRIORITY_HIGHEST: -20,
};

const dlopen = { RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0, RTLD_DEEPBIND: 8 };

const constants = Object.freeze({
  UV_UDP_REUSEADDR: 4,
  dlopen,
  errno,
  signals,
  priority,
});

// Node's functions stringify to their value, so `${os.hostname}` works like `${os.hostname()}`.
function valueFunction(name, read) {
  const f = { [name]() { return read(); } }[name];
  f[Symbol.toPrimitive] = () => read();
  return f;
}

function userInfo(options = undefined) {
  if (typeof options !== 'object') options = null;
  const info = binding.userInfo();
  const result = Object.create(null);
  const asBuffer = options && options.encoding === 'buffer' && typeof Buffer === 'function';
  for (const key of ['uid', 'gid', 'username', 'homedir', 'shell']) {
    const value = info[key];
    result[key] = asBuffer && typeof value === 'string' ? Buffer.from(value) : value;
  }
  return result;
}

function getPriority(pid) {
  if (pid !== undefined) validateInt32(pid, 'pid');
  return 0;
}

// Scripts may not change a process's priority here: Node's error for a system without the call.
function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  const error = new Error('A system error occurred: uv_os_setpriority returned ENOSYS (function not implemented)');
  error.name = 'SystemError';
  error.code = 'ERR_SYSTEM_ERROR';
  error.info = { errno: -38, code: 'ENOSYS', message: 'function not implemented', syscall: 'uv_os_setpriority' };
  error.errno = -38;
  error.syscall = 'uv_os_setpriority';
  throw error;
}

module.exports = {
  arch: valueFunction('arch', () => binding.arch),
  availableParallelism: valueFunction('availableParallelism', () => binding.availableParallelism()),
  cpus: () => binding.cpus(),
  endianness: valueFunction('endianness', () => 'LE'),
  freemem: valueFunction('freemem', () => binding.freemem()),
  getPriority,
  homedir: valueFunction('homedir', () => binding.homedir()),
  hostname: valueFunction('hostname', () => binding.hostname()),
  loadavg: () => binding.loadavg(),
  networkInterfaces: () => binding.networkInterfaces(),
  platform: valueFunction('platform', () => binding.platform),
  release: valueFunction('release', () => binding.release()),
  setPriority,
  tmpdir: valueFunction('tmpdir', () => binding.tmpdir()),
  totalmem: valueFunction('totalmem', () => binding.totalmem()),
  type: valueFunction('type', () => binding.type),
  userInfo,
  uptime: valueFunction('uptime', () => binding.uptime()),
  version: valueFunction('version', () => binding.version()),
  machine: valueFunction('machine', () => binding.machine),
  constants,
  EOL: '\n',
  devNull: '/dev/null',
};
