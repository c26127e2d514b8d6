// An AggregateError prints its errors.
throw new AggregateError([new Error('one'), new TypeError('two')], 'several');
