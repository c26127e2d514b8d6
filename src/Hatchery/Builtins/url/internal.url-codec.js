// The URL parser, setters and serialiser, form encoding, percent-decoding and IDNA, all in C# (UrlBindings.cs):
// the URL classes, url, and querystring share these functions.

module.exports = binding;
