// A thrown plain object prints as util.inspect shows it.
throw { code: 'E_THING', detail: [1, 2] };
