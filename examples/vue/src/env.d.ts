// `GlobalComponents` for the kit's tags, generated from custom-elements.json (examples/types, see
// scripts/framework-types.mjs): vue-tsc checks attribute, property and event names and types.
/// <reference types="../../types/auth-flow-vue.d.ts" />
