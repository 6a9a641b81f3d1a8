/**
 * The one value synthesiser: the fixtures target builds its valid fixtures with it, and the semver
 * backstop and oneOf overlap proof their instances of the old schema (`synthesiseAll`). Every value
 * is checked with the core `Checker` as it is built.
 */
export { buildValue, arrayItem, attempt } from './build.js';
export { CannotBuild, type BuildEnv, type Omission, type Plan } from './plan.js';
export { pointerOf, fileSafe, getAt, withAt, type Path } from './path.js';
export { seededRandom } from './random.js';
export { patternSamples } from './strings.js';
export { synthesiseAll } from './instances.js';
