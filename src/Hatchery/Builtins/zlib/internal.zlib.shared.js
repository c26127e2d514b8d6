// What zlib.js shares with CompressionStream and DecompressionStream: its Codec class, set when zlib loads.

module.exports = { Codec: null, constants: null };
