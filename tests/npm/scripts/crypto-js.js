// crypto-js: hashes, HMAC, AES with a fixed key and iv, encoders.
const CryptoJS = require('crypto-js');
console.log(CryptoJS.MD5('abc').toString(), CryptoJS.SHA1('abc').toString(), CryptoJS.SHA256('abc').toString());
console.log(CryptoJS.SHA512('abc').toString().slice(0, 32), CryptoJS.HmacSHA256('msg', 'key').toString(CryptoJS.enc.Base64));
const key = CryptoJS.enc.Hex.parse('000102030405060708090a0b0c0d0e0f'), iv = CryptoJS.enc.Hex.parse('0f0e0d0c0b0a09080706050403020100');
const enc = CryptoJS.AES.encrypt('secret message', key, { iv });
console.log(enc.toString(), CryptoJS.AES.decrypt(enc, key, { iv }).toString(CryptoJS.enc.Utf8));
console.log(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse('héllo')), CryptoJS.PBKDF2('pw', 'salt', { keySize: 4, iterations: 10 }).toString());
