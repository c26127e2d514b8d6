"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
var _forms = require("./forms.cjs");
Object.keys(_forms).forEach(function (key) {
  if (key === "default" || key === "__esModule") return;
  if (key in exports && exports[key] === _forms[key]) return;
  exports[key] = _forms[key];
});
