exports.fromPlainJs = 'plain';
