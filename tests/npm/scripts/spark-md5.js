// spark-md5: string and ArrayBuffer hashing, incremental appends.
const SparkMD5 = require('spark-md5');
console.log(SparkMD5.hash('hello world'), SparkMD5.hash('héllo'));
const s = new SparkMD5(); s.append('hello '); s.append('world');
const buf = new SparkMD5.ArrayBuffer(); buf.append(new Uint8Array([104, 105]).buffer);
console.log(s.end(), buf.end(), SparkMD5.ArrayBuffer.hash(new ArrayBuffer(0)));
