"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.named = void 0;
exports.named = 'n';
exports.default = 'd';
