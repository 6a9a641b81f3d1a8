/**
 * The one value synthesiser: the fixtures target builds its valid fixtures with it, and the semver
 * backstop and oneOf overlap proof their instances of the old schema (`synthesiseAll`). Every value
 * is checked with the core `Checker` as it is built.
 */
export { buildValue, arrayItem, attempt } from './build.js';
export { CannotBuild, type BuildEnv, type Omission, type Plan } from './plan.js';
export { pointerOf, fileSafe, propertyName, clone, getAt, withAt, type Path, type Segment } from './path.js';
export { hashSeed, seededRandom, randomInt } from './random.js';
export { offered, numberCandidates } from './scalars.js';
export { stringCandidates, patternSamples, secretPlaceholder, kebab, type StringRequest } from './strings.js';
export { whyNone } from './why.js';
export { synthesiseAll } from './instances.js';
