// ipaddr.js: parse IPv4/IPv6, ranges, CIDR matching, conversion.
const ipaddr = require('ipaddr.js');
const v4 = ipaddr.parse('192.168.1.10'), v6 = ipaddr.parse('2001:db8::ff00:42:8329');
console.log(v4.kind(), v4.range(), v6.toNormalizedString(), v6.toString(), ipaddr.parse('::ffff:10.0.0.1').toIPv4Address().toString());
console.log(v4.match(ipaddr.parseCIDR('192.168.0.0/16')), ipaddr.isValid('1.2.3'), ipaddr.IPv4.broadcastAddressFromCIDR('10.0.0.0/8').toString(), ipaddr.process('::ffff:127.0.0.1').toString(), v4.toByteArray().join('.'));
