"use strict";
var __exportStar = (this && this.__exportStar) || function (m, exports) { for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) exports[p] = m[p]; };
__exportStar(require("./transpiled.cjs"), exports);
var _forms = require("./forms.cjs");
Object.keys(_forms).forEach(function (key) { if (key === "default") return; exports[key] = _forms[key]; });
exports.own = 'own';
