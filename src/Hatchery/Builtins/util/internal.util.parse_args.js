// util.parseArgs: Node 20's command-line parser. Arguments become tokens first; strict checks and storing values
// work on the tokens, which the caller may also ask for.

const {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_PARSE_ARGS_INVALID_OPTION_VALUE,
  ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL, ERR_PARSE_ARGS_UNKNOWN_OPTION, validateBoolean, validateObject, validateString,
} = require('internal/errors');

const hasOwn = (object, key) => Object.prototype.hasOwnProperty.call(object, key);
const ownOrUndefined = (object, key) => (hasOwn(object, key) ? object[key] : undefined);
const optionSetting = (options, longOption, key) => (hasOwn(options, longOption) ? ownOrUndefined(options[longOption], key) : undefined);

// `node file args` leaves the arguments after the script; `node -e code args` has no script entry.
function mainArgs() {
  const argv = process.argv;
  return argv.slice(process._eval !== undefined ? 1 : 2);
}

function longOptionFor(short, options) {
  for (const longOption of Object.keys(options)) {
    if (ownOrUndefined(options[longOption], 'short') === short) return longOption;
  }
  return short;
}

const isLoneShortOption = (arg) => arg.length === 2 && arg[0] === '-' && arg[1] !== '-';
const isLoneLongOption = (arg) => arg.length > 2 && arg.startsWith('--') && !arg.includes('=', 3);
const isLongOptionAndValue = (arg) => arg.length > 2 && arg.startsWith('--') && arg.includes('=', 3);
const isOptionValue = (value) => value != null;
const isOptionLikeValue = (value) => value != null && value.length > 1 && value[0] === '-';

// "-abc": a group of short options, unless the first takes a value ("-fVALUE").
function startsShortGroup(arg, options) {
  if (arg.length <= 2 || arg[0] !== '-' || arg[1] === '-') return false;
  return { stringValued: optionSetting(options, longOptionFor(arg[1], options), 'type') === 'string' };
}

function tokenize(args, options) {
  const tokens = [];
  const remaining = args.slice();
  let index = -1;
  // Arguments expanded from one short-option group share the group's index.
  let expandedLeft = 0;
  while (remaining.length > 0) {
    const arg = remaining.shift();
    const next = remaining[0];
    if (expandedLeft > 0) expandedLeft--;
    else index++;

    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const rest of remaining) tokens.push({ kind: 'positional', index: ++index, value: rest });
      break;
    }

    // A lone option (-f or --file) takes the next argument as its value when it is string-typed.
    const loneName = isLoneShortOption(arg) ? longOptionFor(arg[1], options) : isLoneLongOption(arg) ? arg.slice(2) : undefined;
    if (loneName !== undefined) {
      let value;
      let inlineValue;
      if (optionSetting(options, loneName, 'type') === 'string' && isOptionValue(next)) {
        value = remaining.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name: loneName, rawName: arg, index, value, inlineValue });
      if (value !== undefined) ++index;
      continue;
    }

    const group = startsShortGroup(arg, options);
    if (group && !group.stringValued) {
      const expanded = [];
      for (let i = 1; i < arg.length; i++) {
        const short = arg[i];
        if (optionSetting(options, longOptionFor(short, options), 'type') !== 'string' || i === arg.length - 1) {
          expanded.push(`-${short}`);
        } else {
          // A value-taking option inside the group takes the rest of it: -abfFILE is -a -b -fFILE.
          expanded.push(`-${arg.slice(i)}`);
          break;
        }
      }
      remaining.unshift(...expanded);
      expandedLeft = expanded.length;
      continue;
    }

    if (group && group.stringValued) {
      const name = longOptionFor(arg[1], options);
      tokens.push({ kind: 'option', name, rawName: `-${arg[1]}`, index, value: arg.slice(2), inlineValue: true });
      continue;
    }

    if (isLongOptionAndValue(arg)) {
      const equals = arg.indexOf('=');
      const name = arg.slice(2, equals);
      tokens.push({ kind: 'option', name, rawName: `--${name}`, index, value: arg.slice(equals + 1), inlineValue: true });
      continue;
    }

    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

function checkUsage(options, allowPositionals, token) {
  if (!hasOwn(options, token.name)) throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, allowPositionals);
  const short = optionSetting(options, token.name, 'short');
  const shortAndLong = `${short ? `-${short}, ` : ''}--${token.name}`;
  const type = optionSetting(options, token.name, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong}' does not take an argument`);
  }
}

// A separate value that looks like an option is probably a forgotten argument.
function checkOptionLikeValue(token) {
  if (token.inlineValue || !isOptionLikeValue(token.value)) return;
  const example = token.rawName.startsWith('--')
    ? `'${token.rawName}=-XYZ'`
    : `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
  throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${token.rawName}' argument is ambiguous.
Did you forget to specify the option argument for '${token.rawName}'?
To specify an option argument starting with a dash use ${example}.`);
}

function store(values, options, name, value) {
  // A prototype-polluting name is accepted and ignored.
  if (name === '__proto__') return;
  const stored = value === undefined ? true : value;
  if (optionSetting(options, name, 'multiple')) {
    if (values[name] === undefined) values[name] = [stored];
    else values[name].push(stored);
  } else {
    values[name] = stored;
  }
}

function validateArrayOf(value, name, type) {
  if (!Array.isArray(value)) throw new ERR_INVALID_ARG_TYPE(name, 'Array', value);
  value.forEach((item, i) => {
    if (typeof item !== type) throw new ERR_INVALID_ARG_TYPE(`${name}[${i}]`, type, item);
  });
}

function validateOptions(options) {
  validateObject(options, 'options');
  for (const [longOption, config] of Object.entries(options)) {
    validateObject(config, `options.${longOption}`);
    const type = ownOrUndefined(config, 'type');
    if (type !== 'string' && type !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE(`options.${longOption}.type`, "('string|boolean')", type);
    }
    if (hasOwn(config, 'short')) {
      validateString(config.short, `options.${longOption}.short`);
      if (config.short.length !== 1) {
        throw new ERR_INVALID_ARG_VALUE(`options.${longOption}.short`, config.short, 'must be a single character');
      }
    }
    const multiple = ownOrUndefined(config, 'multiple');
    if (hasOwn(config, 'multiple')) validateBoolean(multiple, `options.${longOption}.multiple`);
    const defaultValue = ownOrUndefined(config, 'default');
    if (defaultValue !== undefined) {
      const name = `options.${longOption}.default`;
      if (multiple) validateArrayOf(defaultValue, name, type);
      else if (type === 'string') validateString(defaultValue, name);
      else validateBoolean(defaultValue, name);
    }
  }
}

function parseArgs(config = {}) {
  // Node reads the settings without checking that config is an object.
  const args = ownOrUndefined(config, 'args') ?? mainArgs();
  const strict = ownOrUndefined(config, 'strict') ?? true;
  const allowPositionals = ownOrUndefined(config, 'allowPositionals') ?? !strict;
  const returnTokens = ownOrUndefined(config, 'tokens') ?? false;
  const options = ownOrUndefined(config, 'options') ?? {};
  if (!Array.isArray(args)) throw new ERR_INVALID_ARG_TYPE('args', 'Array', args);
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateOptions(options);

  const tokens = tokenize(args, options);
  const result = { values: { __proto__: null }, positionals: [] };
  for (const token of tokens) {
    if (token.kind === 'option') {
      if (strict) {
        checkUsage(options, allowPositionals, token);
        checkOptionLikeValue(token);
      }
      store(result.values, options, token.name, token.value);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      result.positionals.push(token.value);
    }
  }
  for (const [longOption, config] of Object.entries(options)) {
    const defaultValue = ownOrUndefined(config, 'default');
    if (defaultValue !== undefined && result.values[longOption] === undefined) result.values[longOption] = defaultValue;
  }
  if (returnTokens) result.tokens = tokens;
  return result;
}

module.exports = { parseArgs };
