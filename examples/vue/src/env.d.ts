// `GlobalComponents` for the kit's tags, shipped by the package (`cognito-auth-flow/vue`, generated
// from custom-elements.json by scripts/framework-types.mjs): vue-tsc checks attribute, property and
// event names and types.
import type {} from 'cognito-auth-flow/vue';
