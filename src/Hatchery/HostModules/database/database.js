// Hatchery's database module. The C# binding runs statements (synchronously, or queued on the connection and
// completed on the event loop when given a callback); this script checks arguments, tells named parameters from
// positional ones, and builds transactions and the Promise forms from those calls.
'use strict';

const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } = require('internal/errors');

const QUERY = 0;
const QUERY_ONE = 1;
const EXEC = 2;
const DRIVERS = ['sqlite', 'postgres'];

function checkString(value, name) {
  if (typeof value !== 'string') throw new ERR_INVALID_ARG_TYPE(name, 'string', value);
  return value;
}

function checkFunction(value, name) {
  if (typeof value !== 'function') throw new ERR_INVALID_ARG_TYPE(name, 'Function', value);
  return value;
}

function checkDriver(driver) {
  checkString(driver, 'driver');
  if (!DRIVERS.includes(driver)) throw new ERR_INVALID_ARG_VALUE('driver', driver, "must be 'sqlite' or 'postgres'");
  return driver;
}

// One plain object is a set of named parameters; anything else is positional.
function isNamed(params) {
  if (params.length !== 1 || params[0] === null || typeof params[0] !== 'object') return false;
  const proto = Object.getPrototypeOf(params[0]);
  return proto === Object.prototype || proto === null;
}

function run(id, mode, sql, params) {
  checkString(sql, 'sql');
  const named = isNamed(params);
  return binding.run(id, mode, sql, named ? params[0] : params, named);
}

function runAsync(id, mode, sql, params) {
  return new Promise((resolve, reject) => {
    checkString(sql, 'sql');
    const named = isNamed(params);
    binding.run(id, mode, sql, named ? params[0] : params, named, (err, value) => (err ? reject(err) : resolve(value)));
  });
}

function callAsync(method, ...args) {
  return new Promise((resolve, reject) => {
    binding[method](...args, (err, value) => (err ? reject(err) : resolve(value)));
  });
}

function isThenable(value) {
  return value !== null && (typeof value === 'object' || typeof value === 'function') && typeof value.then === 'function';
}

const ids = new WeakMap();
const idOf = (connection) => {
  const id = ids.get(connection);
  if (id === undefined) throw new ERR_INVALID_ARG_TYPE('this', 'Connection', connection);
  return id;
};

class Connection {
  constructor() {
    throw new TypeError('Illegal constructor: use database.open(driver, connectionString)');
  }

  get driver() { return binding.driver(idOf(this)); }

  query(sql, ...params) { return run(idOf(this), QUERY, sql, params); }

  queryOne(sql, ...params) { return run(idOf(this), QUERY_ONE, sql, params); }

  exec(sql, ...params) { return run(idOf(this), EXEC, sql, params); }

  transaction(fn) {
    const id = idOf(this);
    checkFunction(fn, 'fn');
    binding.begin(id);
    let result;
    try {
      result = fn(this);
    } catch (err) {
      binding.end(id, false);
      throw err;
    }
    if (isThenable(result)) {
      binding.end(id, false);
      throw new TypeError('The function given to transaction() returned a Promise; use transactionAsync() for an async function');
    }
    binding.end(id, true);
    return result;
  }

  queryAsync(sql, ...params) { return runAsync(idOf(this), QUERY, sql, params); }

  queryOneAsync(sql, ...params) { return runAsync(idOf(this), QUERY_ONE, sql, params); }

  execAsync(sql, ...params) { return runAsync(idOf(this), EXEC, sql, params); }

  async transactionAsync(fn) {
    const id = idOf(this);
    checkFunction(fn, 'fn');
    await callAsync('begin', id);
    let result;
    try {
      result = await fn(this);
    } catch (err) {
      try {
        await callAsync('end', id, false);
      } catch {
        // The connection is gone, and the server has dropped the transaction with it.
      }
      throw err;
    }
    await callAsync('end', id, true);
    return result;
  }

  close() { binding.close(idOf(this)); }
}

function open(driver, connectionString) {
  checkDriver(driver);
  checkString(connectionString, 'connectionString');
  const connection = Object.create(Connection.prototype);
  ids.set(connection, binding.open(driver, connectionString));
  return connection;
}

let defaultConnection = null;

function configure(driver, connectionString) {
  const connection = open(driver, connectionString);
  if (defaultConnection !== null) defaultConnection.close();
  defaultConnection = connection;
}

function current() {
  if (defaultConnection === null) {
    if (binding.hostDefault === undefined) {
      const err = new Error('No default database connection: call configure(driver, connectionString) first');
      err.code = 'ERR_DATABASE_NOT_CONFIGURED';
      throw err;
    }
    defaultConnection = open(...binding.hostDefault);
  }
  return defaultConnection;
}

function close() {
  if (defaultConnection === null) return;
  const connection = defaultConnection;
  defaultConnection = null;
  connection.close();
}

// A missing default connection rejects the Promise rather than throwing.
function promised(start) {
  try {
    return start();
  } catch (err) {
    return Promise.reject(err);
  }
}

module.exports = {
  configure,
  open,
  close,
  query: (sql, ...params) => current().query(sql, ...params),
  queryOne: (sql, ...params) => current().queryOne(sql, ...params),
  exec: (sql, ...params) => current().exec(sql, ...params),
  transaction: (fn) => current().transaction(fn),
  queryAsync: (sql, ...params) => promised(() => current().queryAsync(sql, ...params)),
  queryOneAsync: (sql, ...params) => promised(() => current().queryOneAsync(sql, ...params)),
  execAsync: (sql, ...params) => promised(() => current().execAsync(sql, ...params)),
  transactionAsync: (fn) => promised(() => current().transactionAsync(fn)),
  Connection,
};
