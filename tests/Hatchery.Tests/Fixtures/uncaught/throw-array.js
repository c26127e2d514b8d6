// A thrown array.
throw [1, 'two', { three: 3 }];
