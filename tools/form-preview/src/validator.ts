import { customizeValidator } from '@rjsf/validator-ajv8';
import { useExactMultipleOf } from '../../../packages/connspec/src/core/validate/multiple-of.js';

/**
 * rjsf's ajv8 validator, told about what connspec's generated forms may carry: the `mask` and
 * `expose` keywords (connspec extensions; `deprecated` is already in ajv's metadata vocabulary) and
 * the `password` format. They are annotations for the form: nothing is checked by them.
 * rjsf's de-duplication of like messages across `oneOf` branches is off: it can keep the message of
 * a branch the form does not show and drop the chosen one's (the preview keeps the chosen branch's).
 * `multipleOf` is connspec's exact decimal one (0.3 is a multiple of 0.1), as in every validator connspec runs.
 */
export const validator = customizeValidator({
  customFormats: { password: () => true },
  ajvOptionsOverrides: { keywords: ['mask', 'expose'] },
  suppressDuplicateFiltering: 'all',
});

useExactMultipleOf(validator.ajv);
