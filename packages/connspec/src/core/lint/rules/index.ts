import type { LintRule } from '../rule.js';
import { dialectKeyword } from './dialects.js';
import { connectionTypeTag, connectionVersion, registryConsistent } from './connections.js';
import { connectionTagUnique } from './tags.js';
import { patternEcma, patternPortable, patternRedos } from './patterns.js';
import { secretFormat } from './secrets.js';
import { unsupportedKeyword } from './unsupported-keyword.js';
import { testConnectionSteps } from './test-connections.js';
import { fileNameVisible, stringWellFormed } from './text.js';
import { draft07, enumUnique, idMatchesPath, idPresent, javaEnumsMatch, requiredExists } from './structure.js';
import { defaultValid, examplesValid } from './values.js';

/** Every lint rule, in the order their findings are explained in README. */
export const LINT_RULES: readonly LintRule[] = [
  draft07,
  idPresent,
  stringWellFormed,
  fileNameVisible,
  dialectKeyword,
  idMatchesPath,
  requiredExists,
  enumUnique,
  javaEnumsMatch,
  defaultValid,
  examplesValid,
  connectionTypeTag,
  connectionTagUnique,
  connectionVersion,
  registryConsistent,
  testConnectionSteps,
  secretFormat,
  patternEcma,
  patternPortable,
  patternRedos,
  unsupportedKeyword,
];
