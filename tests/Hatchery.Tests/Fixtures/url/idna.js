// International domain names: IDNA mapping, punycode, and the domain helpers of the url module.
for (const s of ['http://faß.de/', 'http://ＥＸＡＭＰＬＥ.com/', 'http://xn--zz/', 'http://☃.net/', 'http://例え.テスト/', 'http://a.xn--p1ai/', 'http://xn--a.com/',
  'http://Ⅷ.com', 'http://a\u00adb.com', 'http://%E2%98%83.com', 'http://xn--espaol-zwa.com', 'http://ab--c.com', 'http://-x.com', 'http://x_y.com', 'http://a.b.c.d.e.f.g.com'])
  { try { console.log(new URL(s).host); } catch (e) { console.log(s, e.message); } }
const url = require('url');
console.log(['faß.de', 'xn--zz', '☃.net', '', 'a..b', 'EXAMPLE.com', 'xn--espaol-zwa.com'].map((d) => url.domainToASCII(d) + '|' + url.domainToUnicode(d)).join(' '));
