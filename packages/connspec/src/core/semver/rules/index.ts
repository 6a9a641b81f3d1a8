import type { SemverRule } from '../types.js';
import { ADDITIONAL_RULES } from './additional.js';
import { ANNOTATION_RULES } from './annotations.js';
import { ARRAY_RULES } from './arrays.js';
import { BOUND_RULES } from './bounds.js';
import { INTERSECTION_RULES, UNION_RULES } from './combinators.js';
import { CONDITIONAL_RULES } from './conditionals.js';
import { OBJECT_RULES } from './objects.js';
import { REPORT_RULES } from './report.js';
import { REF_RULES } from './refs.js';
import { STRING_RULES } from './strings.js';
import { TYPE_RULES, VALUE_RULES } from './types.js';

/** Every semver rule, in the order README's table lists them. */
export const SEMVER_RULES: readonly SemverRule[] = [
  ...OBJECT_RULES,
  ...ADDITIONAL_RULES,
  ...TYPE_RULES,
  ...VALUE_RULES,
  ...STRING_RULES,
  ...BOUND_RULES,
  ...ARRAY_RULES,
  ...UNION_RULES,
  ...INTERSECTION_RULES,
  ...CONDITIONAL_RULES,
  ...ANNOTATION_RULES,
  ...REF_RULES,
  ...REPORT_RULES,
];
