// The URL parser, setters and serialiser, form encoding and percent-decoding, all in C# (UrlBindings.cs):
// the URL classes, url, and querystring share these functions.

module.exports = binding;
