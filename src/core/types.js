"use strict";
/** The vocabulary of METHOD.md: factors, quadrants, policies, and the loaded portfolio. */
Object.defineProperty(exports, "__esModule", { value: true });
exports.QUADRANT_INFO = exports.QUADRANTS = exports.AXES = void 0;
exports.AXES = ['attractiveness', 'strength'];
/** In ranking order (METHOD.md §3, Quadrants). */
exports.QUADRANTS = ['key', 'key-development', 'maintenance', 'opportunistic'];
exports.QUADRANT_INFO = {
    key: { title: 'KEY', treatment: 'invest: strategic partnership', salesMode: 'farmer' },
    'key-development': {
        title: 'KEY DEVELOPMENT',
        treatment: "invest selectively: win the customer's preference",
        salesMode: 'hunter',
    },
    maintenance: { title: 'MAINTENANCE', treatment: 'maintain efficiently', salesMode: 'milk round' },
    opportunistic: {
        title: 'OPPORTUNISTIC',
        treatment: 'manage for cash, serve opportunistically',
        salesMode: 'milk round',
    },
};
